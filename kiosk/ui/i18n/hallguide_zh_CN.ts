<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Answers limited: please ask staff</source>
        <translation>查询暂不可用，请咨询工作人员</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>找工作人员</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← 返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>■ Stop speaking</source>
        <translation>■ 停止播报</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>For your privacy the screen will be cleared.</source>
        <translation>为保护您的隐私，屏幕内容即将清除。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>original ×1</source>
        <translation>原件1份</translation>
    </message>
    <message>
        <source>copies ×{0}</source>
        <translation>复印件{0}份</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>如有</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>事项说明</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>办理条件</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>所需材料</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>办理窗口</translation>
    </message>
    <message>
        <source>Floor and zone</source>
        <translation>楼层区域</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约办理</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>在哪办、何时办</translation>
    </message>
    <message>
        <source>Information updated {0}</source>
        <translation>信息更新于 {0}</translation>
    </message>
    <message>
        <source>Privacy: nothing you say or type is stored. Everything on screen is erased when you leave or after a minute without use.</source>
        <translation>隐私提示：您说的话和输入的内容不会被保存。您离开或一分钟无操作后，屏幕内容将全部清除。</translation>
    </message>
    <message>
        <source>Listening… please speak now</source>
        <translation>正在听，请说话……</translation>
    </message>
    <message>
        <source>Looking it up…</source>
        <translation>正在查询……</translation>
    </message>
    <message>
        <source>Speaking… tap the microphone to interrupt</source>
        <translation>正在播报……点话筒可以打断</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Please try again or type your question.</source>
        <translation>抱歉，没有成功。请再试一次，或打字提问。</translation>
    </message>
    <message>
        <source>Tap the microphone and say what you need, e.g. &quot;I lost my ID card&quot;</source>
        <translation>点一下话筒，说出您要办的事，例如“身份证丢了”</translation>
    </message>
    <message>
        <source>Hello! What would you like to do today?</source>
        <translation>您好！请问您要办什么事？</translation>
    </message>
    <message>
        <source>Type your question, e.g. &quot;replace my ID card&quot;</source>
        <translation>请输入您的问题，例如：补办身份证</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>Privacy: nothing you say or type is stored; the screen is cleared after you leave.</source>
        <translation>隐私提示：您说的话和输入的内容不会被保存，离开后屏幕内容自动清除。</translation>
    </message>
    <message>
        <source>Hall facilities</source>
        <translation>大厅设施</translation>
    </message>
    <message>
        <source>I can only help with services and places in this hall</source>
        <translation>我只能解答本大厅的办事和场所问题</translation>
    </message>
    <message>
        <source>I am not sure what you need</source>
        <translation>抱歉，我没能确定您要办理的事项</translation>
    </message>
    <message>
        <source>A member of staff can help you. Tap the button and someone will come to you.</source>
        <translation>工作人员可以帮助您。请点下面的按钮，工作人员会过来。</translation>
    </message>
    <message>
        <source>Or did you mean one of these?</source>
        <translation>您是不是要办理：</translation>
    </message>
    <message>
        <source>You can also ask again in other words, or use the tiles on the home screen.</source>
        <translation>您也可以换个说法再问一次，或在首页点选事项。</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>在地图上查看</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Print guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <source>You asked: {0}</source>
        <translation>您的问题：{0}</translation>
    </message>
    <message>
        <source>★ Most likely</source>
        <translation>★ 最可能是这项</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>您是不是要办：</translation>
    </message>
    <message>
        <source>None of these — ask staff</source>
        <translation>都不是，找工作人员</translation>
    </message>
    <message>
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <source>Go to {0}: {1} {2}</source>
        <translation>请前往 {0}：{1} {2}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Also possible:</source>
        <translation>其他位置：</translation>
    </message>
    <message>
        <source>Choose a window:</source>
        <translation>选择窗口：</translation>
    </message>
    <message>
        <source>Step-free route (lifts only)</source>
        <translation>无障碍路线（只乘电梯）</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
    <message>
        <source>lift or stairs</source>
        <translation>电梯或楼梯</translation>
    </message>
    <message>
        <source>① Take the {0} to {1}</source>
        <translation>① 乘{0}到{1}</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>② On {0}, leave the {1} and go to {2}</source>
        <translation>② 到{0}后，出{1}前往 {2}</translation>
    </message>
    <message>
        <source>Follow the line from &quot;You are here&quot; to {0}</source>
        <translation>沿路线从“您在这里”走到 {0}</translation>
    </message>
    <message>
        <source>Assistant offline</source>
        <translation>离线模式</translation>
    </message>
</context>
<context>
    <name>LlmAnswer</name>
    <message>
        <source>Assistant&apos;s explanation</source>
        <translation>智能助手补充说明</translation>
    </message>
    <message>
        <source>Looking this up…</source>
        <translation>正在为您查询…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>The assistant is unavailable right now; here is the official guide&apos;s answer.</source>
        <translation>智能助手暂时不可用，以下为办事指南答案。</translation>
    </message>
    <message>
        <source>Here is the official guide&apos;s answer.</source>
        <translation>以下为办事指南答案。</translation>
    </message>
    <message>
        <source>Written by the assistant from the official guide; staff at the window have the final word.</source>
        <translation>由智能助手依据办事指南生成，请以窗口工作人员答复为准。</translation>
    </message>
    <message>
        <source>(long answer, shortened)</source>
        <translation>（回答较长，已截断）</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Take a number</source>
        <translation>取号确认</translation>
    </message>
    <message>
        <source>Window {w}  {where}</source>
        <translation>办理窗口：{w}&#x3000;{where}</translation>
    </message>
    <message>
        <source>{n} people ahead, about {m} min wait</source>
        <translation>前面还有 {n} 人，预计等候约 {m} 分钟</translation>
    </message>
    <message>
        <source>Nobody is waiting; go to the window after taking your number</source>
        <translation>目前无人等候，取号后请直接前往窗口</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通号</translation>
    </message>
    <message>
        <source>Priority lane</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Priority lane: elderly, disabled and pregnant visitors</source>
        <translation>绿色通道：老年人、残疾人、孕妇优先办理</translation>
    </message>
    <message>
        <source>Take number</source>
        <translation>确认取号</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printed — please take your ticket</source>
        <translation>已打印，请取票</translation>
    </message>
    <message>
        <source>Sent to the printer — please take your ticket; if none comes out, note your number</source>
        <translation>已发送到打印机，请取票；如果没有出票，请记下您的号码</translation>
    </message>
    <message>
        <source>This is a test printer and prints no paper: please note your number</source>
        <translation>这是测试打印机，不出纸：请记下您的号码</translation>
    </message>
    <message>
        <source>The printer is not working right now: please note your number or scan the code. Your number is still valid</source>
        <translation>打印机暂时不能用，请记下号码或扫码。您的号码依然有效</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note your number. It is still valid</source>
        <translation>本机没有连接打印机，请记下您的号码。号码依然有效</translation>
    </message>
    <message>
        <source>Print service guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <source>Printing the service guide…</source>
        <translation>正在打印办事指南…</translation>
    </message>
    <message>
        <source>Service guide printed — please take it</source>
        <translation>办事指南已打印，请取走</translation>
    </message>
    <message>
        <source>The guide was sent to the printer; if nothing comes out, scan the QR code</source>
        <translation>办事指南已发送到打印机；如果没有出纸，可扫码查看</translation>
    </message>
    <message>
        <source>This is a test printer and prints no paper: scan the QR code for the guide</source>
        <translation>这是测试打印机，不出纸：可扫码查看办事指南</translation>
    </message>
    <message>
        <source>The printer is not working right now: scan the QR code for the guide</source>
        <translation>打印机暂时不能用，可扫码查看办事指南</translation>
    </message>
    <message>
        <source>This kiosk has no printer: scan the QR code for the guide</source>
        <translation>本机没有连接打印机，可扫码查看办事指南</translation>
    </message>
    <message>
        <source>Scan for the service guide</source>
        <translation>扫码查看办事指南</translation>
    </message>
    <message>
        <source>Printer not working</source>
        <translation>打印机暂时不能用</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>本机没有打印机</translation>
    </message>
    <message>
        <source>Test printer (no paper)</source>
        <translation>测试打印机（不出纸）</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Scan for the service guide and queue status</source>
        <translation>扫码查看办事指南与排队进度</translation>
    </message>
    <message>
        <source>A number cannot be issued right now — please ask staff</source>
        <translation>暂时无法取号，请联系工作人员（您没有损失任何排队位置）</translation>
    </message>
    <message>
        <source>The printer is not working now: you can still take a number; it stays on screen — please note it</source>
        <translation>打印机暂时不能用：仍可取号，号码会显示在屏幕上，请记下您的号码</translation>
    </message>
    <message>
        <source>This kiosk has no printer: you can still take a number; it stays on screen — please note it</source>
        <translation>本机没有连接打印机：仍可取号，号码会显示在屏幕上，请记下您的号码</translation>
    </message>
    <message>
        <source>This kiosk has a test printer that prints no paper: please note your number</source>
        <translation>本机接的是测试打印机，不出纸：取号后请记下您的号码</translation>
    </message>
</context>
</TS>
