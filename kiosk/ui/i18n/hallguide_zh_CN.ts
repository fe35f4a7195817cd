<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../main_window.py" line="226"/>
        <source>Answers limited: please ask staff</source>
        <translation>查询暂不可用，请咨询工作人员</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="70"/>
        <source>Large text</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="72"/>
        <location filename="../screens/answer.py" line="142"/>
        <source>Call staff</source>
        <translation>找工作人员</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="150"/>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="151"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="152"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="153"/>
        <source>■ Stop speaking</source>
        <translation>■ 停止播报</translation>
    </message>
    <message>
        <location filename="../chrome.py" line="146"/>
        <location filename="../chrome.py" line="154"/>
        <location filename="../screens/home.py" line="160"/>
        <source>Speak</source>
        <translation>说话</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="74"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="79"/>
        <source>For your privacy the screen will be cleared.</source>
        <translation>为保护您的隐私，屏幕内容即将清除。</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="82"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../overlay.py" line="93"/>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="16"/>
        <source>original ×1</source>
        <translation>原件1份</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="18"/>
        <source>copies ×{0}</source>
        <translation>复印件{0}份</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="20"/>
        <source>if applicable</source>
        <translation>如有</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="34"/>
        <location filename="../service_card.py" line="39"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="65"/>
        <source>What it is</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="72"/>
        <source>Who can apply</source>
        <translation>办理条件</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="76"/>
        <source>Materials to bring</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="95"/>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="96"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="97"/>
        <source>Window</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="98"/>
        <source>Floor and zone</source>
        <translation>楼层区域</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="99"/>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="100"/>
        <source>Appointment</source>
        <translation>预约办理</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="101"/>
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="102"/>
        <source>Notes</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="104"/>
        <source>Where and when</source>
        <translation>在哪办、何时办</translation>
    </message>
    <message>
        <location filename="../service_card.py" line="116"/>
        <source>Information updated {0}</source>
        <translation>信息更新于 {0}</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="54"/>
        <source>Privacy: nothing you say or type is stored. Everything on screen is erased when you leave or after %1 without use.</source>
        <translation>隐私提示：您说的话和输入的内容不会被保存。您离开或%1无操作后，屏幕内容将全部清除。</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="144"/>
        <source>Listening… please speak now</source>
        <translation>正在听，请说话……</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="146"/>
        <source>Looking it up…</source>
        <translation>正在查询……</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="148"/>
        <source>Speaking… tap the microphone to interrupt</source>
        <translation>正在播报……点话筒可以打断</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="150"/>
        <source>Sorry, that did not work. Please try again or type your question.</source>
        <translation>抱歉，没有成功。请再试一次，或打字提问。</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="152"/>
        <source>Tap the microphone and say what you need, e.g. &quot;I lost my ID card&quot;</source>
        <translation>点一下话筒，说出您要办的事，例如“身份证丢了”</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="157"/>
        <source>Hello! What would you like to do today?</source>
        <translation>您好！请问您要办什么事？</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="158"/>
        <source>Type your question, e.g. &quot;replace my ID card&quot;</source>
        <translation>请输入您的问题，例如：补办身份证</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="159"/>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="161"/>
        <source>Privacy: nothing you say or type is stored; the screen is cleared after you leave.</source>
        <translation>隐私提示：您说的话和输入的内容不会被保存，离开后屏幕内容自动清除。</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="243"/>
        <source>Hall facilities</source>
        <translation>大厅设施</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="136"/>
        <source>I can only help with services and places in this hall</source>
        <translation>我只能解答本大厅的办事和场所问题</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="138"/>
        <source>I am not sure what you need</source>
        <translation>抱歉，我没能确定您要办理的事项</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="140"/>
        <source>A member of staff can help you. Tap the button and someone will come to you.</source>
        <translation>工作人员可以帮助您。请点下面的按钮，工作人员会过来。</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="148"/>
        <source>Or did you mean one of these?</source>
        <translation>您是不是要办理：</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="154"/>
        <source>You can also ask again in other words, or use the tiles on the home screen.</source>
        <translation>您也可以换个说法再问一次，或在首页点选事项。</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="186"/>
        <source>Show on map</source>
        <translation>在地图上查看</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="187"/>
        <source>Take a number</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="188"/>
        <source>Print guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="86"/>
        <source>You asked: {0}</source>
        <translation>您的问题：{0}</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="102"/>
        <source>★ Most likely</source>
        <translation>★ 最可能是这项</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="121"/>
        <source>Did you mean:</source>
        <translation>您是不是要办：</translation>
    </message>
    <message>
        <location filename="../screens/chooser.py" line="122"/>
        <source>None of these — ask staff</source>
        <translation>都不是，找工作人员</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="107"/>
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="143"/>
        <source>Go to {0}: {1} {2}</source>
        <translation>请前往 {0}：{1} {2}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="147"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="154"/>
        <source>Also possible:</source>
        <translation>其他位置：</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="154"/>
        <source>Choose a window:</source>
        <translation>选择窗口：</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="160"/>
        <source>Step-free route (lifts only)</source>
        <translation>无障碍路线（只乘电梯）</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="172"/>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="185"/>
        <source>lift or stairs</source>
        <translation>电梯或楼梯</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="187"/>
        <source>① Take the {0} to {1}</source>
        <translation>① 乘{0}到{1}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="188"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="190"/>
        <source>② On {0}, leave the {1} and go to {2}</source>
        <translation>② 到{0}后，出{1}前往 {2}</translation>
    </message>
    <message>
        <location filename="../screens/map_screen.py" line="194"/>
        <source>Follow the line from &quot;You are here&quot; to {0}</source>
        <translation>沿路线从“您在这里”走到 {0}</translation>
    </message>
</context>
</TS>
