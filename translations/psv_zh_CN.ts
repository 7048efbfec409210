<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About PSV Inspector</source>
            <translation>关于 PSV Inspector</translation>
        </message>
        <message>
            <source>Field client for the supervision and inspection of public-security video systems under the State Council regulation of 2025 and the Ministry of Public Security's supervision rules.</source>
            <translation>依据《公共安全视频图像信息系统管理条例》和公安部《公共安全视频图像信息系统监督管理工作规定》开展监督检查的现场客户端。</translation>
        </message>
    </context>
    <context>
        <name>AtomicFile</name>
        <message>
            <source>The file cannot be created: %1</source>
            <translation>无法创建文件：%1</translation>
        </message>
        <message>
            <source>Writing the file failed: %1</source>
            <translation>写入文件失败：%1</translation>
        </message>
        <message>
            <source>Saving the file failed: %1</source>
            <translation>保存文件失败：%1</translation>
        </message>
        <message>
            <source>The directory cannot be opened to sync it.</source>
            <translation>无法打开目录以将其同步到磁盘。</translation>
        </message>
        <message>
            <source>Syncing the directory to disk failed.</source>
            <translation>将目录同步到磁盘失败。</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Entry %1 is missing: the log goes from entry %2 to entry %3.</source>
            <translation>缺少第 %1 条记录：日志从第 %2 条直接跳到第 %3 条。</translation>
        </message>
        <message>
            <source>Entry %1 does not link to the entry before it.</source>
            <translation>第 %1 条记录与前一条记录的哈希链接不符。</translation>
        </message>
        <message>
            <source>Entry %1 cannot be read back as written.</source>
            <translation>第 %1 条记录无法按写入时的格式读回。</translation>
        </message>
        <message>
            <source>Entry %1 was changed after it was written: its content does not match its hash.</source>
            <translation>第 %1 条记录在写入后被改动：其内容与哈希值不符。</translation>
        </message>
        <message>
            <source>Entries %1 to %2 are missing: the log was cut short.</source>
            <translation>缺少第 %1 至第 %2 条记录：日志被截短。</translation>
        </message>
        <message>
            <source>The last entry, %1, is not the one the store recorded last.</source>
            <translation>最后一条记录（第 %1 条）不是数据库最后记下的那一条。</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <source>place category</source>
            <translation>场所类别</translation>
        </message>
        <message>
            <source>Public area built by the government (Regulation Art. 7 para. 1)</source>
            <translation>政府组织建设的公共区域（《条例》第七条第一款）</translation>
        </message>
        <message>
            <source>Crowded place (Regulation Art. 7 para. 2 item 1)</source>
            <translation>人员聚集场所（《条例》第七条第二款第一项）</translation>
        </message>
        <message>
            <source>Transport hub (Regulation Art. 7 para. 2 item 2)</source>
            <translation>交通枢纽（《条例》第七条第二款第二项）</translation>
        </message>
        <message>
            <source>Large or medium public transport vehicle (Regulation Art. 7 para. 2 item 3)</source>
            <translation>大中型公共交通工具（《条例》第七条第二款第三项）</translation>
        </message>
        <message>
            <source>Service area (Regulation Art. 7 para. 2 item 4)</source>
            <translation>服务区（《条例》第七条第二款第四项）</translation>
        </message>
        <message>
            <source>Other public place (Regulation Art. 9)</source>
            <translation>其他公共场所（《条例》第九条）</translation>
        </message>
        <message>
            <source>unit type</source>
            <translation>单位类型</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Government organ</source>
            <translation>机关</translation>
        </message>
        <message>
            <source>Public institution</source>
            <translation>事业单位</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>Other organisation</source>
            <translation>其他组织</translation>
        </message>
        <message>
            <source>inspection kind</source>
            <translation>检查类型</translation>
        </message>
        <message>
            <source>General inspection (Rules Art. 10 items 1-7)</source>
            <translation>一般检查（《规定》第十条第一项至第七项）</translation>
        </message>
        <message>
            <source>Professional inspection (Rules Art. 10 items 8-13)</source>
            <translation>专业检查（《规定》第十条第八项至第十三项）</translation>
        </message>
        <message>
            <source>Focused inspection of another public place (Rules Art. 12)</source>
            <translation>其他公共场所重点检查（《规定》第十二条）</translation>
        </message>
        <message>
            <source>inspection trigger</source>
            <translation>检查起因</translation>
        </message>
        <message>
            <source>Routine inspection</source>
            <translation>日常检查</translation>
        </message>
        <message>
            <source>Verification of a report (Rules Art. 16)</source>
            <translation>举报核查（《规定》第十六条）</translation>
        </message>
        <message>
            <source>Re-inspection (Rules Art. 15)</source>
            <translation>复查（《规定》第十五条）</translation>
        </message>
        <message>
            <source>inspection status</source>
            <translation>检查状态</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>已封存</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已报送</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已审核通过</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>item status</source>
            <translation>检查项结果</translation>
        </message>
        <message>
            <source>Compliant</source>
            <translation>符合</translation>
        </message>
        <message>
            <source>Non-compliant</source>
            <translation>不符合</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>未检查</translation>
        </message>
        <message>
            <source>order kind</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>Order to correct</source>
            <translation>责令改正</translation>
        </message>
        <message>
            <source>Order to correct within a time limit</source>
            <translation>责令限期改正</translation>
        </message>
        <message>
            <source>Proposal for an administrative penalty</source>
            <translation>行政处罚建议</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>移送</translation>
        </message>
        <message>
            <source>order status</source>
            <translation>处理状态</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未整改</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>已整改</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期未整改</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>已升级处理</translation>
        </message>
        <message>
            <source>officer role</source>
            <translation>民警角色</translation>
        </message>
        <message>
            <source>Police station officer</source>
            <translation>派出所民警</translation>
        </message>
        <message>
            <source>Technology and informatization officer</source>
            <translation>科技信息化部门民警</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>审核人员</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>filing status</source>
            <translation>备案状态</translation>
        </message>
        <message>
            <source>Not filed</source>
            <translation>未备案</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <source>Unknown %1 '%2'; expected one of: %3.</source>
            <translation>未知的%1“%2”；应为以下之一：%3。</translation>
        </message>
    </context>
    <context>
        <name>DataDir</name>
        <message>
            <source>No data directory could be determined; pass --data-dir DIR.</source>
            <translation>无法确定数据目录；请使用 --data-dir DIR 指定。</translation>
        </message>
        <message>
            <source>The data directory cannot be created; check that the parent exists and is writable.</source>
            <translation>无法创建数据目录；请检查上级目录是否存在且可写。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The Qt SQLite driver (QSQLITE) is not installed; install the Qt SQL SQLite plugin.</source>
            <translation>未安装 Qt SQLite 驱动（QSQLITE）；请安装 Qt SQL 的 SQLite 插件。</translation>
        </message>
        <message>
            <source>The device id '%1' is not valid; expected 4 hexadecimal digits in upper case, e.g. A7F3.</source>
            <translation>设备编号“%1”无效；应为 4 位大写十六进制字符，例如 A7F3。</translation>
        </message>
        <message>
            <source>There is no store in this data directory; create one with 'psvctl init'.</source>
            <translation>该数据目录中没有数据库；请用“psvctl init”创建。</translation>
        </message>
        <message>
            <source>The data directory cannot be created; check that its parent exists and is writable.</source>
            <translation>无法创建数据目录；请检查上级目录是否存在且可写。</translation>
        </message>
        <message>
            <source>The store cannot be opened: %1</source>
            <translation>无法打开数据库：%1</translation>
        </message>
        <message>
            <source>The store cannot be read: %1</source>
            <translation>无法读取数据库：%1</translation>
        </message>
        <message>
            <source>The store cannot use write-ahead logging (journal mode is '%1'); keep it on a local disk.</source>
            <translation>数据库无法使用预写日志（当前日志模式为“%1”）；请将其放在本地磁盘上。</translation>
        </message>
        <message>
            <source>The store was written by a newer PSV Inspector (schema %1; this program knows up to %2); update the program.</source>
            <translation>该数据库由更新版本的 PSV Inspector 写入（结构版本 %1，本程序最高支持 %2）；请升级程序。</translation>
        </message>
        <message>
            <source>Updating the store to schema %1 failed: %2</source>
            <translation>将数据库升级到结构版本 %1 失败：%2</translation>
        </message>
        <message>
            <source>A change was attempted without naming who makes it.</source>
            <translation>试图修改数据但未指明操作人。</translation>
        </message>
    </context>
    <context>
        <name>DesktopOptions</name>
        <message>
            <source>PSV Inspector: inspections of public-security video systems.</source>
            <translation>PSV Inspector：公共安全视频图像信息系统监督检查。</translation>
        </message>
        <message>
            <source>Keep the store, evidence and settings in DIR.</source>
            <translation>将数据库、证据和设置保存在 DIR 中。</translation>
        </message>
        <message>
            <source>User interface language: zh_CN or en.</source>
            <translation>界面语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <source>Save a PNG of the main window once it is shown, then exit.</source>
            <translation>主窗口显示后保存其 PNG 截图，然后退出。</translation>
        </message>
        <message>
            <source>Open PAGE first: dashboard, inspections, sites, reinspections, evidence or sync.</source>
            <translation>首先打开页面 PAGE：dashboard、inspections、sites、reinspections、evidence 或 sync。</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>'%1' is not a SHA-256 digest; expected 64 hexadecimal digits.</source>
            <translation>“%1”不是 SHA-256 摘要；应为 64 位十六进制字符。</translation>
        </message>
        <message>
            <source>The file size %1 is negative.</source>
            <translation>文件大小 %1 为负数。</translation>
        </message>
        <message>
            <source>The duration %1 ms is negative.</source>
            <translation>时长 %1 毫秒为负数。</translation>
        </message>
        <message>
            <source>The resolution %1x%2 is negative.</source>
            <translation>分辨率 %1x%2 为负数。</translation>
        </message>
        <message>
            <source>The original file name is missing; it is required.</source>
            <translation>缺少原始文件名；此项必填。</translation>
        </message>
    </context>
    <context>
        <name>EvidenceLink</name>
        <message>
            <source>The evidence link names no evidence.</source>
            <translation>证据关联未指明证据。</translation>
        </message>
        <message>
            <source>The start of the range, %1 ms, is negative.</source>
            <translation>片段起点 %1 毫秒为负数。</translation>
        </message>
        <message>
            <source>The range has an end but no start.</source>
            <translation>片段只有终点没有起点。</translation>
        </message>
        <message>
            <source>The range ends (%1 ms) before it starts (%2 ms); the end must be after the start.</source>
            <translation>片段终点（%1 毫秒）早于起点（%2 毫秒）；终点必须晚于起点。</translation>
        </message>
        <message>
            <source>'%1' is not an evidence link; expected EVIDENCE_ID or EVIDENCE_ID@START_MS-END_MS.</source>
            <translation>“%1”不是证据关联；应为 证据ID 或 证据ID@起点毫秒-终点毫秒。</translation>
        </message>
    </context>
    <context>
        <name>EvidenceRepository</name>
        <message>
            <source>No evidence with the id '%1' is recorded.</source>
            <translation>没有编号为“%1”的证据记录。</translation>
        </message>
    </context>
    <context>
        <name>FilingDeadline</name>
        <message>
            <source>No put-into-use date is recorded, so the filing deadline of Regulation Art. 14 para. 1 cannot be derived.</source>
            <translation>未记录投入使用日期，无法推算《条例》第十四条第一款规定的备案期限。</translation>
        </message>
        <message>
            <source>Filing is not mandatory: Regulation Art. 9 para. 2 exempts systems in other public places from Art. 14.</source>
            <translation>不强制备案：依据《条例》第九条第二款，其他公共场所的系统不适用第十四条。</translation>
        </message>
        <message>
            <source>Regulation Art. 14 para. 1: within 30 days from the day the system was put into use (%1), the start day not counted.</source>
            <translation>《条例》第十四条第一款：自系统投入使用之日（%1）起30日内备案，开始当日不计入。</translation>
        </message>
        <message>
            <source>Regulation Art. 14 para. 1: a system in use before the Regulation took effect on 2025-04-01 (Art. 34) is filed within 90 days of that date.</source>
            <translation>《条例》第十四条第一款：本条例施行（2025年4月1日，第三十四条）前已经启用的，应当自施行之日起90日内备案。</translation>
        </message>
        <message>
            <source>The last day, %1, is not a working day, so the deadline moves to the next working day.</source>
            <translation>期间最后一日 %1 不是工作日，期限顺延至下一个工作日。</translation>
        </message>
    </context>
    <context>
        <name>Inspection</name>
        <message>
            <source>The inspection names no video system; choose the site inspected.</source>
            <translation>检查未指明公共安全视频系统；请选择被检查的系统。</translation>
        </message>
        <message>
            <source>The inspection names no checklist; give the checklist id (e.g. mps-2025).</source>
            <translation>检查未指明检查清单；请给出清单编号（例如 mps-2025）。</translation>
        </message>
        <message>
            <source>The checklist version is missing; it is required so that the record keeps its text.</source>
            <translation>缺少检查清单版本；此项必填，以便笔录保留当时的条文。</translation>
        </message>
        <message>
            <source>An officer is listed twice among the inspectors; each inspector counts once.</source>
            <translation>检查人员中有民警重复列出；每名检查人员只计一次。</translation>
        </message>
        <message numerus="yes">
            <source>An inspection needs at least two inspecting officers; %n given.</source>
            <translation>
                <numerusform>监督检查应当由两名以上民警进行；当前只有 %n 名。</numerusform>
            </translation>
        </message>
        <message>
            <source>A report-triggered inspection (Rules Art. 16) needs the report's reference.</source>
            <translation>举报核查（《规定》第十六条）须填写举报编号。</translation>
        </message>
        <message>
            <source>A re-inspection (Rules Art. 15) needs the order it re-inspects.</source>
            <translation>复查（《规定》第十五条）须指明所复查的处理决定。</translation>
        </message>
        <message>
            <source>The inspection ends before it starts; the end time must be after the start time.</source>
            <translation>检查结束时间早于开始时间；结束时间必须晚于开始时间。</translation>
        </message>
        <message>
            <source>A corrected version must reference the sealed inspection and state a reason.</source>
            <translation>更正版本必须引用已封存的检查并说明理由。</translation>
        </message>
    </context>
    <context>
        <name>InspectionRepository</name>
        <message>
            <source>No inspection with the number or id '%1' is recorded.</source>
            <translation>没有编号或 ID 为“%1”的检查记录。</translation>
        </message>
        <message>
            <source>The officer %1 is deactivated and cannot inspect.</source>
            <translation>民警 %1 已停用，不能参加检查。</translation>
        </message>
        <message>
            <source>Inspection %1 (version %2) is sealed (seal %3) and cannot be changed; to correct it, create a new version that references it and states the reason.</source>
            <translation>检查 %1（第 %2 版）已封存（封存值 %3），不能更改；如需更正，请新建引用该记录并说明理由的新版本。</translation>
        </message>
        <message>
            <source>Inspection %1 cannot go from '%2' to '%3'; a draft is completed, then sealed, submitted and approved or returned.</source>
            <translation>检查 %1 不能从“%2”变为“%3”；草稿先完成，再封存、报送，然后审核通过或退回。</translation>
        </message>
    </context>
    <context>
        <name>ItemResult</name>
        <message>
            <source>The item result names no inspection.</source>
            <translation>检查项结果未指明所属检查。</translation>
        </message>
        <message>
            <source>'%1' is not a checklist item reference; expected the item number (e.g. 4) or PACK/NUMBER, at most 64 letters, digits and . _ : / -.</source>
            <translation>“%1”不是检查项编号；应为项目序号（例如 4）或 清单包/序号，最多 64 个字母、数字及 . _ : / -。</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>The field is missing; it is required.</source>
            <translation>缺少该字段；此项必填。</translation>
        </message>
        <message>
            <source>The field has the wrong type; expected %1.</source>
            <translation>该字段类型错误；应为%1。</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <source>The field is empty; it is required.</source>
            <translation>该字段为空；此项必填。</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>字符串数组</translation>
        </message>
        <message>
            <source>'%1' is not a date; expected YYYY-MM-DD.</source>
            <translation>“%1”不是日期；应为 YYYY-MM-DD 格式。</translation>
        </message>
        <message>
            <source>'%1' is not a time; expected ISO 8601 with a time zone, e.g. 2026-03-01T08:15:00Z.</source>
            <translation>“%1”不是时间；应为带时区的 ISO 8601 格式，例如 2026-03-01T08:15:00Z。</translation>
        </message>
        <message>
            <source>an integer</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数字</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>数组</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PSV Inspector</source>
            <translation>公共安全视频系统检查</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;About PSV Inspector</source>
            <translation>关于 PSV Inspector(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>Officer</name>
        <message>
            <source>The officer's name is missing; it is required.</source>
            <translation>缺少民警姓名；此项必填。</translation>
        </message>
        <message>
            <source>The police number is missing; it is required.</source>
            <translation>缺少警号；此项必填。</translation>
        </message>
        <message>
            <source>The police number '%1' is not valid; expected up to 20 digits or Latin letters (and '-').</source>
            <translation>警号“%1”无效；应为不超过 20 位的数字或拉丁字母（可含“-”）。</translation>
        </message>
    </context>
    <context>
        <name>OfficerRepository</name>
        <message>
            <source>No officer with the id or police number '%1' is recorded.</source>
            <translation>没有 ID 或警号为“%1”的民警记录。</translation>
        </message>
        <message>
            <source>The police number %1 is already recorded for %2; each officer is recorded once.</source>
            <translation>警号 %1 已登记给 %2；每名民警只登记一次。</translation>
        </message>
        <message>
            <source>The officer %1 is deactivated and cannot sign in.</source>
            <translation>民警 %1 已停用，不能登录。</translation>
        </message>
        <message>
            <source>The secret given for officer %1 is wrong.</source>
            <translation>民警 %1 的登录密码错误。</translation>
        </message>
    </context>
    <context>
        <name>Order</name>
        <message>
            <source>The order names no inspection.</source>
            <translation>处理决定未指明所属检查。</translation>
        </message>
        <message>
            <source>The order has no issue date; it is required.</source>
            <translation>处理决定缺少作出日期；此项必填。</translation>
        </message>
        <message>
            <source>'%1' is not a checklist item reference.</source>
            <translation>“%1”不是检查项编号。</translation>
        </message>
        <message>
            <source>An order to correct within a time limit needs the deadline.</source>
            <translation>责令限期改正须写明整改期限。</translation>
        </message>
        <message>
            <source>The deadline %1 is before the issue date %2.</source>
            <translation>整改期限 %1 早于作出日期 %2。</translation>
        </message>
        <message>
            <source>The re-inspection date %1 is not after the issue date %2.</source>
            <translation>复查日期 %1 不晚于作出日期 %2。</translation>
        </message>
    </context>
    <context>
        <name>OrderRepository</name>
        <message>
            <source>No order with the id '%1' is recorded.</source>
            <translation>没有 ID 为“%1”的处理决定。</translation>
        </message>
    </context>
    <context>
        <name>SealService</name>
        <message>
            <source>Inspection %1 (version %2) is not sealed, so there is no seal to verify.</source>
            <translation>检查 %1（第 %2 版）尚未封存，没有可校验的封存值。</translation>
        </message>
        <message>
            <source>Inspection %1 (version %2) was changed after it was sealed: its data now hash to %3, the seal is %4.</source>
            <translation>检查 %1（第 %2 版）在封存后被改动：现有数据的哈希为 %3，封存值为 %4。</translation>
        </message>
        <message>
            <source>The seal of inspection %1 (version %2) is not the one the audit log recorded when it was sealed (%3).</source>
            <translation>检查 %1（第 %2 版）的封存值与封存时审计日志记录的值（%3）不一致。</translation>
        </message>
        <message>
            <source>The seal hash given, %1, is not the seal of inspection %2 (version %3), which is %4.</source>
            <translation>给出的封存值 %1 不是检查 %2（第 %3 版）的封存值，后者为 %4。</translation>
        </message>
        <message>
            <source>Inspection %1 (version %2) is not sealed; change it directly instead of making a correction.</source>
            <translation>检查 %1（第 %2 版）尚未封存；请直接修改，无需更正。</translation>
        </message>
        <message>
            <source>A correction of a sealed inspection must state its reason.</source>
            <translation>更正已封存的检查必须说明理由。</translation>
        </message>
        <message>
            <source>Inspection %1 already has version %2; correct the latest version.</source>
            <translation>检查 %1 已有第 %2 版；请更正最新版本。</translation>
        </message>
    </context>
    <context>
        <name>SecretHash</name>
        <message>
            <source>The secret is too short: %1 character(s); at least %2 are needed.</source>
            <translation>密码过短：%1 个字符；至少需要 %2 个。</translation>
        </message>
        <message>
            <source>The cryptography library could not start.</source>
            <translation>密码库无法启动。</translation>
        </message>
        <message>
            <source>Hashing the secret failed: not enough memory (64 MiB needed).</source>
            <translation>密码哈希计算失败：内存不足（需要 64 MiB）。</translation>
        </message>
    </context>
    <context>
        <name>Sha256</name>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>Reading the file failed: %1</source>
            <translation>读取文件失败：%1</translation>
        </message>
    </context>
    <context>
        <name>Site</name>
        <message>
            <source>The video system has no unit; every system belongs to the unit that manages it.</source>
            <translation>该视频系统未指明管理单位；每个系统都属于管理它的单位。</translation>
        </message>
        <message>
            <source>The video system's name is missing; it is required.</source>
            <translation>缺少视频系统名称；此项必填。</translation>
        </message>
        <message>
            <source>Only one GPS coordinate is given; give both latitude and longitude, or neither.</source>
            <translation>只给出了一个 GPS 坐标；请同时给出纬度和经度，或都不填。</translation>
        </message>
        <message>
            <source>The latitude %1 is out of range; expected -90 to 90 degrees.</source>
            <translation>纬度 %1 超出范围；应在 -90 至 90 度之间。</translation>
        </message>
        <message>
            <source>The longitude %1 is out of range; expected -180 to 180 degrees.</source>
            <translation>经度 %1 超出范围；应在 -180 至 180 度之间。</translation>
        </message>
        <message>
            <source>The camera count %1 is negative; expected 0 or more.</source>
            <translation>摄像机数量 %1 为负数；应为 0 或以上。</translation>
        </message>
        <message>
            <source>The retention period %1 is negative; expected a number of days, 0 or more.</source>
            <translation>存储期限 %1 为负数；应为 0 或以上的天数。</translation>
        </message>
        <message>
            <source>The filed camera count %1 is negative; expected 0 or more.</source>
            <translation>备案摄像机数量 %1 为负数；应为 0 或以上。</translation>
        </message>
        <message>
            <source>The filed retention period %1 is negative; expected 0 or more days.</source>
            <translation>备案存储期限 %1 为负数；应为 0 或以上的天数。</translation>
        </message>
        <message>
            <source>Filing details are given but the filing status is 'not-filed'; set the status to 'filed' or leave the filing details out.</source>
            <translation>填写了备案信息，但备案状态为“未备案”；请将状态设为“已备案”，或不填备案信息。</translation>
        </message>
    </context>
    <context>
        <name>SiteRepository</name>
        <message>
            <source>No video system with the id '%1' is recorded.</source>
            <translation>没有 ID 为“%1”的视频系统记录。</translation>
        </message>
    </context>
    <context>
        <name>Sql</name>
        <message>
            <source>The database refused an operation: %1</source>
            <translation>数据库拒绝了操作：%1</translation>
        </message>
    </context>
    <context>
        <name>Unit</name>
        <message>
            <source>The unit's name is missing; it is required.</source>
            <translation>缺少单位名称；此项必填。</translation>
        </message>
    </context>
    <context>
        <name>UnitRepository</name>
        <message>
            <source>No unit with the id or code '%1' is recorded.</source>
            <translation>没有 ID 或统一社会信用代码为“%1”的单位记录。</translation>
        </message>
        <message>
            <source>The unified social credit code %1 is already recorded for the unit '%2' (%3); a unit is recorded once.</source>
            <translation>统一社会信用代码 %1 已登记为单位“%2”（%3）；每个单位只登记一次。</translation>
        </message>
    </context>
    <context>
        <name>Uscc</name>
        <message>
            <source>The unified social credit code is empty; 18 characters are expected.</source>
            <translation>统一社会信用代码为空；应为 18 位。</translation>
        </message>
        <message numerus="yes">
            <source>The unified social credit code has %n character(s); it must have exactly 18.</source>
            <translation>
                <numerusform>统一社会信用代码有 %n 位；必须恰好为 18 位。</numerusform>
            </translation>
        </message>
        <message>
            <source>Character %1 of the unified social credit code, '%2', is not allowed; only digits and the capital letters %3 may appear (I, O, Z, S and V never do).</source>
            <translation>统一社会信用代码第 %1 位的“%2”不是允许的字符；只能使用数字和大写字母 %3（不含 I、O、Z、S、V）。</translation>
        </message>
        <message>
            <source>The check character (18th) of the unified social credit code is '%1', but the first 17 characters give '%2'; the code is mistyped.</source>
            <translation>统一社会信用代码的校验码（第 18 位）为“%1”，但按前 17 位计算应为“%2”；代码有误。</translation>
        </message>
        <message>
            <source>A unit of type '%1' needs its unified social credit code; only an individual may have none.</source>
            <translation>类型为“%1”的单位必须填写统一社会信用代码；只有个人可以没有。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::AboutDialog</name>
        <message>
            <source>PSV Inspector %1</source>
            <translation>PSV Inspector %1</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>组件</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可证</translation>
        </message>
        <message>
            <source>LGPL-3.0-only (or GPL-2.0/3.0)</source>
            <translation>LGPL-3.0-only（或 GPL-2.0/3.0）</translation>
        </message>
        <message>
            <source>LGPL-2.0-or-later</source>
            <translation>LGPL-2.0-or-later</translation>
        </message>
        <message>
            <source>Apache-2.0</source>
            <translation>Apache-2.0</translation>
        </message>
        <message>
            <source>LGPL-2.1-or-later</source>
            <translation>LGPL-2.1-or-later</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Nothing to do yet</source>
            <translation>暂无待办事项</translation>
        </message>
        <message>
            <source>Drafts in progress, re-inspections due and inspections awaiting sync appear here.</source>
            <translation>进行中的草稿、到期的复查和待同步的检查将显示在这里。</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>No inspections yet</source>
            <translation>尚无检查记录</translation>
        </message>
        <message>
            <source>Inspections of public video systems under Art. 10 of the supervision rules are listed here.</source>
            <translation>依据《规定》第十条对公共安全视频系统开展的检查列在这里。</translation>
        </message>
        <message>
            <source>Sites &amp; units</source>
            <translation>场所与单位</translation>
        </message>
        <message>
            <source>No units or video systems yet</source>
            <translation>尚无单位或视频系统</translation>
        </message>
        <message>
            <source>Units that run a public video system, and their systems, are listed here.</source>
            <translation>建设、使用公共安全视频系统的单位及其系统列在这里。</translation>
        </message>
        <message>
            <source>Re-inspections</source>
            <translation>复查</translation>
        </message>
        <message>
            <source>No re-inspections scheduled</source>
            <translation>尚无待复查事项</translation>
        </message>
        <message>
            <source>Re-inspections due within 3 working days of an order (Art. 15) are listed here.</source>
            <translation>责令改正后3个工作日内应进行的复查（《规定》第十五条）列在这里。</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>No evidence imported</source>
            <translation>尚未导入证据</translation>
        </message>
        <message>
            <source>Body-camera footage imported for inspections (Art. 13) is catalogued here.</source>
            <translation>为检查导入的执法记录仪视音频（《规定》第十三条）在这里编目。</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>Working with the local copy</source>
            <translation>正在使用本地数据</translation>
        </message>
        <message>
            <source>Sync bundles exchanged with the department are listed here.</source>
            <translation>与上级部门交换的同步包列在这里。</translation>
        </message>
    </context>
    <context>
        <name>psvctl</name>
        <message>
            <source>Usage: psvctl [--data-dir DIR] [--json] [--lang LANG] COMMAND [ARGS]
       psvctl --help | --version

Global options:
  --data-dir DIR  the device's data directory (default: $PSV_DATA_DIR, else the platform's)
  --json          machine-readable output: one JSON value on standard output
  --lang LANG     message language: zh_CN or en (default: zh_CN when $LANG starts with zh, else en)

Exit status: 0 success, 1 refused input, 2 usage error, 3 failure of the environment.

Commands:
</source>
            <translation>用法：psvctl [--data-dir DIR] [--json] [--lang LANG] 命令 [参数]
      psvctl --help | --version

全局选项：
  --data-dir DIR  本机数据目录（默认：$PSV_DATA_DIR，否则为系统默认位置）
  --json          机器可读输出：在标准输出上输出一个 JSON 值
  --lang LANG     消息语言：zh_CN 或 en（默认：$LANG 以 zh 开头时为 zh_CN，否则为 en）

退出状态：0 成功，1 输入被拒绝，2 用法错误，3 环境故障。

命令：
</translation>
        </message>
        <message>
            <source>Print the version of psvctl and its libraries.</source>
            <translation>显示 psvctl 及其所用库的版本。</translation>
        </message>
        <message>
            <source>unknown command '%1'; see psvctl --help</source>
            <translation>未知命令“%1”；参见 psvctl --help</translation>
        </message>
        <message>
            <source>The option --%1 is required and was not given.</source>
            <translation>缺少必填选项 --%1。</translation>
        </message>
        <message>
            <source>'%1' is not a whole number of at least %2.</source>
            <translation>“%1”不是不小于 %2 的整数。</translation>
        </message>
        <message>
            <source>'%1' is not a number.</source>
            <translation>“%1”不是数字。</translation>
        </message>
        <message>
            <source>'%1' is not a date; expected YYYY-MM-DD.</source>
            <translation>“%1”不是日期；应为 YYYY-MM-DD 格式。</translation>
        </message>
        <message>
            <source>'%1' is not a time; expected ISO 8601 with a time zone, e.g. 2026-03-01T09:30:00+08:00.</source>
            <translation>“%1”不是时间；应为带时区的 ISO 8601 格式，例如 2026-03-01T09:30:00+08:00。</translation>
        </message>
        <message>
            <source>The value is not a JSON object: %1</source>
            <translation>该值不是 JSON 对象：%1</translation>
        </message>
        <message>
            <source>The %1 is missing; it is required.</source>
            <translation>缺少 %1；此项必填。</translation>
        </message>
        <message>
            <source>Unknown option %1 for this command; see psvctl --help.</source>
            <translation>该命令没有选项 %1；请参阅 psvctl --help。</translation>
        </message>
        <message>
            <source>Unexpected argument '%1'; see psvctl --help.</source>
            <translation>多余的参数“%1”；请参阅 psvctl --help。</translation>
        </message>
        <message>
            <source>No data directory could be determined; pass --data-dir DIR.</source>
            <translation>无法确定数据目录；请用 --data-dir DIR 指定。</translation>
        </message>
        <message>
            <source>Officer %1 signs in with a secret; give it in the environment variable PSV_SECRET.</source>
            <translation>民警 %1 设有登录密码；请通过环境变量 PSV_SECRET 提供。</translation>
        </message>
        <message>
            <source>Inspection:</source>
            <translation>检查：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Video system:</source>
            <translation>视频系统：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>检查类型：</translation>
        </message>
        <message>
            <source>Trigger:</source>
            <translation>检查起因：</translation>
        </message>
        <message>
            <source>Checklist:</source>
            <translation>检查清单：</translation>
        </message>
        <message>
            <source>Started:</source>
            <translation>开始时间：</translation>
        </message>
        <message>
            <source>Ended:</source>
            <translation>结束时间：</translation>
        </message>
        <message>
            <source>Inspectors:</source>
            <translation>检查人员：</translation>
        </message>
        <message>
            <source>Representative:</source>
            <translation>被检查单位代表：</translation>
        </message>
        <message>
            <source>Witness:</source>
            <translation>见证人：</translation>
        </message>
        <message>
            <source>Body cameras:</source>
            <translation>执法记录仪：</translation>
        </message>
        <message>
            <source>Corrects the sealed version; reason:</source>
            <translation>更正已封存版本；理由：</translation>
        </message>
        <message>
            <source>Seal:</source>
            <translation>封存：</translation>
        </message>
        <message>
            <source>Items:</source>
            <translation>检查项：</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>处理：</translation>
        </message>
        <message>
            <source>Start an inspection (draft); prints its number DEVICE-YEAR-SEQUENCE. Defaults: kind general, trigger routine, checklist mps-2025 version 1, start now.</source>
            <translation>开始一次检查（草稿），输出其编号“设备-年份-序号”。默认：一般检查、日常检查、清单 mps-2025 第 1 版、开始时间为当前时间。</translation>
        </message>
        <message>
            <source>List inspections, newest first; --search matches a number's start, a USCC, or part of a unit's or system's name.</source>
            <translation>列出检查（最新的在前）；--search 匹配编号开头、统一社会信用代码，或单位、系统名称的一部分。</translation>
        </message>
        <message>
            <source>Record the result of a checklist item (ITEM is its number, or PACK/NUMBER); fields not given keep their values. Refused once the inspection is sealed.</source>
            <translation>记录检查项结果（ITEM 为项目序号或 清单包/序号）；未给出的字段保持原值。检查封存后拒绝修改。</translation>
        </message>
        <message>
            <source>The option --role is required: one of station, tech, reviewer, admin.</source>
            <translation>缺少必填选项 --role：应为 station、tech、reviewer、admin 之一。</translation>
        </message>
        <message>
            <source>--secret-stdin was given but standard input holds no secret.</source>
            <translation>指定了 --secret-stdin，但标准输入中没有密码。</translation>
        </message>
        <message>
            <source>Record an officer; prints the id. --secret-stdin reads a sign-in secret from the first line of standard input (stored as an Argon2id hash).</source>
            <translation>登记民警，输出其 ID。--secret-stdin 从标准输入的第一行读取登录密码（以 Argon2id 哈希保存）。</translation>
        </message>
        <message>
            <source>List the officers.</source>
            <translation>列出民警。</translation>
        </message>
        <message>
            <source>The option --kind is required: one of correction, correction-deadline, penalty-proposal, referral.</source>
            <translation>缺少必填选项 --kind：应为 correction、correction-deadline、penalty-proposal、referral 之一。</translation>
        </message>
        <message>
            <source>Record an order issued after an inspection that is not sealed yet; prints its id.</source>
            <translation>为尚未封存的检查登记处理决定，输出其 ID。</translation>
        </message>
        <message>
            <source>List orders by re-inspection date.</source>
            <translation>按复查日期列出处理决定。</translation>
        </message>
        <message>
            <source>Change an order's status (also after sealing), optionally naming the re-inspection.</source>
            <translation>更改处理决定的状态（封存后也可以），可指明对应的复查。</translation>
        </message>
        <message>
            <source>Inspection %1 (version %2) matches its seal %3.</source>
            <translation>检查 %1（第 %2 版）与其封存值 %3 一致。</translation>
        </message>
        <message>
            <source>Seal an inspection: compute its SHA-256 seal; it cannot change afterwards. Prints the seal.</source>
            <translation>封存检查：计算其 SHA-256 封存值，此后不可更改。输出封存值。</translation>
        </message>
        <message>
            <source>Recompute a sealed inspection's seal from the stored data; exit 1 when it was changed or does not match SEALHASH (e.g. from a printed record).</source>
            <translation>根据存储的数据重新计算已封存检查的封存值；数据被改动或与 SEALHASH（例如纸质笔录上的值）不符时以 1 退出。</translation>
        </message>
        <message>
            <source>Start a corrected version of a sealed inspection (same number, next version) that references it and states the reason.</source>
            <translation>为已封存的检查新建更正版本（编号相同、版本加一），引用原记录并说明理由。</translation>
        </message>
        <message>
            <source>The option --category is required: one of art7-1, art7-2-1, art7-2-2, art7-2-3, art7-2-4, art9 (Regulation Art. 7 and 9).</source>
            <translation>缺少必填选项 --category：应为 art7-1、art7-2-1、art7-2-2、art7-2-3、art7-2-4、art9 之一（《条例》第七条、第九条）。</translation>
        </message>
        <message>
            <source>Id:</source>
            <translation>ID：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>Place category:</source>
            <translation>场所类别：</translation>
        </message>
        <message>
            <source>Put into use:</source>
            <translation>投入使用日期：</translation>
        </message>
        <message>
            <source>Cameras:</source>
            <translation>摄像机：</translation>
        </message>
        <message>
            <source>Declared retention (days):</source>
            <translation>申报存储期限（天）：</translation>
        </message>
        <message>
            <source>Filing:</source>
            <translation>备案：</translation>
        </message>
        <message>
            <source>Filed cameras / retention (days):</source>
            <translation>备案摄像机数量 / 存储期限（天）：</translation>
        </message>
        <message>
            <source>Filing deadline:</source>
            <translation>备案期限：</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>依据：</translation>
        </message>
        <message>
            <source>Inspections:</source>
            <translation>检查记录：</translation>
        </message>
        <message>
            <source>Record a video system of a unit; prints its id. Filing details imply --filing-status filed; the filing deadline is derived (Regulation Art. 14).</source>
            <translation>登记单位的公共安全视频系统，输出其 ID。填写备案信息即视为 --filing-status filed；备案期限自动推算（《条例》第十四条）。</translation>
        </message>
        <message>
            <source>List video systems; --search matches part of the system's name or address or its unit's name.</source>
            <translation>列出视频系统；--search 匹配系统名称、地址或所属单位名称的一部分。</translation>
        </message>
        <message>
            <source>Show a video system with its filing deadline and its inspections.</source>
            <translation>显示视频系统及其备案期限和检查记录。</translation>
        </message>
        <message>
            <source>This store already exists with device id %1; a device id cannot change once numbers have been given out.</source>
            <translation>该数据库已存在，设备编号为 %1；编号一经使用，设备编号不能更改。</translation>
        </message>
        <message>
            <source>Created the store %1 (device %2, schema %3).</source>
            <translation>已创建数据库 %1（设备 %2，结构版本 %3）。</translation>
        </message>
        <message>
            <source>The store %1 is ready (device %2, schema %3).</source>
            <translation>数据库 %1 可用（设备 %2，结构版本 %3）。</translation>
        </message>
        <message numerus="yes">
            <source>The audit log verifies: %n entries, chain intact.</source>
            <translation>
                <numerusform>审计日志校验通过：共 %n 条记录，哈希链完整。</numerusform>
            </translation>
        </message>
        <message>
            <source>psvctl: the audit log does not verify at entry %1: %2</source>
            <translation>psvctl：审计日志在第 %1 条记录处校验失败：%2</translation>
        </message>
        <message>
            <source>Create the store in the data directory (or report the existing one): device id, schema version.</source>
            <translation>在数据目录中创建数据库（或报告已有数据库）：设备编号、结构版本。</translation>
        </message>
        <message>
            <source>Check the audit log's hash chain; exit 1 naming the first broken entry.</source>
            <translation>校验审计日志的哈希链；发现断裂时以 1 退出并指出第一条断裂的记录。</translation>
        </message>
        <message>
            <source>Show the newest audit entries (all, or those of one entity).</source>
            <translation>显示最新的审计记录（全部，或某一对象的记录）。</translation>
        </message>
        <message>
            <source>The option --type is required: one of enterprise, government, institution, individual, other.</source>
            <translation>缺少必填选项 --type：应为 enterprise、government、institution、individual、other 之一。</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Unified social credit code:</source>
            <translation>统一社会信用代码：</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>联系人：</translation>
        </message>
        <message>
            <source>Police station:</source>
            <translation>责任派出所：</translation>
        </message>
        <message>
            <source>County-level organ:</source>
            <translation>县级公安机关：</translation>
        </message>
        <message>
            <source>Video systems:</source>
            <translation>视频系统：</translation>
        </message>
        <message>
            <source>Record a unit that manages video systems; prints its id. The USCC may be left out only for an individual.</source>
            <translation>登记公共安全视频系统管理单位，输出其 ID。只有个人可以不填统一社会信用代码。</translation>
        </message>
        <message>
            <source>List units by name; --search matches part of the name or the start of the USCC.</source>
            <translation>按名称列出单位；--search 匹配名称的一部分或统一社会信用代码的开头。</translation>
        </message>
        <message>
            <source>Show a unit and its video systems.</source>
            <translation>显示单位及其视频系统。</translation>
        </message>
        <message>
            <source>%1 is a valid unified social credit code.</source>
            <translation>%1 是有效的统一社会信用代码。</translation>
        </message>
        <message>
            <source>Check a unified social credit code: exit 0 when valid, 1 with the reason (length, a character and its position, or the check character).</source>
            <translation>校验统一社会信用代码：有效时以 0 退出；无效时以 1 退出并说明原因（长度、错误字符及其位置或校验码）。</translation>
        </message>
        <message>
            <source>
Write commands take --officer POLICE_NO (also before the command): the officer named as the actor in the audit log; an officer with a sign-in secret gives it in the environment variable PSV_SECRET. Without --officer the actor is cli:&lt;operating-system user&gt;.
</source>
            <translation>
写入命令可用 --officer 警号（也可放在命令之前）指明审计日志中的操作民警；设有登录密码的民警须通过环境变量 PSV_SECRET 提供密码。不指定 --officer 时，操作人记为 cli:&lt;操作系统用户&gt;。
</translation>
        </message>
        <message>
            <source>Show an inspection with its items, orders and evidence (the latest version unless --version-no); the view is audited.</source>
            <translation>显示检查及其检查项、处理决定和证据（默认最新版本，可用 --version-no 指定）；查看操作记入审计日志。</translation>
        </message>
    </context>
</TS>
