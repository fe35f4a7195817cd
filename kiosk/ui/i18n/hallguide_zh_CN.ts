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
        <source>Voice input is not available</source>
        <translation>语音输入暂不可用</translation>
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
        <source>Privacy: no recordings are kept; questions are kept without personal details, for hall staff only; the screen is cleared after you leave.</source>
        <translation>隐私提示：不保存录音；您的问题去除个人信息后保存，仅供大厅工作人员使用；离开后屏幕内容自动清除。</translation>
    </message>
    <message>
        <source>Hall facilities</source>
        <translation>大厅设施</translation>
    </message>
    <message>
        <source>That is as long as a question can be (%1 characters): please ask one thing at a time.</source>
        <translation>问题最多 %1 个字，后面的内容不会被输入：请一次只问一件事。</translation>
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
        <source>Ask a follow-up question, e.g. &quot;what do I need to bring?&quot;</source>
        <translation>继续提问，例如“要带什么材料？”</translation>
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
        <source>Are you looking for:</source>
        <translation>您是不是要找：</translation>
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
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>您在这里</translation>
    </message>
    <message>
        <source>Show {0} large</source>
        <translation>放大显示{0}</translation>
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
        <source>Head for {0}; the dotted line only shows the direction</source>
        <translation>前往 {0}（图中点线只示方向，不是步行路线）</translation>
    </message>
    <message>
        <source>Follow the line from &quot;You are here&quot; to {0}</source>
        <translation>沿路线从“您在这里”走到 {0}</translation>
    </message>
    <message>
        <source>Assistant offline</source>
        <translation>离线模式</translation>
    </message>
    <message>
        <source>Privacy: no recordings are kept. Your questions are kept with personal details (names, ID and phone numbers) removed, only for the hall staff&apos;s statistics and calls for help. Everything on screen is erased when you leave or after %1 without use.</source>
        <translation>隐私提示：不保存录音。您的问题会去除姓名、证件号、手机号等个人信息后保存，仅供大厅工作人员统计和处理求助使用。您离开或%1无操作后，屏幕内容将全部清除。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>a minute</source>
        <translation>一分钟</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
</context>
<context>
    <name>BilingualScreensHome</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>BilingualSpeech_wiring</name>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>Voice input is starting…</source>
        <translation>语音识别正在准备…</translation>
    </message>
</context>
<context>
    <name>BilingualTickets_wiring</name>
    <message>
        <source>Tickets paused:</source>
        <translation>取号暂停：</translation>
    </message>
    <message>
        <source>Issuing a number failed:</source>
        <translation>取号失败：</translation>
    </message>
    <message>
        <source>Ticket not issued:</source>
        <translation>取号失败：</translation>
    </message>
    <message>
        <source>Hall alerts</source>
        <translation>大厅告警</translation>
    </message>
    <message>
        <source>Test slip printed</source>
        <translation>测试票已打印</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
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
        <source>The assistant is unavailable right now; please go by the official guide above.</source>
        <translation>智能助手暂时无法使用，请以上方的官方办事清单为准。</translation>
    </message>
    <message>
        <source>The assistant&apos;s explanation did not pass the check against the official guide; please go by the guide above.</source>
        <translation>助手的说明没有通过官方办事指南的核对，请以上方的办事清单为准。</translation>
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
    <name>StaffAdminCatalog</name>
    <message>
        <source>{services} services · {departments} departments · {windows} windows · {floors} floors · {places} places</source>
        <translation>事项 {services} · 部门 {departments} · 窗口 {windows} · 楼层 {floors} · 场所 {places}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <source>New catalog file</source>
        <translation>新清单文件</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Files on USB sticks</source>
        <translation>U盘上的文件</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Choose a file and check it</source>
        <translation>先选择文件并检查</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>启用新清单</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回退上一版</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出当前清单</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source>Notes (the catalog can be used):</source>
        <translation>提示（目录可以使用）：</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>正在使用：</translation>
    </message>
    <message>
        <source>Roll back: no earlier catalog kept</source>
        <translation>回退：没有保留更早的清单</translation>
    </message>
    <message>
        <source>Roll back restores:</source>
        <translation>回退将恢复：</translation>
    </message>
    <message>
        <source>(no .json or .zip files on USB sticks)</source>
        <translation>（未发现U盘上的 .json / .zip 文件）</translation>
    </message>
    <message>
        <source>Enter a file path</source>
        <translation>请输入文件路径</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Cannot check:</source>
        <translation>无法检查：</translation>
    </message>
    <message>
        <source>Refused: {count} problem(s); the catalog in use stays</source>
        <translation>文件有 {count} 处问题，不能使用（当前清单不变）</translation>
    </message>
    <message>
        <source>Valid — ready to apply</source>
        <translation>文件有效，可以启用</translation>
    </message>
    <message>
        <source>Compared with the one in use ({version}): {diff} services</source>
        <translation>与当前相比（{version}）：{diff} 个事项</translation>
    </message>
    <message>
        <source>The file changed and was refused</source>
        <translation>文件已改变，检查未通过</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>已启用：</translation>
    </message>
    <message>
        <source>Applied: the new catalog is in use, also after a restart</source>
        <translation>已启用：新清单正在使用，重启后也继续使用</translation>
    </message>
    <message>
        <source>Applied: the new catalog is in use until the kiosk restarts</source>
        <translation>已启用：新清单正在使用，但重启后不再保留</translation>
    </message>
    <message>
        <source>Rolled back to</source>
        <translation>已回退到</translation>
    </message>
    <message>
        <source>Rolled back: the previous catalog is in use</source>
        <translation>已回退：上一版清单正在使用</translation>
    </message>
    <message>
        <source>Enter a folder or a .zip file to export to</source>
        <translation>请输入导出路径（文件夹或 .zip）</translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation>导出失败：</translation>
    </message>
    <message>
        <source>Exported the catalog and {plans} floor plan(s) to</source>
        <translation>已导出清单和 {plans} 张平面图到</translation>
    </message>
</context>
<context>
    <name>StaffAdminCharts</name>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>StaffAdminCitizen</name>
    <message>
        <source>Long wait</source>
        <translation>等待时间长</translation>
    </message>
    <message>
        <source>Could not find my service</source>
        <translation>没找到要办的事</translation>
    </message>
    <message>
        <source>Answer unclear</source>
        <translation>回答不清楚</translation>
    </message>
    <message>
        <source>Voice did not understand</source>
        <translation>语音听不懂我</translation>
    </message>
    <message>
        <source>Hard to use</source>
        <translation>操作不方便</translation>
    </message>
    <message>
        <source>Printing problem</source>
        <translation>打印有问题</translation>
    </message>
    <message>
        <source>Staff are on the way</source>
        <translation>工作人员马上到</translation>
    </message>
    <message>
        <source>Please wait here; a member of staff will come to this kiosk.</source>
        <translation>请在这里稍候，工作人员会来这台机器找您。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>好的</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>请评价本次服务</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>原因（可选）</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>谢谢您的评价！</translation>
    </message>
    <message>
        <source>Staff will follow up on what you told us.</source>
        <translation>我们会跟进您反映的问题。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>StaffAdminConfirm</name>
    <message>
        <source>Yes</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>No</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffAdminController</name>
    <message>
        <source>Too many wrong PINs — try again in {minutes} min</source>
        <translation>密码错误次数过多，请 {minutes} 分钟后再试</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Wrong PIN — {left} attempt(s) left</source>
        <translation>密码不正确，还可以试 {left} 次</translation>
    </message>
</context>
<context>
    <name>StaffAdminInsights</name>
    <message>
        <source>Insights, last {days} days</source>
        <translation>统计（近{days}天）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>By catalog</source>
        <translation>清单回答</translation>
    </message>
    <message>
        <source>By LLM</source>
        <translation>大模型回答</translation>
    </message>
    <message>
        <source>Handed to staff</source>
        <translation>转人工</translation>
    </message>
    <message>
        <source>Staff calls</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>热门事项</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Unanswered questions (masked)</source>
        <translation>未能回答的问题（已脱敏）</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Could not read the figures:</source>
        <translation>统计读取失败：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（没有）</translation>
    </message>
    <message>
        <source>No open follow-ups</source>
        <translation>没有待跟进的差评</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>另有 {n} 条</translation>
    </message>
    <message>
        <source>A service no longer in the catalog</source>
        <translation>已不在目录中的事项</translation>
    </message>
</context>
<context>
    <name>StaffAdminPanel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>管理模式</translation>
    </message>
    <message>
        <source>Signs out after 2 min idle</source>
        <translation>2 分钟无操作自动退出</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出管理</translation>
    </message>
    <message>
        <source>Signs out after {minutes} min idle</source>
        <translation>{minutes} 分钟无操作自动退出</translation>
    </message>
</context>
<context>
    <name>StaffAdminPinpad</name>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>请输入管理密码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>No staff PIN set</source>
        <translation>尚未设置管理密码</translation>
    </message>
    <message>
        <source>Admin mode needs a PIN, set from a terminal on this machine (there is no default PIN):</source>
        <translation>管理模式需要先在终端设置密码（没有默认密码）。</translation>
    </message>
    <message>
        <source>The PIN is stored as a salted hash in:</source>
        <translation>密码以加盐哈希保存到：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>StaffAdminPrinter_checks</name>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
</context>
<context>
    <name>StaffAdminQueue</name>
    <message>
        <source>Queue</source>
        <translation>排队</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>号段</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫下一位</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已重呼</translation>
    </message>
    <message>
        <source>Reset the day</source>
        <translation>重置今日队列</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>确定重置</translation>
    </message>
    <message>
        <source>Ticketing is not available</source>
        <translation>取号模块未启用</translation>
    </message>
    <message>
        <source>{n} waiting today</source>
        <translation>今日等候共 {n} 人</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window</source>
        <translation>没有等候的号</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Cancel all of today&apos;s open numbers ({count} waiting)? Numbers are never reused.</source>
        <translation>取消今日所有未办结的号（{count} 人等候）？号码不会重复使用。</translation>
    </message>
    <message>
        <source>Reset: {n} cancelled</source>
        <translation>已重置：{n} 个号已取消</translation>
    </message>
</context>
<context>
    <name>StaffAdminSettings</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>(empty = offline)</source>
        <translation>（空 = 离线）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>wpm</source>
        <translation>字/分</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>LLM URL</source>
        <translation>大模型地址</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>无操作超时</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation>默认长辈模式</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>设置文件：</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Saved ({n}); after a restart: {keys}</source>
        <translation>已保存（{n} 项）；重启后生效：{keys}</translation>
    </message>
    <message>
        <source>Saved ({n}): in effect now</source>
        <translation>已保存（{n} 项），已立即生效</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>（重启后生效）</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>没有改动</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>StaffAdminSpeech_checks</name>
    <message>
        <source>Speech</source>
        <translation>语音</translation>
    </message>
    <message>
        <source>disabled in settings (speech.enabled = false)</source>
        <translation>设置中已关闭语音（speech.enabled = false）</translation>
    </message>
    <message>
        <source>no vosk model configured (speech.model_zh)</source>
        <translation>未配置语音识别模型（speech.model_zh）</translation>
    </message>
    <message>
        <source>model folder missing: {folders}</source>
        <translation>找不到模型文件夹：{folders}</translation>
    </message>
    <message>
        <source>model {model} · voice {zh}/{en}, {rate} wpm (muted)</source>
        <translation>模型 {model} · 语音 {zh}/{en}，语速 {rate}（已静音）</translation>
    </message>
    <message>
        <source>model {model} · voice {zh}/{en}, {rate} wpm</source>
        <translation>模型 {model} · 语音 {zh}/{en}，语速 {rate}</translation>
    </message>
</context>
<context>
    <name>StaffAdminStatus</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Mic level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Calls for staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check failed:</source>
        <translation>检查失败：</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>No open calls</source>
        <translation>没有待处理的呼叫</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>StaffAdminStatus_state</name>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>turned off in settings (speech.enabled = false)</source>
        <translation>设置中已关闭语音（speech.enabled = false）</translation>
    </message>
    <message>
        <source>no speech model configured (speech.model_zh)</source>
        <translation>未配置语音识别模型（speech.model_zh）</translation>
    </message>
    <message>
        <source>no printer configured: numbers are shown on screen</source>
        <translation>未配置打印机：号码显示在屏幕上，请市民记下</translation>
    </message>
</context>
<context>
    <name>StaffAdminSystem</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>Exit or restart</source>
        <translation>退出或重启</translation>
    </message>
    <message>
        <source>Restart kiosk</source>
        <translation>重启导办程序</translation>
    </message>
    <message>
        <source>Exit kiosk</source>
        <translation>退出导办程序</translation>
    </message>
    <message>
        <source>Restart: the service starts the kiosk again within seconds.</source>
        <translation>重启：系统服务在几秒内重新打开导办程序。</translation>
    </message>
    <message>
        <source>Exit: the kiosk stays closed until the next boot or a manual start.</source>
        <translation>退出：导办程序关闭并保持关闭，直到重新开机或手动启动（systemctl --user start hallguide）。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Restart the kiosk now?</source>
        <translation>现在重启导办程序？</translation>
    </message>
    <message>
        <source>Exit the kiosk now?</source>
        <translation>现在退出导办程序？</translation>
    </message>
    <message>
        <source>Printing is not available</source>
        <translation>打印模块未启用</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>打印失败：</translation>
    </message>
    <message>
        <source>Printed:</source>
        <translation>已打印：</translation>
    </message>
</context>
<context>
    <name>StaffCounter</name>
    <message>
        <source>Window {window} counter</source>
        <translation>窗口 {window} 叫号</translation>
    </message>
    <message>
        <source>Window {window}: staff PIN</source>
        <translation>窗口 {window}：请输入工作人员 PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>kiosk admin set-pin No PIN set yet: run kiosk admin set-pin</source>
        <translation>尚未设置 PIN：请先运行</translation>
    </message>
    <message>
        <source>Too many wrong PINs</source>
        <translation>PIN 错误次数过多，请联系管理员</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 不正确</translation>
    </message>
    <message>
        <source>Window {window}: now serving</source>
        <translation>窗口 {window}  当前号码</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Call a number first</source>
        <translation>请先叫号</translation>
    </message>
    <message>
        <source>No one is waiting</source>
        <translation>没有等候的号码</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>等候：</translation>
    </message>
</context>
<context>
    <name>StaffDisplay</name>
    <message>
        <source>Window {window}</source>
        <translation>请到 {window} 号窗口</translation>
    </message>
    <message>
        <source>HallGuide calling screen</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Please wait for your number</source>
        <translation>请留意叫号</translation>
    </message>
    <message>
        <source>Recently called</source>
        <translation>刚刚叫过</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>The queue system is unreachable; retrying</source>
        <translation>排队系统暂时连接不上，正在重试</translation>
    </message>
    <message>
        <source>No one is waiting</source>
        <translation>目前无人等候</translation>
    </message>
</context>
<context>
    <name>StaffDisplayFeed</name>
    <message>
        <source>Operation failed:</source>
        <translation>操作失败：</translation>
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
        <source>1 person ahead, about {m} min wait</source>
        <translation>前面还有 1 人，预计等候约 {m} 分钟</translation>
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
        <source>Print the number slip again</source>
        <translation>重新打印号码单</translation>
    </message>
    <message>
        <source>Print the service guide again</source>
        <translation>重新打印办事指南</translation>
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
