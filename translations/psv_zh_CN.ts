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
        <name>CaptureTime</name>
        <message>
            <source>file name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>recording metadata</source>
            <translation>录制元数据</translation>
        </message>
        <message>
            <source>file modification time</source>
            <translation>文件修改时间</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>CopyHasher</name>
        <message>
            <source>The evidence store's disk is full: this file needs %1 but only %2 are free on the disk that holds %3. Free some space and import again.</source>
            <translation>证据库所在磁盘已满：此文件需要 %1，但存放 %3 的磁盘上只有 %2 可用。请释放空间后重新导入。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing of this file was kept.</source>
            <translation>导入已取消，此文件未保留任何内容。</translation>
        </message>
        <message>
            <source>Reading the file failed after %1: %2. Nothing of it was kept.</source>
            <translation>读取文件在 %1 处失败：%2。此文件未保留任何内容。</translation>
        </message>
        <message>
            <source>The evidence store's disk is full: the copy stopped after %1 of %2. Nothing of this file was kept; free some space on the disk that holds %3 and import again.</source>
            <translation>证据库所在磁盘已满：复制在 %1（共 %2）处停止。此文件未保留任何内容；请释放存放 %3 的磁盘空间后重新导入。</translation>
        </message>
        <message>
            <source>Writing to the evidence store failed: %1. Nothing of this file was kept.</source>
            <translation>写入证据库失败：%1。此文件未保留任何内容。</translation>
        </message>
        <message>
            <source>The file changed while it was being copied (is the camera still recording?). Nothing of it was kept; import it again when it no longer changes.</source>
            <translation>复制过程中文件发生了变化（执法记录仪是否仍在录制？）。此文件未保留任何内容；请在文件不再变化后重新导入。</translation>
        </message>
        <message>
            <source>Saving the copy to disk failed: %1. Nothing of this file was kept.</source>
            <translation>将副本保存到磁盘失败：%1。此文件未保留任何内容。</translation>
        </message>
        <message>
            <source>The evidence store's folder cannot be created.</source>
            <translation>无法创建证据库文件夹。</translation>
        </message>
        <message>
            <source>The copy cannot be moved into the evidence store: %1.</source>
            <translation>无法将副本移入证据库：%1。</translation>
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
        <name>EvidenceStore</name>
        <message>
            <source>The evidence store's directory cannot be created; check that the data directory is writable.</source>
            <translation>无法创建证据库目录；请检查数据目录是否可写。</translation>
        </message>
        <message>
            <source>There is no thumbnail to store for this evidence file.</source>
            <translation>此证据文件没有可保存的缩略图。</translation>
        </message>
        <message>
            <source>The thumbnail could not be encoded as JPEG.</source>
            <translation>缩略图无法编码为 JPEG。</translation>
        </message>
        <message>
            <source>The evidence store's lock file cannot be opened: %1.</source>
            <translation>无法打开证据库的锁文件：%1。</translation>
        </message>
        <message>
            <source>The evidence store's lock file cannot be locked: %1.</source>
            <translation>无法锁定证据库的锁文件：%1。</translation>
        </message>
        <message>
            <source>This file does not belong in the evidence store (it is not named by its SHA-256 in the right folder).</source>
            <translation>此文件不属于证据库（它不在相应文件夹中，或文件名不是其 SHA-256 值）。</translation>
        </message>
        <message>
            <source>The evidence file with SHA-256 %1 is missing from the store.</source>
            <translation>证据库中缺少 SHA-256 为 %1 的证据文件。</translation>
        </message>
        <message>
            <source>The evidence file cannot be read: %1</source>
            <translation>无法读取证据文件：%1</translation>
        </message>
        <message>
            <source>The content of evidence file %1 no longer matches its SHA-256: it has been changed or damaged.</source>
            <translation>证据文件 %1 的内容与其 SHA-256 不再一致：文件已被改动或损坏。</translation>
        </message>
    </context>
    <context>
        <name>FileHasher</name>
        <message>
            <source>Hashing was cancelled.</source>
            <translation>哈希计算已取消。</translation>
        </message>
        <message>
            <source>Reading the file failed: %1.</source>
            <translation>读取文件失败：%1。</translation>
        </message>
    </context>
    <context>
        <name>FileNamePatterns</name>
        <message>
            <source>The shipped file-name patterns are missing from the program.</source>
            <translation>程序中缺少内置的文件名规则。</translation>
        </message>
        <message>
            <source>The file-name pattern file cannot be read: %1</source>
            <translation>无法读取文件名规则文件：%1</translation>
        </message>
        <message>
            <source>The file-name pattern file is not valid JSON (%1 at character %2).</source>
            <translation>文件名规则文件不是有效的 JSON（第 %2 个字符处：%1）。</translation>
        </message>
        <message>
            <source>The file-name pattern file must have "format": "%1" and "version": 1.</source>
            <translation>文件名规则文件必须包含 "format": "%1" 和 "version": 1。</translation>
        </message>
        <message>
            <source>"mode" must be "prepend" or "replace", not "%1".</source>
            <translation>"mode" 必须是 "prepend" 或 "replace"，而不是 "%1"。</translation>
        </message>
        <message>
            <source>The file-name pattern file lists no patterns (expected a non-empty "patterns" array).</source>
            <translation>文件名规则文件中没有任何规则（应为非空的 "patterns" 数组）。</translation>
        </message>
        <message>
            <source>The pattern id "%1" is used twice.</source>
            <translation>规则标识 "%1" 重复使用。</translation>
        </message>
        <message>
            <source>A pattern has no "id".</source>
            <translation>有一条规则缺少 "id"。</translation>
        </message>
        <message>
            <source>The regular expression of pattern "%1" is not valid: %2 (at offset %3).</source>
            <translation>规则 "%1" 的正则表达式无效：%2（位置 %3）。</translation>
        </message>
        <message>
            <source>Pattern "%1" uses the unknown group "%2"; the groups are: %3.</source>
            <translation>规则 "%1" 使用了未知的分组 "%2"；可用的分组为：%3。</translation>
        </message>
        <message>
            <source>Pattern "%1" must have both a "date" and a "time" group, or neither.</source>
            <translation>规则 "%1" 必须同时包含 "date" 和 "time" 分组，或两者都不包含。</translation>
        </message>
        <message>
            <source>Pattern "%1" has an unknown time zone "%2" (expected "local", "UTC" or an IANA id such as "Asia/Shanghai").</source>
            <translation>规则 "%1" 的时区 "%2" 无法识别（应为 "local"、"UTC" 或 IANA 时区标识，如 "Asia/Shanghai"）。</translation>
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
        <name>MediaFacts</name>
        <message>
            <source>video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>audio</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>other file</source>
            <translation>其他文件</translation>
        </message>
    </context>
    <context>
        <name>MediaProbe</name>
        <message>
            <source>metadata unreadable: %1</source>
            <translation>元数据无法读取：%1</translation>
        </message>
        <message>
            <source>the picture cannot be decoded (%1)</source>
            <translation>图片无法解码（%1）</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>原因不明</translation>
        </message>
        <message>
            <source>the content is not in a known audio or video format</source>
            <translation>内容不是可识别的音频或视频格式</translation>
        </message>
    </context>
    <context>
        <name>PlayerProbe</name>
        <message>
            <source>the format is not recognised or the file is damaged</source>
            <translation>无法识别格式或文件已损坏</translation>
        </message>
        <message>
            <source>the file cannot be decoded</source>
            <translation>文件无法解码</translation>
        </message>
        <message>
            <source>reading it took longer than %1 seconds</source>
            <translation>读取时间超过 %1 秒</translation>
        </message>
    </context>
    <context>
        <name>PosixFile</name>
        <message>
            <source>The file cannot be opened for reading: %1.</source>
            <translation>无法以只读方式打开文件：%1。</translation>
        </message>
        <message>
            <source>The file cannot be examined: %1.</source>
            <translation>无法读取文件信息：%1。</translation>
        </message>
        <message>
            <source>This is not a regular file (it is a directory, pipe or device); only files can be imported as evidence.</source>
            <translation>这不是普通文件（而是目录、管道或设备）；只有文件才能作为证据导入。</translation>
        </message>
        <message>
            <source>The file cannot be created: %1.</source>
            <translation>无法创建文件：%1。</translation>
        </message>
        <message>
            <source>The directory cannot be opened: %1.</source>
            <translation>无法打开目录：%1。</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>权限不足</translation>
        </message>
        <message>
            <source>it is a directory</source>
            <translation>这是一个目录</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the file system is read-only</source>
            <translation>文件系统为只读</translation>
        </message>
        <message>
            <source>input/output error (the medium may be damaged or was removed)</source>
            <translation>输入/输出错误（存储介质可能已损坏或已被拔出）</translation>
        </message>
        <message>
            <source>the device was removed</source>
            <translation>设备已被移除</translation>
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
        <name>SourceScanner</name>
        <message>
            <source>it has a DCIM folder (the camera file system layout)</source>
            <translation>含有 DCIM 文件夹（相机文件系统结构）</translation>
        </message>
        <message>
            <source>it has folders named like a camera's (%1)</source>
            <translation>含有按相机方式命名的文件夹（%1）</translation>
        </message>
        <message>
            <source>its files are named like a body camera's (device or police number in the name)</source>
            <translation>其中的文件按执法记录仪的方式命名（文件名含设备编号或警号）</translation>
        </message>
        <message>
            <source>The folder to import from does not exist or is not a folder.</source>
            <translation>要导入的文件夹不存在或不是文件夹。</translation>
        </message>
        <message>
            <source>The folder to import from cannot be read (permission denied).</source>
            <translation>无法读取要导入的文件夹（权限不足）。</translation>
        </message>
    </context>
    <context>
        <name>psv::EvidenceImporter</name>
        <message>
            <source>Not imported: the evidence store's disk is full.</source>
            <translation>未导入：证据库所在磁盘已满。</translation>
        </message>
        <message>
            <source>Not imported: the import was cancelled.</source>
            <translation>未导入：导入已取消。</translation>
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation>导入已取消。</translation>
        </message>
        <message>
            <source>The file was copied into the evidence store but could not be recorded: %1</source>
            <translation>文件已复制到证据库，但无法登记：%1</translation>
        </message>
        <message>
            <source>metadata not examined</source>
            <translation>未检查元数据</translation>
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
    </context>
</TS>
