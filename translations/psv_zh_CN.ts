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
        <name>BundleReader</name>
        <message>
            <source>Reading the bundle was cancelled.</source>
            <translation>读取同步包已取消。</translation>
        </message>
        <message>
            <source>The file is zstd-compressed data, not a bundle (a bundle is an uncompressed tar archive).</source>
            <translation>该文件是 zstd 压缩数据，不是同步包（同步包是未压缩的 tar 归档）。</translation>
        </message>
        <message>
            <source>The file is gzip-compressed data, not a bundle.</source>
            <translation>该文件是 gzip 压缩数据，不是同步包。</translation>
        </message>
        <message>
            <source>The file is a ZIP archive, not a bundle (a bundle is a tar archive).</source>
            <translation>该文件是 ZIP 归档，不是同步包（同步包是 tar 归档）。</translation>
        </message>
        <message>
            <source>The bundle cannot be opened: %1</source>
            <translation>无法打开同步包：%1</translation>
        </message>
        <message>
            <source>The bundle must be read from a file or buffer open for reading.</source>
            <translation>同步包必须从已打开可读的文件或缓冲区读取。</translation>
        </message>
        <message>
            <source>The bundle is %1 bytes; at most %2 are accepted.</source>
            <translation>同步包大小为 %1 字节，最多接受 %2 字节。</translation>
        </message>
        <message>
            <source>The archive is empty; a bundle starts with manifest.json.</source>
            <translation>归档为空；同步包应以 manifest.json 开头。</translation>
        </message>
        <message>
            <source>The first entry is "%1"; a bundle starts with manifest.json.</source>
            <translation>第一个条目是“%1”；同步包应以 manifest.json 开头。</translation>
        </message>
        <message>
            <source>The manifest is %1 bytes; at most %2 are accepted.</source>
            <translation>清单大小为 %1 字节，最多接受 %2 字节。</translation>
        </message>
        <message>
            <source>The entry "%1" appears twice in the archive.</source>
            <translation>条目“%1”在归档中出现了两次。</translation>
        </message>
        <message>
            <source>The entry "%1" is not listed in the manifest.</source>
            <translation>条目“%1”未列在清单中。</translation>
        </message>
        <message>
            <source>The entry "%1" is %2 bytes, but the manifest lists %3.</source>
            <translation>条目“%1”大小为 %2 字节，但清单记载为 %3 字节。</translation>
        </message>
        <message>
            <source>The content of "%1" does not match the SHA-256 in the manifest: the entry has been altered or damaged.</source>
            <translation>“%1”的内容与清单中的 SHA-256 不符：该条目已被改动或损坏。</translation>
        </message>
        <message>
            <source>The manifest lists "%1", but the archive does not contain it.</source>
            <translation>清单列有“%1”，但归档中没有该条目。</translation>
        </message>
        <message>
            <source>This device does not know records of type "%1".</source>
            <translation>本设备不识别类型为“%1”的记录。</translation>
        </message>
        <message>
            <source>The record "%1" appears twice.</source>
            <translation>记录“%1”出现了两次。</translation>
        </message>
        <message>
            <source>The bundle cannot be read: %1</source>
            <translation>无法读取同步包：%1</translation>
        </message>
        <message>
            <source>The evidence file cannot be created: %1</source>
            <translation>无法创建证据文件：%1</translation>
        </message>
        <message>
            <source>The bundle ended early while extracting "%1"; it changed since it was verified.</source>
            <translation>提取“%1”时同步包提前结束；同步包在校验后已被改动。</translation>
        </message>
        <message>
            <source>Writing the evidence file failed: %1</source>
            <translation>写入证据文件失败：%1</translation>
        </message>
        <message>
            <source>"%1" no longer matches its SHA-256: the bundle changed since it was verified. Nothing was extracted.</source>
            <translation>“%1”已与其 SHA-256 不符：同步包在校验后已被改动。未提取任何内容。</translation>
        </message>
        <message>
            <source>Saving the evidence file failed: %1</source>
            <translation>保存证据文件失败：%1</translation>
        </message>
    </context>
    <context>
        <name>BundleRecord</name>
        <message>
            <source>The record type "%1" is not valid: expected 1 to 32 of a-z, 0-9 and '-', starting with a letter.</source>
            <translation>记录类型“%1”无效：应为 1 至 32 个 a-z、0-9 或“-”字符，并以字母开头。</translation>
        </message>
        <message>
            <source>The record id must have 1 to 128 characters.</source>
            <translation>记录标识应为 1 至 128 个字符。</translation>
        </message>
        <message>
            <source>The record id contains a control character.</source>
            <translation>记录标识含有控制字符。</translation>
        </message>
        <message>
            <source>The record has an unknown member "%1"; expected type, id, data and optionally hlc and stamps.</source>
            <translation>记录含有未知成员“%1”；应只有 type、id、data，以及可选的 hlc 和 stamps。</translation>
        </message>
        <message>
            <source>The record needs "type" and "id" as strings.</source>
            <translation>记录需要字符串形式的“type”和“id”。</translation>
        </message>
        <message>
            <source>The record's "data" must be a JSON object.</source>
            <translation>记录的“data”必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>The record's "hlc" is not a hybrid logical clock stamp (13 digits, '-', 5 digits, '-', device id).</source>
            <translation>记录的“hlc”不是混合逻辑时钟时间戳（13 位数字、“-”、5 位数字、“-”、设备标识）。</translation>
        </message>
        <message>
            <source>The record's "stamps" must be a JSON object of field names and stamps.</source>
            <translation>记录的“stamps”必须是由字段名和时间戳组成的 JSON 对象。</translation>
        </message>
        <message>
            <source>The stamp of field "%1" is not a hybrid logical clock stamp.</source>
            <translation>字段“%1”的时间戳不是混合逻辑时钟时间戳。</translation>
        </message>
    </context>
    <context>
        <name>BundleWriter</name>
        <message>
            <source>Writing the bundle was cancelled; nothing was written.</source>
            <translation>写入同步包已取消；未写入任何内容。</translation>
        </message>
        <message>
            <source>The record %1 "%2" was added twice; a bundle carries each record once.</source>
            <translation>%1 记录“%2”被添加了两次；同步包中每条记录只能出现一次。</translation>
        </message>
        <message>
            <source>The records add up to more than %1 bytes, the most one bundle may carry; export them in several bundles.</source>
            <translation>记录总量超过单个同步包允许的 %1 字节；请分成多个同步包导出。</translation>
        </message>
        <message>
            <source>Only a full bundle carries evidence files; this one is "%1".</source>
            <translation>只有完整同步包才能携带证据文件；当前同步包类型为“%1”。</translation>
        </message>
        <message>
            <source>The evidence file does not exist or cannot be read.</source>
            <translation>证据文件不存在或无法读取。</translation>
        </message>
        <message>
            <source>The given SHA-256 is not 64 lowercase hex digits.</source>
            <translation>给出的 SHA-256 不是 64 位小写十六进制数字。</translation>
        </message>
        <message>
            <source>The evidence file is %1 bytes; a bundle entry holds at most %2.</source>
            <translation>证据文件大小为 %1 字节；同步包的一个条目最多容纳 %2 字节。</translation>
        </message>
        <message>
            <source>The evidence file cannot be read: %1</source>
            <translation>无法读取证据文件：%1</translation>
        </message>
        <message>
            <source>Reading the evidence file failed: %1</source>
            <translation>读取证据文件失败：%1</translation>
        </message>
        <message>
            <source>This bundle has already been written; a writer writes once.</source>
            <translation>该同步包已写出；每个写入器只能写出一次。</translation>
        </message>
        <message>
            <source>The bundle file cannot be created: %1</source>
            <translation>无法创建同步包文件：%1</translation>
        </message>
        <message>
            <source>Writing the bundle failed: %1</source>
            <translation>写入同步包失败：%1</translation>
        </message>
        <message>
            <source>The evidence file changed while the bundle was being written (its size or SHA-256 is no longer the one listed); nothing was written.</source>
            <translation>写入同步包期间证据文件发生了变化（其大小或 SHA-256 已与所列不符）；未写入任何内容。</translation>
        </message>
        <message>
            <source>Saving the bundle failed: %1</source>
            <translation>保存同步包失败：%1</translation>
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
        <name>EntryPath</name>
        <message>
            <source>An archive entry has an empty name.</source>
            <translation>归档条目的名称为空。</translation>
        </message>
        <message>
            <source>The entry name is longer than 255 bytes.</source>
            <translation>条目名称超过 255 字节。</translation>
        </message>
        <message>
            <source>The entry name contains a NUL byte.</source>
            <translation>条目名称含有 NUL 字节。</translation>
        </message>
        <message>
            <source>The entry name contains a backslash; only '/' separates directories in a bundle.</source>
            <translation>条目名称含有反斜杠；同步包中只用“/”分隔目录。</translation>
        </message>
        <message>
            <source>The entry name is an absolute path; a bundle holds only relative names.</source>
            <translation>条目名称是绝对路径；同步包只允许相对名称。</translation>
        </message>
        <message>
            <source>The entry name starts with a drive letter; a bundle holds only relative names.</source>
            <translation>条目名称以盘符开头；同步包只允许相对名称。</translation>
        </message>
        <message>
            <source>The entry name contains a control character.</source>
            <translation>条目名称含有控制字符。</translation>
        </message>
        <message>
            <source>The entry name has an empty component ("//" or a trailing "/").</source>
            <translation>条目名称含有空的路径成分（“//”或结尾的“/”）。</translation>
        </message>
        <message>
            <source>The entry name contains ".."; it would point outside the bundle.</source>
            <translation>条目名称含有“..”，会指向同步包之外。</translation>
        </message>
        <message>
            <source>The entry name contains a "." component.</source>
            <translation>条目名称含有“.”路径成分。</translation>
        </message>
        <message>
            <source>The entry name is not valid UTF-8.</source>
            <translation>条目名称不是有效的 UTF-8。</translation>
        </message>
        <message>
            <source>The entry is a hard link (to "%1"); a bundle holds only regular files.</source>
            <translation>该条目是硬链接（指向“%1”）；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry is a symbolic link (to "%1"); a bundle holds only regular files.</source>
            <translation>该条目是符号链接（指向“%1”）；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry is a device node; a bundle holds only regular files.</source>
            <translation>该条目是设备节点；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry is a directory; a bundle holds only regular files.</source>
            <translation>该条目是目录；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry is a FIFO; a bundle holds only regular files.</source>
            <translation>该条目是 FIFO 管道；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry is an extended header (long name or pax); bundles do not use them.</source>
            <translation>该条目是扩展头（长文件名或 pax）；同步包不使用扩展头。</translation>
        </message>
        <message>
            <source>The entry has the unsupported tar type '%1'; a bundle holds only regular files.</source>
            <translation>该条目的 tar 类型“%1”不受支持；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry's mode marks it as a link or special file; a bundle holds only regular files.</source>
            <translation>该条目的权限模式表明它是链接或特殊文件；同步包只能包含普通文件。</translation>
        </message>
        <message>
            <source>The entry is a regular file but names a link target; the bundle has been altered.</source>
            <translation>该条目是普通文件却带有链接目标；同步包已被改动。</translation>
        </message>
    </context>
    <context>
        <name>HybridLogicalClock</name>
        <message>
            <source>The time stamp %1 from device %2 is %3 minutes ahead of this computer's clock (at most %4 minutes are accepted). Check the date and time on both computers.</source>
            <translation>来自设备 %2 的时间戳 %1 比本机时钟快 %3 分钟（最多接受 %4 分钟）。请检查两台计算机的日期和时间。</translation>
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
        <name>ManifestSchema</name>
        <message>
            <source>Unknown member "%1"; a version-%2 manifest has only: %3.</source>
            <translation>未知成员“%1”；第 %2 版清单只有：%3。</translation>
        </message>
        <message>
            <source>Expected a text of 1 to 256 characters.</source>
            <translation>应为 1 至 256 个字符的文本。</translation>
        </message>
        <message>
            <source>Expected a UTC time such as 2026-03-01T08:00:00.000Z, found "%1".</source>
            <translation>应为 UTC 时间（例如 2026-03-01T08:00:00.000Z），实际为“%1”。</translation>
        </message>
        <message>
            <source>Expected an object with fromSeq/toSeq and/or fromHlc/toHlc.</source>
            <translation>应为含有 fromSeq/toSeq 和/或 fromHlc/toHlc 的对象。</translation>
        </message>
        <message>
            <source>A change range needs both ends: fromSeq with toSeq, fromHlc with toHlc.</source>
            <translation>变更范围需要两端：fromSeq 与 toSeq、fromHlc 与 toHlc 须成对出现。</translation>
        </message>
        <message>
            <source>fromSeq and toSeq must be whole numbers with fromSeq &lt;= toSeq.</source>
            <translation>fromSeq 和 toSeq 必须是整数，且 fromSeq &lt;= toSeq。</translation>
        </message>
        <message>
            <source>fromHlc and toHlc must be clock stamps with fromHlc &lt;= toHlc.</source>
            <translation>fromHlc 和 toHlc 必须是时钟时间戳，且 fromHlc &lt;= toHlc。</translation>
        </message>
        <message>
            <source>Expected an object describing one file.</source>
            <translation>应为描述一个文件的对象。</translation>
        </message>
        <message>
            <source>The path "%1" is neither records/&lt;type&gt;.jsonl.zst nor blobs/sha256/&lt;64 hex digits&gt;.</source>
            <translation>路径“%1”既不是 records/&lt;类型&gt;.jsonl.zst，也不是 blobs/sha256/&lt;64 位十六进制数字&gt;。</translation>
        </message>
        <message>
            <source>Expected "size" as a whole number and "sha256" as 64 lowercase hex digits.</source>
            <translation>“size”应为整数，“sha256”应为 64 位小写十六进制数字。</translation>
        </message>
        <message>
            <source>A blob's path must end with its own SHA-256.</source>
            <translation>证据数据条目的路径必须以其自身的 SHA-256 结尾。</translation>
        </message>
        <message>
            <source>The blob is %1 bytes; at most %2 are accepted.</source>
            <translation>证据数据大小为 %1 字节，最多接受 %2 字节。</translation>
        </message>
        <message>
            <source>A records file needs recordType (matching its path), count &gt;= 1, contentSize and contentSha256.</source>
            <translation>记录文件需要 recordType（与路径一致）、count &gt;= 1、contentSize 和 contentSha256。</translation>
        </message>
        <message>
            <source>Unknown bundle format version %1; this version of PSV Inspector reads version %2. Update PSV Inspector to read this bundle.</source>
            <translation>未知的同步包格式版本 %1；本版本 PSV Inspector 只能读取第 %2 版。请升级 PSV Inspector 后再读取该同步包。</translation>
        </message>
        <message>
            <source>The device id must be 1 to 32 letters, digits, '_' or '-'.</source>
            <translation>设备标识应为 1 至 32 个字母、数字、“_”或“-”。</translation>
        </message>
        <message>
            <source>The peer id must be 1 to 32 letters, digits, '_' or '-'.</source>
            <translation>对端设备标识应为 1 至 32 个字母、数字、“_”或“-”。</translation>
        </message>
        <message>
            <source>The exporting officer needs an id and a name.</source>
            <translation>导出民警需要有标识和姓名。</translation>
        </message>
        <message>
            <source>The creation time is missing.</source>
            <translation>缺少创建时间。</translation>
        </message>
        <message>
            <source>The kind must be "metadata" or "full", not "%1".</source>
            <translation>类型必须是“metadata”或“full”，而不是“%1”。</translation>
        </message>
        <message>
            <source>The bundle lists %1 files; at most %2 are accepted.</source>
            <translation>同步包列有 %1 个文件，最多接受 %2 个。</translation>
        </message>
        <message>
            <source>The file "%1" is listed twice.</source>
            <translation>文件“%1”被列了两次。</translation>
        </message>
        <message>
            <source>A metadata bundle must not carry evidence files, but "%1" is listed.</source>
            <translation>仅含数据的同步包不得携带证据文件，但列有“%1”。</translation>
        </message>
        <message>
            <source>The records file is %1 bytes (%2 inflated); at most %3 (%4 inflated) are accepted.</source>
            <translation>记录文件大小为 %1 字节（解压后 %2 字节）；最多接受 %3 字节（解压后 %4 字节）。</translation>
        </message>
        <message>
            <source>The records file would inflate %1 bytes to %2, a compression ratio above the limit of %3:1; it is refused as a decompression bomb.</source>
            <translation>记录文件会将 %1 字节解压为 %2 字节，压缩比超过 %3:1 的上限；作为解压炸弹予以拒绝。</translation>
        </message>
        <message>
            <source>The listed files add up to %1 bytes; at most %2 are accepted.</source>
            <translation>所列文件合计 %1 字节，最多接受 %2 字节。</translation>
        </message>
        <message>
            <source>The manifest is not valid JSON: %1 at byte %2.</source>
            <translation>清单不是有效的 JSON：第 %2 字节处%1。</translation>
        </message>
        <message>
            <source>The manifest must be a JSON object.</source>
            <translation>清单必须是 JSON 对象。</translation>
        </message>
        <message>
            <source>This is not a PSV Inspector bundle manifest ("format" is not "psv-bundle").</source>
            <translation>这不是 PSV Inspector 同步包清单（“format”不是“psv-bundle”）。</translation>
        </message>
        <message>
            <source>Expected "files" as an array.</source>
            <translation>“files”应为数组。</translation>
        </message>
        <message>
            <source>The bundle was created at %1, which is in the future for this computer (now %2, %3 minutes of clock difference are allowed). Check the date and time on both computers.</source>
            <translation>同步包的创建时间为 %1，对本机而言是未来时间（本机现在为 %2，允许 %3 分钟的时钟误差）。请检查两台计算机的日期和时间。</translation>
        </message>
        <message>
            <source>The manifest has been altered: it is not in the canonical form it is written in.</source>
            <translation>清单已被改动：它不是写出时的规范格式。</translation>
        </message>
        <message>
            <source>The manifest has been altered: its content does not match its bundle id.</source>
            <translation>清单已被改动：其内容与同步包标识不符。</translation>
        </message>
        <message>
            <source>The records files inflate to %1 bytes together; at most %2 are accepted.</source>
            <translation>各记录文件解压后合计 %1 字节，最多接受 %2 字节。</translation>
        </message>
    </context>
    <context>
        <name>RecordDecoder</name>
        <message>
            <source>The records file cannot be opened for decompression.</source>
            <translation>无法打开记录文件进行解压。</translation>
        </message>
        <message>
            <source>The records file is not a valid zstd stream: it cannot be decompressed.</source>
            <translation>记录文件不是有效的 zstd 数据流，无法解压。</translation>
        </message>
        <message>
            <source>The records file inflates to more than the %1 bytes its manifest entry declares; decompression was stopped and the bundle is refused as a decompression bomb.</source>
            <translation>记录文件解压后超过清单中声明的 %1 字节；已停止解压，并将该同步包作为解压炸弹予以拒绝。</translation>
        </message>
        <message>
            <source>The records file's zstd stream is cut short: it is truncated or damaged.</source>
            <translation>记录文件的 zstd 数据流不完整：已被截断或损坏。</translation>
        </message>
        <message>
            <source>The records file inflates to %1 bytes, but its manifest entry declares %2.</source>
            <translation>记录文件解压后为 %1 字节，但清单中声明为 %2 字节。</translation>
        </message>
        <message>
            <source>The inflated records do not match the SHA-256 listed in the manifest.</source>
            <translation>解压后的记录与清单所列的 SHA-256 不符。</translation>
        </message>
        <message>
            <source>The last record is not followed by a line break: the file is incomplete.</source>
            <translation>最后一条记录后没有换行符：文件不完整。</translation>
        </message>
        <message>
            <source>%1 line %2</source>
            <translation>%1 第 %2 行</translation>
        </message>
        <message>
            <source>The record is %1 bytes; at most %2 are accepted.</source>
            <translation>该记录大小为 %1 字节，最多接受 %2 字节。</translation>
        </message>
        <message>
            <source>The file holds more records than the %1 its manifest entry lists.</source>
            <translation>文件中的记录多于清单所列的 %1 条。</translation>
        </message>
        <message>
            <source>The record is not a valid JSON object: %1.</source>
            <translation>该记录不是有效的 JSON 对象：%1。</translation>
        </message>
        <message>
            <source>The record is not in canonical JSON form (altered, or a member appears twice).</source>
            <translation>该记录不是规范 JSON 格式（已被改动，或有成员重复出现）。</translation>
        </message>
        <message>
            <source>A record of type "%1" is in the file for type "%2".</source>
            <translation>类型为“%1”的记录出现在类型“%2”的文件中。</translation>
        </message>
        <message>
            <source>Reading the bundle was cancelled.</source>
            <translation>读取同步包已取消。</translation>
        </message>
        <message>
            <source>The file holds %1 records, but its manifest entry lists %2.</source>
            <translation>文件中有 %1 条记录，但清单中列为 %2 条。</translation>
        </message>
    </context>
    <context>
        <name>RecordEncoder</name>
        <message>
            <source>Compressing the %1 records failed: %2</source>
            <translation>压缩 %1 记录失败：%2</translation>
        </message>
    </context>
    <context>
        <name>SealedInspectionRule</name>
        <message>
            <source>New inspection; it is added.</source>
            <translation>新的检查，予以添加。</translation>
        </message>
        <message>
            <source>The same sealed inspection is already here; nothing changes.</source>
            <translation>本机已有同一份已封存的检查，不作任何更改。</translation>
        </message>
        <message>
            <source>The inspection was sealed on the other computer and not changed here; the sealed version replaces the draft.</source>
            <translation>该检查已在另一台计算机上封存，本机未作修改；以封存版本替换草稿。</translation>
        </message>
        <message>
            <source>Two different versions of a sealed inspection exist. Both are kept and flagged for a reviewer; a sealed inspection is never changed.</source>
            <translation>同一份已封存的检查存在两个不同版本。两者均予保留并标记待审核人处理；已封存的检查不得更改。</translation>
        </message>
        <message>
            <source>Neither version is sealed; the changes are merged field by field.</source>
            <translation>两个版本均未封存；按字段逐项合并变更。</translation>
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
        <name>TarHeader</name>
        <message>
            <source>This is not a tar header (no "ustar" magic): the file is not a bundle, or it is damaged here.</source>
            <translation>这不是 tar 头部（没有“ustar”标识）：该文件不是同步包，或在此处已损坏。</translation>
        </message>
        <message>
            <source>The tar header checksum does not match: the archive is damaged here.</source>
            <translation>tar 头部校验和不符：归档在此处已损坏。</translation>
        </message>
        <message>
            <source>An entry name in the tar header contains a NUL byte followed by more characters.</source>
            <translation>tar 头部中的条目名称含有 NUL 字节且其后还有字符。</translation>
        </message>
        <message>
            <source>The tar header's size or mode field is malformed.</source>
            <translation>tar 头部的大小或权限模式字段格式错误。</translation>
        </message>
    </context>
    <context>
        <name>TarReader</name>
        <message>
            <source>Reading the bundle failed: %1</source>
            <translation>读取同步包失败：%1</translation>
        </message>
        <message>
            <source>The bundle is truncated: it ends at byte %1, inside %2.</source>
            <translation>同步包已被截断：在第 %1 字节处结束，位于%2之内。</translation>
        </message>
        <message>
            <source>Unexpected data at byte %1 (%2 should hold only zeros): the bundle has been altered or damaged.</source>
            <translation>第 %1 字节处有意外数据（%2应全为零）：同步包已被改动或损坏。</translation>
        </message>
        <message>
            <source>the header at byte %1</source>
            <translation>第 %1 字节处的头部</translation>
        </message>
        <message>
            <source>The bundle is truncated: it ends at byte %1 without the end-of-archive marker.</source>
            <translation>同步包已被截断：在第 %1 字节处结束，缺少归档结束标记。</translation>
        </message>
        <message>
            <source>The bundle is truncated: its end-of-archive marker is incomplete.</source>
            <translation>同步包已被截断：归档结束标记不完整。</translation>
        </message>
        <message>
            <source>the end-of-archive marker</source>
            <translation>归档结束标记</translation>
        </message>
        <message>
            <source>The bundle is truncated: entry "%1" needs %2 bytes from byte %3, but the file ends at byte %4.</source>
            <translation>同步包已被截断：条目“%1”需要从第 %3 字节起的 %2 字节，但文件在第 %4 字节处结束。</translation>
        </message>
        <message>
            <source>the padding after "%1"</source>
            <translation>“%1”之后的填充</translation>
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
            <source>The bundle is valid: %1
</source>
            <translation>同步包有效：%1
</translation>
        </message>
        <message>
            <source>  bundle id:   %1
</source>
            <translation>  同步包标识：%1
</translation>
        </message>
        <message>
            <source>  format:      version %1, %2
</source>
            <translation>  格式：      第 %1 版，%2
</translation>
        </message>
        <message>
            <source>full (records and evidence)</source>
            <translation>完整（记录和证据）</translation>
        </message>
        <message>
            <source>metadata only</source>
            <translation>仅数据</translation>
        </message>
        <message>
            <source>  from device: %1%2
</source>
            <translation>  来源设备：  %1%2
</translation>
        </message>
        <message>
            <source>, for device %1</source>
            <translation>，发往设备 %1</translation>
        </message>
        <message>
            <source>  officer:     %1 (%2)
</source>
            <translation>  民警：      %1（%2）
</translation>
        </message>
        <message>
            <source>  created:     %1
</source>
            <translation>  创建时间：  %1
</translation>
        </message>
        <message>
            <source>  changes:     %1 to %2
</source>
            <translation>  变更序号：  %1 至 %2
</translation>
        </message>
        <message>
            <source>  clock range: %1 to %2
</source>
            <translation>  时钟范围：  %1 至 %2
</translation>
        </message>
        <message>
            <source>  records:     %1 (%2)
</source>
            <translation>  记录：      %1 条（%2）
</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>  evidence:    %1 files, %2
</source>
            <translation>  证据：      %1 个文件，%2
</translation>
        </message>
        <message>
            <source>  file size:   %1
</source>
            <translation>  文件大小：  %1
</translation>
        </message>
        <message>
            <source>usage: psvctl bundle verify FILE</source>
            <translation>用法：psvctl bundle verify 文件</translation>
        </message>
        <message>
            <source>The bundle is refused: %1</source>
            <translation>同步包被拒绝：%1</translation>
        </message>
        <message>
            <source>Check a sync bundle completely (structure, hashes, manifest, records) without applying it; exit 0 when valid, 1 with the reason when refused.</source>
            <translation>完整检查同步包（结构、哈希值、清单、记录）但不导入；有效时退出码为 0，被拒绝时退出码为 1 并说明原因。</translation>
        </message>
    </context>
</TS>
