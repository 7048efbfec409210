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
        <name>ChecklistRegistry</name>
        <message>
            <source>the file cannot be read: %1</source>
            <translation>无法读取该文件：%1</translation>
        </message>
        <message>
            <source>version %1 of checklist "%2" is already provided by %3 with different content; expected a higher version for changed content</source>
            <translation>检查清单“%2”的第%1版已由%3提供，且内容不同；内容变更后应使用更高的版本号</translation>
        </message>
        <message>
            <source>Checklist "%1" version %2 is not available on this device; install the pack that provides it to show this record with its original text.</source>
            <translation>本设备上没有检查清单“%1”第%2版；请安装提供该版本的清单包，以便按原文显示此记录。</translation>
        </message>
        <message>
            <source>Checklist "%1" version %2 on this device differs from the one recorded (recorded SHA-256 %3, found %4); the record cannot be shown with its original text.</source>
            <translation>本设备上的检查清单“%1”第%2版与记录所用的不一致（记录的 SHA-256 为 %3，实际为 %4）；无法按原文显示此记录。</translation>
        </message>
        <message>
            <source>The checklist is refused: %1 problem(s).</source>
            <translation>检查清单未被采用：发现 %1 个问题。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRules</name>
        <message>
            <source>the law "%1" is not listed in "laws"; expected one of: %2</source>
            <translation>法规“%1”未列在“laws”中；应为以下之一：%2</translation>
        </message>
        <message>
            <source>%1 "%2" is used twice (also at %3); each must be different</source>
            <translation>%1“%2”重复使用（另见 %3）；每个都必须不同</translation>
        </message>
        <message>
            <source>"%1" is not a real calendar date; expected a date written YYYY-MM-DD</source>
            <translation>“%1”不是有效的日期；应为 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>the item number</source>
            <translation>检查项编号</translation>
        </message>
        <message>
            <source>the items must be numbered 1 to %1 without gaps; missing: %2</source>
            <translation>检查项应从 1 到 %1 连续编号；缺少：%2</translation>
        </message>
        <message>
            <source>the observation key</source>
            <translation>观察记录键名</translation>
        </message>
        <message>
            <source>the finding key</source>
            <translation>发现问题键名</translation>
        </message>
        <message>
            <source>there is no item %1 in this checklist; expected an item number from 1 to %2</source>
            <translation>本检查清单没有第%1项；应为 1 到 %2 之间的检查项编号</translation>
        </message>
        <message>
            <source>the law id</source>
            <translation>法规标识</translation>
        </message>
        <message>
            <source>the inspection kind</source>
            <translation>检查方式</translation>
        </message>
        <message>
            <source>the order kind</source>
            <translation>处理方式</translation>
        </message>
        <message>
            <source>"%1" ends in 00 and would match only that exact code; expected the significant digits only (e.g. 11 for 110000)</source>
            <translation>“%1”以 00 结尾，只能匹配该代码本身；应只写有效位数（如 110000 写作 11）</translation>
        </message>
    </context>
    <context>
        <name>ChecklistSchema</name>
        <message>
            <source>an object {…}</source>
            <translation>对象 {…}</translation>
        </message>
        <message>
            <source>an array […]</source>
            <translation>数组 […]</translation>
        </message>
        <message>
            <source>a text in double quotes</source>
            <translation>双引号中的文本</translation>
        </message>
        <message>
            <source>a whole number</source>
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
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>an identifier of lowercase letters, digits and single hyphens that starts with a letter (e.g. mps-2025)</source>
            <translation>以字母开头、由小写字母、数字和单个连字符组成的标识（如 mps-2025）</translation>
        </message>
        <message>
            <source>a date written YYYY-MM-DD</source>
            <translation>YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>a text that is not empty or blank</source>
            <translation>非空白的文本</translation>
        </message>
        <message>
            <source>the leading 2, 4, 6, 9 or 12 digits of an administrative division code (e.g. 11 for Beijing, 5405 for Shannan)</source>
            <translation>行政区划代码的前 2、4、6、9 或 12 位（如北京为 11，山南为 5405）</translation>
        </message>
        <message>
            <source>a schema must be an object or true/false</source>
            <translation>模式必须是对象或 true/false</translation>
        </message>
        <message>
            <source>this keyword is not supported by the checklist validator</source>
            <translation>检查清单校验器不支持此关键字</translation>
        </message>
        <message>
            <source>the reference does not name an entry of $defs</source>
            <translation>该引用未指向 $defs 中的条目</translation>
        </message>
        <message>
            <source>the pattern is not a valid regular expression</source>
            <translation>该模式不是有效的正则表达式</translation>
        </message>
        <message>
            <source>The checklist schema is not a JSON object.</source>
            <translation>检查清单模式不是 JSON 对象。</translation>
        </message>
        <message>
            <source>The checklist schema cannot be used: %1</source>
            <translation>检查清单模式无法使用：%1</translation>
        </message>
        <message>
            <source>The built-in checklist schema is missing.</source>
            <translation>缺少内置的检查清单模式。</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>应为%1，实际为 %2</translation>
        </message>
        <message>
            <source> or </source>
            <translation>或</translation>
        </message>
        <message>
            <source>%1 is not allowed here; expected one of: %2</source>
            <translation>此处不允许 %1；应为以下之一：%2</translation>
        </message>
        <message>
            <source>the text is too short; expected at least %1 character(s)</source>
            <translation>文本过短；应至少 %1 个字符</translation>
        </message>
        <message>
            <source>%1 is not valid here; expected %2</source>
            <translation>%1 在此处无效；应为%2</translation>
        </message>
        <message>
            <source>a text matching %1</source>
            <translation>符合 %1 的文本</translation>
        </message>
        <message>
            <source>%1 is too small; expected at least %2</source>
            <translation>%1 过小；应不小于 %2</translation>
        </message>
        <message>
            <source>%1 is too large; expected at most %2</source>
            <translation>%1 过大；应不大于 %2</translation>
        </message>
        <message>
            <source>this value has a form that is not allowed here</source>
            <translation>此值的形式在此处不允许</translation>
        </message>
        <message>
            <source>the required property "%1" is missing</source>
            <translation>缺少必填属性“%1”</translation>
        </message>
        <message>
            <source>unknown property "%1"; expected one of: %2</source>
            <translation>未知属性“%1”；应为以下之一：%2</translation>
        </message>
        <message>
            <source>expected at least %1 element(s), found %2</source>
            <translation>应至少有 %1 个元素，实际为 %2 个</translation>
        </message>
        <message>
            <source>expected at most %1 element(s), found %2</source>
            <translation>应至多有 %1 个元素，实际为 %2 个</translation>
        </message>
        <message>
            <source>%1 appears more than once (also at %2); each value may appear only once</source>
            <translation>%1 出现多次（另见 %2）；每个值只能出现一次</translation>
        </message>
    </context>
    <context>
        <name>ChecklistSelection</name>
        <message>
            <source>The national checklist is not available, so no inspection items can be offered.</source>
            <translation>全国检查清单不可用，无法提供检查项。</translation>
        </message>
        <message>
            <source>Unknown inspection kind "%1"; expected one of: %2.</source>
            <translation>未知的检查方式“%1”；应为以下之一：%2。</translation>
        </message>
        <message>
            <source>Unknown place category "%1"; expected one of: %2.</source>
            <translation>未知的场所类别“%1”；应为以下之一：%2。</translation>
        </message>
        <message>
            <source>The inspection kind "%1" is only for sites of place category %2 (%3); this site's category is %4.</source>
            <translation>检查方式“%1”仅适用于场所类别为 %2 的场所（%3）；该场所的类别为 %4。</translation>
        </message>
        <message>
            <source>"%1" is not an administrative division code; expected 6 digits (county level), 9 or 12 digits, or nothing.</source>
            <translation>“%1”不是行政区划代码；应为 6 位（县级）、9 位或 12 位数字，或不填。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistValidator</name>
        <message>
            <source>JSON syntax error: expected ',' before the next member or '}' to close the object</source>
            <translation>JSON 语法错误：下一个成员前应有“,”，或应以“}”结束对象</translation>
        </message>
        <message>
            <source>JSON syntax error: expected ':' after the member name</source>
            <translation>JSON 语法错误：成员名后应有“:”</translation>
        </message>
        <message>
            <source>JSON syntax error: expected ',' before the next element or ']' to close the array</source>
            <translation>JSON 语法错误：下一个元素前应有“,”，或应以“]”结束数组</translation>
        </message>
        <message>
            <source>JSON syntax error: expected ',' between two values</source>
            <translation>JSON 语法错误：两个值之间应有“,”</translation>
        </message>
        <message>
            <source>JSON syntax error: expected a value (a text in double quotes, a number, true, false, null, an object or an array)</source>
            <translation>JSON 语法错误：此处应为一个值（双引号中的文本、数字、true、false、null、对象或数组）</translation>
        </message>
        <message>
            <source>JSON syntax error: the file ends inside a number</source>
            <translation>JSON 语法错误：文件在数字中间结束</translation>
        </message>
        <message>
            <source>JSON syntax error: this number cannot be read</source>
            <translation>JSON 语法错误：无法读取此数字</translation>
        </message>
        <message>
            <source>JSON syntax error: invalid escape sequence in a text; expected \" \\ \/ \b \f \n \r \t or \uXXXX</source>
            <translation>JSON 语法错误：文本中的转义序列无效；应为 \" \\ \/ \b \f \n \r \t 或 \uXXXX</translation>
        </message>
        <message>
            <source>the file is not valid UTF-8 text; save it as UTF-8</source>
            <translation>文件不是有效的 UTF-8 文本；请以 UTF-8 编码保存</translation>
        </message>
        <message>
            <source>JSON syntax error: a text is not closed; expected a closing double quote</source>
            <translation>JSON 语法错误：文本未结束；应有结束的双引号</translation>
        </message>
        <message>
            <source>JSON syntax error: expected a member name in double quotes after ',' (a trailing comma is not allowed)</source>
            <translation>JSON 语法错误：“,”后应为双引号中的成员名（不允许末尾多余的逗号）</translation>
        </message>
        <message>
            <source>JSON syntax error: the document is nested too deeply</source>
            <translation>JSON 语法错误：文档嵌套层级过深</translation>
        </message>
        <message>
            <source>the document is too large</source>
            <translation>文档过大</translation>
        </message>
        <message>
            <source>JSON syntax error: unexpected text after the end of the document</source>
            <translation>JSON 语法错误：文档结束后还有多余内容</translation>
        </message>
        <message>
            <source>JSON syntax error</source>
            <translation>JSON 语法错误</translation>
        </message>
        <message>
            <source>the file is empty; expected a JSON object</source>
            <translation>文件为空；应为 JSON 对象</translation>
        </message>
        <message>
            <source>the file cannot be read: %1</source>
            <translation>无法读取该文件：%1</translation>
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
            <source>checklist pack refused, the others are used: %1</source>
            <translation>检查清单包未被采用，其余清单照常使用：%1</translation>
        </message>
        <message>
            <source>general inspection</source>
            <translation>一般检查</translation>
        </message>
        <message>
            <source>professional inspection</source>
            <translation>专业检查</translation>
        </message>
        <message>
            <source>unexpected arguments: %1</source>
            <translation>多余的参数：%1</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>pack</source>
            <translation>清单包</translation>
        </message>
        <message>
            <source>(superseded)</source>
            <translation>（已被新版本取代）</translation>
        </message>
        <message>
            <source>Refused (not used): %1</source>
            <translation>未被采用：%1</translation>
        </message>
        <message>
            <source>%1 version %2 (%3): %4</source>
            <translation>%1 第%2版（%3）：%4</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256：%1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>依据：%1</translation>
        </message>
        <message>
            <source>Effective: %1</source>
            <translation>施行日期：%1</translation>
        </message>
        <message>
            <source>Jurisdiction: %1 (administrative division code %2…)</source>
            <translation>适用地区：%1（行政区划代码 %2…）</translation>
        </message>
        <message>
            <source>Precedence: %1</source>
            <translation>效力说明：%1</translation>
        </message>
        <message>
            <source>Versions on this device: %1</source>
            <translation>本设备上的版本：%1</translation>
        </message>
        <message>
            <source>Enforces: %1</source>
            <translation>执行条款：%1</translation>
        </message>
        <message>
            <source>no order prescribed</source>
            <translation>未规定处理方式</translation>
        </message>
        <message>
            <source>missing checklist id; usage: psvctl checklist show ID [--version V]</source>
            <translation>缺少检查清单标识；用法：psvctl checklist show ID [--version V]</translation>
        </message>
        <message>
            <source>--version expects a whole number of at least 1, not '%1'</source>
            <translation>--version 应为不小于 1 的整数，而不是“%1”</translation>
        </message>
        <message>
            <source>there is no checklist "%1"; available: %2</source>
            <translation>没有检查清单“%1”；可用的有：%2</translation>
        </message>
        <message>
            <source>checklist "%1" has no version %2; available: %3</source>
            <translation>检查清单“%1”没有第%2版；可用的版本：%3</translation>
        </message>
        <message>
            <source>missing file; usage: psvctl checklist validate FILE</source>
            <translation>缺少文件；用法：psvctl checklist validate FILE</translation>
        </message>
        <message>
            <source>%1: valid checklist "%2" version %3, SHA-256 %4</source>
            <translation>%1：有效的检查清单“%2”第%3版，SHA-256 %4</translation>
        </message>
        <message>
            <source>usage: psvctl checklist select --kind KIND --place CATEGORY [--division CODE]</source>
            <translation>用法：psvctl checklist select --kind KIND --place CATEGORY [--division CODE]</translation>
        </message>
        <message>
            <source>%1 version %2: %3</source>
            <translation>%1 第%2版：%3</translation>
        </message>
        <message>
            <source>focus</source>
            <translation>重点检查</translation>
        </message>
        <message>
            <source>not mandatory</source>
            <translation>非强制</translation>
        </message>
        <message>
            <source>mandatory</source>
            <translation>应当检查</translation>
        </message>
        <message>
            <source>List the checklists on this device (built-in and packs in DATA/checklists), every version.</source>
            <translation>列出本设备上的检查清单（内置清单及 DATA/checklists 中的清单包），含各个版本。</translation>
        </message>
        <message>
            <source>Show a checklist's items (the current version unless --version is given).</source>
            <translation>显示检查清单的检查项（未指定 --version 时为当前版本）。</translation>
        </message>
        <message>
            <source>Check a checklist file; prints every problem as file:location: message (exit 1).</source>
            <translation>校验检查清单文件；每个问题按“文件:位置: 说明”逐行输出（退出码 1）。</translation>
        </message>
        <message>
            <source>The items an inspection of this kind offers at a site, with their applicability.</source>
            <translation>列出该检查方式在某场所应检查的项目及其适用情况。</translation>
        </message>
        <message>
            <source>%1: %2 problem(s); the checklist would be refused</source>
            <translation>%1：%2 个问题；该检查清单将不被采用</translation>
        </message>
        <message>
            <source>order to correct</source>
            <translation>责令改正</translation>
        </message>
        <message>
            <source>order to correct within a time limit</source>
            <translation>责令限期改正</translation>
        </message>
        <message>
            <source>proposal of an administrative penalty</source>
            <translation>行政处罚建议</translation>
        </message>
        <message>
            <source>referral</source>
            <translation>移送</translation>
        </message>
        <message>
            <source>national</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>local</source>
            <translation>地方</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>标识</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>ITEMS</source>
            <translation>项数</translation>
        </message>
        <message>
            <source>REGION</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>SOURCE</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>TITLE</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全国</translation>
        </message>
    </context>
</TS>
