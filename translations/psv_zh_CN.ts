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
        <name>DocumentPainter</name>
        <message>
            <source>The printer or PDF file cannot be painted on.</source>
            <translation>无法在打印机或 PDF 文件上绘制。</translation>
        </message>
        <message>
            <source>A new page cannot be started.</source>
            <translation>无法开始新的一页。</translation>
        </message>
        <message>
            <source>Finishing the document failed.</source>
            <translation>完成文档失败。</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>A notice needs its document number.</source>
            <translation>通知书须有文书编号。</translation>
        </message>
        <message>
            <source>A notice needs the party's name.</source>
            <translation>通知书须有当事人名称。</translation>
        </message>
        <message>
            <source>A notice needs this field; it is missing or empty.</source>
            <translation>通知书须有此项内容，当前缺失或为空。</translation>
        </message>
        <message>
            <source>A 责令限期改正 notice needs its deadline.</source>
            <translation>责令限期改正通知书须写明改正期限。</translation>
        </message>
        <message>
            <source>A 责令改正 notice has no deadline; use kind "correction-deadline" for one.</source>
            <translation>责令改正通知书没有改正期限；需要期限时请使用类型 "correction-deadline"（责令限期改正）。</translation>
        </message>
        <message>
            <source>A notice needs at least one thing to correct.</source>
            <translation>通知书须至少列明一项改正内容。</translation>
        </message>
        <message>
            <source>An evidence file needs its SHA-256 as 64 hex digits.</source>
            <translation>证据文件须有 64 位十六进制的 SHA-256 值。</translation>
        </message>
        <message>
            <source>A record needs its inspection number.</source>
            <translation>检查笔录须有检查编号。</translation>
        </message>
        <message>
            <source>A sealed record needs its seal hash as 64 hex digits.</source>
            <translation>已封存的检查笔录须有 64 位十六进制的封存校验值。</translation>
        </message>
        <message>
            <source>A draft has no seal hash; set "sealed": true or remove it.</source>
            <translation>草稿没有封存校验值；请设置 "sealed": true 或删除该值。</translation>
        </message>
        <message>
            <source>The text is not valid JSON: %1 at byte %2.</source>
            <translation>内容不是有效的 JSON：%1（第 %2 字节）。</translation>
        </message>
        <message>
            <source>The JSON document must be an object ({...}).</source>
            <translation>JSON 文档必须是一个对象（{...}）。</translation>
        </message>
        <message>
            <source>The value has the wrong type; expected %1.</source>
            <translation>值的类型不正确；应为%1。</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>an array of strings</source>
            <translation>字符串数组</translation>
        </message>
        <message>
            <source>an array of objects</source>
            <translation>对象数组</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>'%1' is not a known value; expected one of: %2.</source>
            <translation>“%1”不是可识别的值；应为以下之一：%2。</translation>
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
        <name>PdfExporter</name>
        <message>
            <source>The PDF writer produced no output.</source>
            <translation>PDF 写入器没有输出任何内容。</translation>
        </message>
    </context>
    <context>
        <name>QrCode</name>
        <message>
            <source>The QR code cannot be made from %1 bytes of data.</source>
            <translation>无法用 %1 字节的数据生成二维码。</translation>
        </message>
    </context>
    <context>
        <name>RecordFonts</name>
        <message>
            <source>No font that can write Simplified Chinese is installed, so records cannot be printed. Install fonts-noto-cjk (or the FangSong and Song office fonts).</source>
            <translation>未安装可显示简体中文的字体，无法打印笔录。请安装 fonts-noto-cjk（或仿宋、宋体办公字体）。</translation>
        </message>
    </context>
    <context>
        <name>RecordVerifier</name>
        <message>
            <source>This is not the QR code of a PSV Inspector record; expected PSV1|NUMBER|SEALHASH.</source>
            <translation>这不是 PSV Inspector 检查笔录的二维码；应为 PSV1|编号|封存校验值。</translation>
        </message>
        <message>
            <source>The QR code carries no inspection number.</source>
            <translation>二维码中没有检查编号。</translation>
        </message>
        <message>
            <source>The QR code's seal hash is not 64 hex digits; the code is damaged or was not made by PSV Inspector.</source>
            <translation>二维码中的封存校验值不是 64 位十六进制数；二维码已损坏或并非由 PSV Inspector 生成。</translation>
        </message>
        <message>
            <source>The paper record is inspection %1, not %2.</source>
            <translation>纸质笔录对应的检查编号为 %1，而不是 %2。</translation>
        </message>
        <message>
            <source>The paper record's seal hash %1 does not match the stored sealed data (%2): the paper or the data was changed.</source>
            <translation>纸质笔录的封存校验值 %1 与存储的封存数据（%2）不一致：纸质笔录或数据已被改动。</translation>
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
            <source>The input file cannot be read: %1</source>
            <translation>无法读取输入文件：%1</translation>
        </message>
        <message>
            <source>expected two arguments: IN.json OUT.pdf</source>
            <translation>需要两个参数：IN.json OUT.pdf</translation>
        </message>
        <message>
            <source>Print an inspection record (检查笔录) to PDF from its view-model JSON; a draft gets a watermark.</source>
            <translation>根据视图模型 JSON 将检查笔录输出为 PDF；草稿带有水印。</translation>
        </message>
        <message>
            <source>Print a correction notice (责令(限期)改正通知书) with its service receipt to PDF from its view-model JSON.</source>
            <translation>根据视图模型 JSON 将责令（限期）改正通知书及送达回执输出为 PDF。</translation>
        </message>
        <message>
            <source>Wrote %1: %2 pages, final.</source>
            <translation>已写入 %1：共 %2 页，正式版。</translation>
        </message>
        <message>
            <source>Wrote %1: %2 pages, draft with a watermark.</source>
            <translation>已写入 %1：共 %2 页，草稿（带水印）。</translation>
        </message>
    </context>
</TS>
