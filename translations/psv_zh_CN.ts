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
        <name>AppSession</name>
        <message>
            <source>No officer is signed in.</source>
            <translation>当前没有民警登录。</translation>
        </message>
        <message>
            <source>Enter your police number to sign in.</source>
            <translation>请输入警号后登录。</translation>
        </message>
        <message>
            <source>The officer with police number %1 is deactivated and cannot sign in; ask the administrator to reactivate the account.</source>
            <translation>警号为 %1 的民警账户已停用，无法登录；请联系管理员重新启用。</translation>
        </message>
        <message>
            <source>The police number or the secret is not correct. Check both and try again; the secret is case-sensitive.</source>
            <translation>警号或密码不正确。请核对后重试；密码区分大小写。</translation>
        </message>
        <message>
            <source>The secret is not correct; enter the secret of %1 (%2), or sign out.</source>
            <translation>密码不正确；请输入 %1（%2）的密码，或退出登录。</translation>
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
        <name>BundleExporter</name>
        <message>
            <source>There is no inspection numbered %1.</source>
            <translation>没有编号为 %1 的检查。</translation>
        </message>
        <message>
            <source>The peer id must be 1 to 32 letters, digits, '_' or '-'.</source>
            <translation>对端设备标识应为 1 至 32 个字母、数字、“_”或“-”。</translation>
        </message>
        <message>
            <source>A bundle cannot be exported for this device itself (%1).</source>
            <translation>不能为本设备自身（%1）导出同步包。</translation>
        </message>
        <message>
            <source>The evidence file %1 is not in this computer's evidence store, so a bundle with media cannot be made; export metadata only, or import the evidence again.</source>
            <translation>证据文件 %1 不在本机证据库中，无法制作含媒体的同步包；请仅导出元数据，或重新导入该证据。</translation>
        </message>
    </context>
    <context>
        <name>BundleImporter</name>
        <message>
            <source>This bundle was exported by this computer (device %1); it is imported on another one.</source>
            <translation>此同步包由本机（设备 %1）导出，应在其他计算机上导入。</translation>
        </message>
        <message>
            <source>The bundle carries changes stamped %1, more than a day ahead of this computer's clock. Check the date and time on both computers.</source>
            <translation>同步包中的变更时间戳为 %1，比本机时钟超前一天以上。请检查两台计算机的日期和时间。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>导入已取消，未作任何更改。</translation>
        </message>
        <message>
            <source>The %1 record %2 does not fit this store: one of its values breaks a rule of the store (%3). Nothing was applied.</source>
            <translation>%1 记录 %2 与本机数据库不符：其中某个值违反了数据库的规则（%3）。未导入任何内容。</translation>
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
        <name>BundleRecordRules</name>
        <message>
            <source>The record's id does not match the id in its data.</source>
            <translation>记录编号与其数据中的编号不一致。</translation>
        </message>
        <message>
            <source>The record has a stamp for "%1", which is not one of its fields.</source>
            <translation>记录带有“%1”的时间戳，但该项不是其字段。</translation>
        </message>
        <message>
            <source>The inspection is "%1" but has no seal hash; a sealed inspection carries its seal.</source>
            <translation>该检查状态为“%1”，但没有封存哈希；已封存的检查必须带有封存值。</translation>
        </message>
        <message>
            <source>The inspection is "%1" but carries a seal hash; only a sealed inspection has one.</source>
            <translation>该检查状态为“%1”，却带有封存哈希；只有已封存的检查才有封存值。</translation>
        </message>
        <message>
            <source>The inspection's status "%1" is unknown; expected one of %2.</source>
            <translation>检查状态“%1”无法识别；应为以下之一：%2。</translation>
        </message>
        <message>
            <source>The site's %1 %2 is outside -%3…%3 degrees.</source>
            <translation>场所的 %1 值 %2 超出 -%3…%3 度的范围。</translation>
        </message>
        <message>
            <source>An inspection record must have exactly the members %1.</source>
            <translation>检查记录必须恰好包含以下成员：%1。</translation>
        </message>
        <message>
            <source>A row of "%1" belongs to another inspection.</source>
            <translation>“%1”中的一行属于另一次检查。</translation>
        </message>
        <message>
            <source>The seal hash must be 64 lowercase hex digits.</source>
            <translation>封存哈希必须为 64 位小写十六进制数字。</translation>
        </message>
        <message>
            <source>A review decision must be "approved" or "returned".</source>
            <translation>审核决定必须为“approved”（通过）或“returned”（退回）。</translation>
        </message>
        <message>
            <source>An acknowledgement record must have only "acks", an array.</source>
            <translation>确认记录只能包含数组“acks”。</translation>
        </message>
        <message>
            <source>Each acknowledgement needs a device id and a sequence number.</source>
            <translation>每条确认都需要设备编号和序号。</translation>
        </message>
        <message>
            <source>The bundle carries the file %1, which none of its records names; a bundle carries only the evidence of its inspections.</source>
            <translation>同步包含有文件 %1，但包内没有任何记录引用它；同步包只能携带其检查的证据。</translation>
        </message>
        <message>
            <source>The full bundle lacks the evidence file %1 that inspection %2 names; a full bundle carries every file its records name.</source>
            <translation>完整同步包缺少检查 %2 所引用的证据文件 %1；完整同步包必须携带其记录引用的全部文件。</translation>
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
        <name>CalendarFile</name>
        <message>
            <source>The file is empty; expected a header (year: YYYY, notice: TITLE) and one line per listed day.</source>
            <translation>文件为空；应包含文件头（year: YYYY、notice: 通知标题）并逐行列出日期。</translation>
        </message>
        <message>
            <source>The file is not valid UTF-8 text; expected a UTF-8 text file.</source>
            <translation>文件不是有效的 UTF-8 文本；应为 UTF-8 编码的文本文件。</translation>
        </message>
        <message>
            <source>There is no 'year:' line; expected the year of the notice, e.g. 'year: 2027'.</source>
            <translation>缺少“year:”行；应写明通知所属年份，例如“year: 2027”。</translation>
        </message>
        <message>
            <source>There is no 'notice:' line; expected the title of the State Council notice, e.g. 'notice: 国务院办公厅关于2027年部分节假日安排的通知'.</source>
            <translation>缺少“notice:”行；应写明国务院办公厅通知的标题，例如“notice: 国务院办公厅关于2027年部分节假日安排的通知”。</translation>
        </message>
        <message>
            <source>No days are listed; expected one line per listed day: %1.</source>
            <translation>未列出任何日期；应每行列出一天：%1。</translation>
        </message>
        <message>
            <source>'%1' is neither a listed day nor a header field; expected '%2', 'year: YYYY', 'notice: TITLE', 'source: URL' or a comment starting with #.</source>
            <translation>“%1”既不是日期行也不是文件头字段；应为“%2”、“year: YYYY”、“notice: 通知标题”、“source: 网址”或以 # 开头的注释。</translation>
        </message>
        <message>
            <source>Unknown header field '%1'; expected 'year:', 'notice:' or 'source:'.</source>
            <translation>未知的文件头字段“%1”；应为“year:”、“notice:”或“source:”。</translation>
        </message>
        <message>
            <source>'%1:' is given again (first on line %2); expected it once.</source>
            <translation>“%1:”重复出现（首次在第 %2 行）；只应出现一次。</translation>
        </message>
        <message>
            <source>'%1' is not a year; expected four digits between 1900 and 2199, e.g. 'year: 2027'.</source>
            <translation>“%1”不是年份；应为 1900 至 2199 之间的四位数字，例如“year: 2027”。</translation>
        </message>
        <message>
            <source>The notice title is empty; expected the title of the State Council notice.</source>
            <translation>通知标题为空；应写明国务院办公厅通知的标题。</translation>
        </message>
        <message>
            <source>'%1' is not a valid date; expected YYYY-MM-DD, e.g. 2027-10-01.</source>
            <translation>“%1”不是有效日期；应为 YYYY-MM-DD 格式，例如 2027-10-01。</translation>
        </message>
        <message>
            <source>The kind of day is missing; expected 'off' (放假) or 'work' (调休上班) after the date: %1.</source>
            <translation>缺少日期类型；日期后应为“off”（放假）或“work”（调休上班）：%1。</translation>
        </message>
        <message>
            <source>'%1' is not a kind of day; expected 'off' (放假) or 'work' (调休上班).</source>
            <translation>“%1”不是日期类型；应为“off”（放假）或“work”（调休上班）。</translation>
        </message>
        <message>
            <source>'%1' is not a weekday; expected 周一 … 周日.</source>
            <translation>“%1”不是星期；应为周一至周日。</translation>
        </message>
        <message>
            <source>%1 is a %2, not %3; expected the weekday of the date (%4).</source>
            <translation>%1 是%2，不是%3；应填写该日期对应的星期（%4）。</translation>
        </message>
        <message>
            <source>The name of the holiday is missing; expected %1, e.g. '2027-10-01 off 国庆节'.</source>
            <translation>缺少节日名称；应为 %1，例如“2027-10-01 off 国庆节”。</translation>
        </message>
        <message>
            <source>%1 is not in the declared year %2; expected dates of %2 only.</source>
            <translation>%1 不在声明的年份 %2 内；只应列出 %2 年的日期。</translation>
        </message>
        <message>
            <source>%1 is a %2; a make-up working day ('work', 调休上班) must fall on a Saturday or Sunday.</source>
            <translation>%1 是%2；调休上班日（“work”）必须是星期六或星期日。</translation>
        </message>
        <message>
            <source>%1 is listed as '%2' here and as '%3' on line %4; a day cannot be both a day off and a working day.</source>
            <translation>%1 在此处列为“%2”，在第 %4 行列为“%3”；同一天不能既放假又上班。</translation>
        </message>
        <message>
            <source>%1 is listed again (first on line %2); expected each date once.</source>
            <translation>%1 重复列出（首次在第 %2 行）；每个日期只应列出一次。</translation>
        </message>
    </context>
    <context>
        <name>CalendarImporter</name>
        <message>
            <source>The calendar was not imported; %1 problem(s) to correct, nothing was written:</source>
            <translation>未导入日历；有 %1 处问题需要更正，未写入任何内容：</translation>
        </message>
        <message>
            <source>The file does not exist; expected the path of a calendar file.</source>
            <translation>文件不存在；应为日历文件的路径。</translation>
        </message>
        <message>
            <source>This is not a regular file; expected a calendar text file.</source>
            <translation>这不是普通文件；应为日历文本文件。</translation>
        </message>
        <message>
            <source>The file is %1 bytes long; a calendar file is expected to be at most %2 bytes.</source>
            <translation>文件大小为 %1 字节；日历文件不应超过 %2 字节。</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>A calendar for %1 is already built in; importing another one for %1 must be asked for as a replacement.</source>
            <translation>%1 年的日历已内置；再次导入 %1 年的日历须明确要求替换。</translation>
        </message>
        <message>
            <source>A calendar for %1 has already been imported (%2); importing it again must be asked for as a replacement.</source>
            <translation>%1 年的日历已导入（%2）；再次导入须明确要求替换。</translation>
        </message>
        <message>
            <source>The calendars directory cannot be created; check that the data directory is writable.</source>
            <translation>无法创建日历目录；请检查数据目录是否可写。</translation>
        </message>
    </context>
    <context>
        <name>CaptureDialog</name>
        <message>
            <source>Capture evidence</source>
            <translation>拍摄取证</translation>
        </message>
        <message>
            <source>Take &amp;photo</source>
            <translation>拍照(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Record video</source>
            <translation>录像(&amp;R)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
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
        <name>ChecklistLimits</name>
        <message>
            <source>the file does not exist; expected a checklist JSON file</source>
            <translation>文件不存在；应为检查清单 JSON 文件</translation>
        </message>
        <message>
            <source>this is not a regular file (a folder, device or pipe); expected a checklist JSON file</source>
            <translation>这不是普通文件（而是文件夹、设备或管道）；应为检查清单 JSON 文件</translation>
        </message>
        <message>
            <source>the file is %1 bytes; a checklist pack may have at most %2 bytes</source>
            <translation>文件大小为 %1 字节；检查清单包最多 %2 字节</translation>
        </message>
        <message>
            <source>the file cannot be read: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>the pack is larger than %1 bytes, the most a checklist pack may have</source>
            <translation>清单包超过 %1 字节，即检查清单包允许的上限</translation>
        </message>
        <message>
            <source>the pack has %1 items; at most %2 are allowed</source>
            <translation>清单包有 %1 个检查项；最多允许 %2 个</translation>
        </message>
        <message>
            <source>the pack is nested more than %1 levels deep; real packs need about 8</source>
            <translation>清单包嵌套超过 %1 层；实际清单包约需 8 层</translation>
        </message>
        <message>
            <source>the pack has more than %1 JSON values; a checklist pack may have at most that many</source>
            <translation>清单包的 JSON 值超过 %1 个；检查清单包最多允许这么多</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRegistry</name>
        <message>
            <source>version %1 of checklist "%2" is already provided by %3 with different content; expected a higher version for changed content</source>
            <translation>检查清单“%2”的第%1版已由%3提供，且内容不同；内容变更后应使用更高的版本号</translation>
        </message>
        <message>
            <source>The checklist is refused: %1 problem(s).</source>
            <translation>检查清单未被采用：发现 %1 个问题。</translation>
        </message>
        <message>
            <source>Checklist "%1" version %2 is not available on this device; install the pack that provides it to show this record with its original text.</source>
            <translation>本设备上没有检查清单“%1”第%2版；请安装提供该版本的清单包，以便按原文显示此记录。</translation>
        </message>
        <message>
            <source>Checklist "%1" version %2 on this device differs from the one recorded (recorded SHA-256 %3, found %4); the record cannot be shown with its original text.</source>
            <translation>本设备上的检查清单“%1”第%2版与记录所用的不一致（记录的 SHA-256 为 %3，实际为 %4）；无法按原文显示此记录。</translation>
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
        <name>CompletionDialog</name>
        <message>
            <source>Completion and sealing</source>
            <translation>完成检查与封存</translation>
        </message>
        <message>
            <source>&amp;Missing pieces:</source>
            <translation>缺少的内容(&amp;M)：</translation>
        </message>
        <message>
            <source>Seal &amp;anyway, for the written reason below</source>
            <translation>仍然封存，理由如下(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Seal…</source>
            <translation>封存(&amp;S)…</translation>
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
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Drafts in progress</source>
            <translation>进行中的草稿</translation>
        </message>
        <message>
            <source>Re-inspections due</source>
            <translation>待复查</translation>
        </message>
        <message>
            <source>Re-inspections overdue</source>
            <translation>逾期未复查</translation>
        </message>
        <message>
            <source>Awaiting sync</source>
            <translation>待同步</translation>
        </message>
        <message>
            <source>&amp;Drafts in progress</source>
            <translation>进行中的草稿(&amp;D)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>检查类别</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最后修改</translation>
        </message>
        <message>
            <source>&amp;Re-inspections due and overdue</source>
            <translation>到期及逾期复查(&amp;R)</translation>
        </message>
        <message>
            <source>Re-inspections due and overdue</source>
            <translation>到期及逾期复查</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>复查日期</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Sealed, &amp;awaiting sync</source>
            <translation>已封存、待同步(&amp;A)</translation>
        </message>
        <message>
            <source>Inspections awaiting sync</source>
            <translation>待同步的检查</translation>
        </message>
        <message>
            <source>Sealed</source>
            <translation>已封存</translation>
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
        <name>DeadlineBasis</name>
        <message>
            <source>%1–%2</source>
            <translation>%1至%2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>《公共安全视频图像信息系统监督管理工作规定》 Art. 15</source>
            <translation>《公共安全视频图像信息系统监督管理工作规定》第十五条</translation>
        </message>
        <message>
            <source>《公安机关办理行政案件程序规定》 Art. 35; 《民法典》 Art. 201</source>
            <translation>《公安机关办理行政案件程序规定》第三十五条、《民法典》第二百零一条</translation>
        </message>
        <message>
            <source>《公安机关办理行政案件程序规定》 Art. 35; 《民法典》 Art. 203</source>
            <translation>《公安机关办理行政案件程序规定》第三十五条、《民法典》第二百零三条</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 (%2) not counted</source>
            <translation>%1（%2）不计</translation>
        </message>
        <message>
            <source>%1 days %2–%3</source>
            <translation>%1 第%2至%3日</translation>
        </message>
        <message>
            <source>%1 day %2</source>
            <translation>%1 第%2日</translation>
        </message>
        <message>
            <source>%1 (%2) day %3</source>
            <translation>%1（%2）第%3日</translation>
        </message>
        <message>
            <source>责令改正 (order to correct) made on %1.</source>
            <translation>%1作出责令改正。</translation>
        </message>
        <message>
            <source>Re-inspection within %1 working days from the day the order is made (%2); that day itself is not counted (%3).</source>
            <translation>应当在责令改正作出之日起%1个工作日内复查（%2）；作出之日不计入（%3）。</translation>
        </message>
        <message>
            <source>责令限期改正 (order to correct within a period) made on %1, period: %2.</source>
            <translation>%1作出责令限期改正，改正期限：%2。</translation>
        </message>
        <message>
            <source>The period ends on the date set in the order: %1.</source>
            <translation>期限至决定所定日期届满：%1。</translation>
        </message>
        <message>
            <source>The period is counted from the day after the order, the day of the order not counted (%1): %2 + %3 days = %4.</source>
            <translation>期限自作出之日的次日起计算，作出之日不计入（%1）：%2 加 %3 日为 %4。</translation>
        </message>
        <message>
            <source>The period is counted in working days from the day after the order, the day of the order not counted (%1): %2.</source>
            <translation>期限按工作日自作出之日的次日起计算，作出之日不计入（%1）：%2。</translation>
        </message>
        <message>
            <source>%1 is not a working day, so the period ends on the first working day after it (%2): %3; the period expires on %4.</source>
            <translation>%1 不是工作日，期限以其后的第一个工作日为期满日（%2）：%3；期限于%4届满。</translation>
        </message>
        <message>
            <source>The period expires on %1, a working day.</source>
            <translation>期限于%1届满，该日为工作日。</translation>
        </message>
        <message>
            <source>Re-inspection within %1 working days from the day the period expires (%2); that day itself is not counted (%3).</source>
            <translation>应当在责令限期改正期满之日起%1个工作日内复查（%2）；期满之日不计入（%3）。</translation>
        </message>
        <message>
            <source>Working days counted: %1.</source>
            <translation>计算的工作日：%1。</translation>
        </message>
        <message>
            <source>Make-up working days (调休上班) count as working days, as in the official calendar.</source>
            <translation>调休上班日按官方日历计为工作日。</translation>
        </message>
        <message>
            <source>This department counts make-up working days (调休上班) as days off (setting calendar/makeUpDaysAreWorkdays); the official calendar counts them as working days.</source>
            <translation>本单位将调休上班日计为休息日（设置项 calendar/makeUpDaysAreWorkdays）；官方日历将其计为工作日。</translation>
        </message>
        <message>
            <source>Official calendar: %1.</source>
            <translation>依据的官方日历：%1。</translation>
        </message>
        <message>
            <source>Re-inspection due: %1 (provisional).</source>
            <translation>复查期限：%1（暂定）。</translation>
        </message>
        <message>
            <source>Re-inspection due: %1.</source>
            <translation>复查期限：%1。</translation>
        </message>
        <message>
            <source>The notice for %1 is not installed yet; such a notice may also change days at the end of December %2, so check this date once it is published.</source>
            <translation>尚未安装 %1 年的节假日通知；该通知也可能调整 %2 年 12 月底的日期，通知发布后请核对此日期。</translation>
        </message>
    </context>
    <context>
        <name>DeadlineCalculator</name>
        <message>
            <source>No working day was found within %1 days after %2; expected the installed calendars to leave working days.</source>
            <translation>%2 之后 %1 日内没有工作日；已安装的日历应留有工作日。</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>至 %1</translation>
        </message>
        <message>
            <source>within %1 days</source>
            <translation>%1日内</translation>
        </message>
        <message>
            <source>within %1 working days</source>
            <translation>%1个工作日内</translation>
        </message>
        <message>
            <source>The order date is missing or not a valid date; expected YYYY-MM-DD.</source>
            <translation>决定日期缺失或无效；应为 YYYY-MM-DD 格式。</translation>
        </message>
        <message>
            <source>A 责令限期改正 order needs its correction period; expected a date, a number of days or a number of working days.</source>
            <translation>责令限期改正须有改正期限；应为一个日期、天数或工作日数。</translation>
        </message>
        <message>
            <source>The end of the correction period (%1) is not after the order date %2; expected a later date.</source>
            <translation>改正期限的截止日期（%1）不晚于决定日期 %2；应为更晚的日期。</translation>
        </message>
        <message>
            <source>invalid date</source>
            <translation>无效日期</translation>
        </message>
        <message>
            <source>The end of the correction period (%1) is more than %2 days after the order date; expected at most %2 days.</source>
            <translation>改正期限的截止日期（%1）距决定日期超过 %2 日；最多应为 %2 日。</translation>
        </message>
        <message>
            <source>A correction period of %1 days is outside the range 1–%2; expected a number of days in that range.</source>
            <translation>改正期限 %1 日超出 1 至 %2 的范围；应在此范围内。</translation>
        </message>
        <message>
            <source>A 责令改正 order has no correction period; expected no period, or the order kind 'correction-deadline' (责令限期改正).</source>
            <translation>责令改正没有改正期限；不应指定期限，或应使用“correction-deadline”（责令限期改正）。</translation>
        </message>
        <message>
            <source>'%1' is not an order kind with a re-inspection date; expected 'correction' (责令改正) or 'correction-deadline' (责令限期改正), the orders 规定 Art. 15 sets a re-inspection for.</source>
            <translation>“%1”不是有复查期限的决定类型；应为“correction”（责令改正）或“correction-deadline”（责令限期改正），即《规定》第十五条规定应当复查的情形。</translation>
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
            <source>Open PAGE first: dashboard, inspections, sites, reinspections, evidence or sync.</source>
            <translation>首先打开页面 PAGE：dashboard、inspections、sites、reinspections、evidence 或 sync。</translation>
        </message>
        <message>
            <source>Save a PNG of the main window once it is shown (without --sign-in: of the sign-in or first-run dialog), then exit.</source>
            <translation>主窗口显示后将其保存为 PNG 图片并退出（未指定 --sign-in 时保存登录或首次运行对话框）。</translation>
        </message>
        <message>
            <source>Sign in as the officer with police number NO without the sign-in dialog; the secret is read from the environment variable PSV_SECRET (for automation and screenshots).</source>
            <translation>不显示登录对话框，直接以警号 NO 的民警身份登录；密码从环境变量 PSV_SECRET 读取（用于自动化和截图）。</translation>
        </message>
        <message>
            <source>Open the inspection with NUMBER (or id) in the walkthrough (needs a signed-in officer).</source>
            <translation>在逐项检查中打开编号为 NUMBER（或 ID）的检查（需有已登录的民警）。</translation>
        </message>
        <message>
            <source>With --inspection: show checklist item KEY, e.g. 2.</source>
            <translation>与 --inspection 一起使用：显示检查项目 KEY，例如 2。</translation>
        </message>
        <message>
            <source>Open DIALOG over the window: wizard, unit, site, help, or (with --inspection) outcome or completion. With --screenshot the picture is of the dialog.</source>
            <translation>在窗口上打开对话框 DIALOG：wizard、unit、site、help，或（与 --inspection 一起使用）outcome、completion。与 --screenshot 一起使用时截取该对话框。</translation>
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
        <name>EvidenceImportDialog</name>
        <message>
            <source>Import evidence</source>
            <translation>导入证据</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>文件夹(&amp;F)：</translation>
        </message>
        <message>
            <source>A body camera's storage or any folder with recordings</source>
            <translation>执法记录仪存储或任何存有录像的文件夹</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>扫描(&amp;S)</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Capture time</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <source>Time from</source>
            <translation>时间来源</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>Select the inspection's &amp;time</source>
            <translation>选择检查时段(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Import selected</source>
            <translation>导入所选(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
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
        <name>EvidenceLinkDialog</name>
        <message>
            <source>Link evidence to an item</source>
            <translation>将证据关联到检查项目</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录像</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Only the &amp;range from</source>
            <translation>仅关联片段(&amp;R)，从</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Import more…</source>
            <translation>继续导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>关联(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>EvidencePage</name>
        <message>
            <source>I&amp;nspection:</source>
            <translation>检查(&amp;N)：</translation>
        </message>
        <message>
            <source>S&amp;ite:</source>
            <translation>场所(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Captured from</source>
            <translation>拍摄日期从(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录像</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>设备编号</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>民警</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>I&amp;mport…</source>
            <translation>导入(&amp;M)…</translation>
        </message>
        <message>
            <source>Ca&amp;pture…</source>
            <translation>拍摄(&amp;P)…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceRepository</name>
        <message>
            <source>No evidence with the id '%1' is recorded.</source>
            <translation>没有编号为“%1”的证据记录。</translation>
        </message>
        <message>
            <source>The evidence '%1' belongs to another inspection; link only evidence of this inspection.</source>
            <translation>证据“%1”属于另一次检查；只能关联本次检查的证据。</translation>
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
        <message>
            <source>"%1" is not a SHA-256 in hex; the file cannot be stored under it.</source>
            <translation>“%1”不是十六进制的 SHA-256，无法以此名称存入文件。</translation>
        </message>
        <message>
            <source>The evidence store's folder cannot be created.</source>
            <translation>无法创建证据库的文件夹。</translation>
        </message>
        <message>
            <source>The file cannot be moved into the evidence store: %1.</source>
            <translation>无法将文件移入证据库：%1。</translation>
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
        <name>FirstRunDialog</name>
        <message>
            <source>First run — PSV Inspector</source>
            <translation>首次运行 — PSV Inspector</translation>
        </message>
        <message>
            <source>Welcome. Record the administrator of this device first.</source>
            <translation>欢迎使用。请先登记本设备的管理员。</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Police number:</source>
            <translation>警号(&amp;P)：</translation>
        </message>
        <message>
            <source>Police &amp;unit:</source>
            <translation>所属单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>密码(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Repeat secret:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>Also load the &amp;sample data (示例 units, video systems and officers, clearly marked as samples) to try a whole inspection</source>
            <translation>同时载入示例数据(&amp;S)（示例单位、视频系统和民警，均明确标注为“示例”），用于完整试用一次检查</translation>
        </message>
        <message>
            <source>No officer on this device can sign in yet. The administrator signs in with the police number and secret entered here and can then record the other officers.</source>
            <translation>本设备尚无可登录的民警。管理员使用此处填写的警号和密码登录，之后可登记其他民警。</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Keyboard and help</source>
            <translation>键盘操作与帮助</translation>
        </message>
        <message>
            <source>Keyboard shortcuts and tab order</source>
            <translation>快捷键与 Tab 顺序</translation>
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
        <name>IcsWriter</name>
        <message>
            <source>Re-inspections</source>
            <translation>复查日程</translation>
        </message>
        <message>
            <source>The event has no UID; expected a stable unique id.</source>
            <translation>日程事件缺少 UID；应为稳定且唯一的标识。</translation>
        </message>
        <message>
            <source>The UID '%1' is used by more than one event; expected each event to have its own.</source>
            <translation>UID“%1”被多个日程事件使用；每个事件应有自己的 UID。</translation>
        </message>
        <message>
            <source>The event has no summary; expected a title.</source>
            <translation>日程事件缺少摘要；应有标题。</translation>
        </message>
        <message>
            <source>The event has no valid date; expected the re-inspection date.</source>
            <translation>日程事件没有有效日期；应为复查日期。</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>Bundle %1 from device %2 was already applied; nothing changed.</source>
            <translation>来自设备 %2 的同步包 %1 已导入过，未作任何更改。</translation>
        </message>
        <message>
            <source>Bundle %1 from device %2 (%3) applied.</source>
            <translation>来自设备 %2（%3）的同步包 %1 已导入。</translation>
        </message>
        <message>
            <source>Records: %1 (%2 new, %3 updated, %4 unchanged).</source>
            <translation>记录：%1 条（新增 %2，更新 %3，未变 %4）。</translation>
        </message>
        <message>
            <source>Review decisions applied: %1. Evidence files added: %2.</source>
            <translation>已应用审核决定：%1 条。新增证据文件：%2 个。</translation>
        </message>
        <message>
            <source>Conflicts to settle: %1.</source>
            <translation>待处理冲突：%1 个。</translation>
        </message>
        <message numerus="yes">
            <source>Bundle %1 from device %2 was already applied; %n evidence file(s) missing from the store were put back.</source>
            <translation>
                <numerusform>来自设备 %2 的同步包 %1 此前已导入；已补回证据库中缺失的 %n 个证据文件。</numerusform>
            </translation>
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
                <numerusform>检查至少需要两名检查民警；当前为 %n 名。</numerusform>
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
        <name>InspectionActions</name>
        <message>
            <source>A correction states its reason: say why the sealed record is corrected.</source>
            <translation>更正须说明理由：请写明更正已封存记录的原因。</translation>
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
        <name>InspectionSealer</name>
        <message>
            <source>Sealed although the completion check found: %1 Reason: %2</source>
            <translation>完整性检查发现以下问题，仍予封存：%1 理由：%2</translation>
        </message>
        <message>
            <source>Inspection %1 is not complete: %2 Complete it, or give a written reason to seal it anyway.</source>
            <translation>检查 %1 尚不完整：%2 请补全，或书面说明理由后仍予封存。</translation>
        </message>
    </context>
    <context>
        <name>InspectionsPage</name>
        <message>
            <source>Sho&amp;w:</source>
            <translation>显示(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;New inspection…</source>
            <translation>新建检查(&amp;N)…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Video system</source>
            <translation>视频系统</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>检查方式</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>检查起因</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>检查民警</translation>
        </message>
        <message>
            <source>Enter opens the selected inspection; Ctrl+N starts a new one; F1 lists every key.</source>
            <translation>回车打开所选检查；Ctrl+N 新建检查；F1 列出全部快捷键。</translation>
        </message>
    </context>
    <context>
        <name>ItemGuidanceHtml</name>
        <message>
            <source>Focus item: %1</source>
            <translation>重点检查项目：%1</translation>
        </message>
        <message>
            <source>Not mandatory at this place: %1</source>
            <translation>本场所非强制项目：%1</translation>
        </message>
        <message>
            <source>Legal text</source>
            <translation>法律条文</translation>
        </message>
        <message>
            <source>Look at</source>
            <translation>查看</translation>
        </message>
        <message>
            <source>Ask for</source>
            <translation>询问、调阅</translation>
        </message>
        <message>
            <source>Film with the body camera</source>
            <translation>执法记录仪拍摄</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Enforces: %1</source>
            <translation>执行的规定：%1</translation>
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
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>The field is missing; it is required.</source>
            <translation>缺少该字段；此项必填。</translation>
        </message>
        <message>
            <source>The field has the wrong type; expected %1.</source>
            <translation>该字段类型错误；应为%1。</translation>
        </message>
        <message>
            <source>The field is empty; it is required.</source>
            <translation>该字段为空；此项必填。</translation>
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
            <source>an array</source>
            <translation>数组</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Locked — PSV Inspector</source>
            <translation>已锁定 — PSV Inspector</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>密码(&amp;S)：</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
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
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Records</source>
            <translation>笔录(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import holiday notice…</source>
            <translation>导入放假安排通知(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Print inspection record…</source>
            <translation>打印检查笔录(&amp;P)…</translation>
        </message>
        <message>
            <source>Print &amp;notice…</source>
            <translation>打印通知书(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Verify paper record…</source>
            <translation>核验纸质笔录(&amp;V)…</translation>
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
            <source>The records files inflate to %1 bytes together; at most %2 are accepted.</source>
            <translation>各记录文件解压后合计 %1 字节，最多接受 %2 字节。</translation>
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
            <source>The manifest has been altered: it is not in the canonical form it is written in.</source>
            <translation>清单已被改动：它不是写出时的规范格式。</translation>
        </message>
        <message>
            <source>The manifest has been altered: its content does not match its bundle id.</source>
            <translation>清单已被改动：其内容与同步包标识不符。</translation>
        </message>
        <message>
            <source>The bundle was created at %1, which is in the future for this computer (now %2, %3 hours of clock difference are allowed). Check the date and time on both computers.</source>
            <translation>同步包的创建时间为 %1，对本机而言是未来时间（本机现在为 %2，允许 %3 小时的时钟误差）。请检查两台计算机的日期和时间。</translation>
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
            <source>the content is not in a known audio or video format</source>
            <translation>内容不是可识别的音频或视频格式</translation>
        </message>
        <message>
            <source>unknown reason</source>
            <translation>原因不明</translation>
        </message>
    </context>
    <context>
        <name>NewInspectionWizard</name>
        <message>
            <source>New inspection</source>
            <translation>新建检查</translation>
        </message>
        <message>
            <source>Video system to inspect</source>
            <translation>被检查的视频系统</translation>
        </message>
        <message>
            <source>Type part of the system's, its unit's name or address; choose with the arrow keys.</source>
            <translation>输入系统名称、单位名称或地址的一部分；用方向键选择。</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S):</translation>
        </message>
        <message>
            <source>Video systems</source>
            <translation>视频系统</translation>
        </message>
        <message>
            <source>Kind of inspection and checklist</source>
            <translation>检查方式与检查清单</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>检查方式(&amp;K):</translation>
        </message>
        <message>
            <source>Checklist:</source>
            <translation>检查清单:</translation>
        </message>
        <message>
            <source>Inspectors, recorder, representative and witness</source>
            <translation>检查民警、记录人、被检查单位代表和见证人</translation>
        </message>
        <message>
            <source>Tick two or more inspecting officers with the space bar; the first ticked leads.</source>
            <translation>用空格键勾选两名以上检查民警；第一名为主办民警。</translation>
        </message>
        <message>
            <source>&amp;Inspectors:</source>
            <translation>检查民警(&amp;I):</translation>
        </message>
        <message>
            <source>Inspecting officers</source>
            <translation>检查民警</translation>
        </message>
        <message>
            <source>&amp;Recorder:</source>
            <translation>记录人(&amp;R):</translation>
        </message>
        <message>
            <source>Re&amp;presentative:</source>
            <translation>单位代表(&amp;P):</translation>
        </message>
        <message>
            <source>Name of the inspected unit's representative</source>
            <translation>被检查单位代表姓名</translation>
        </message>
        <message>
            <source>&amp;Witness:</source>
            <translation>见证人(&amp;W):</translation>
        </message>
        <message>
            <source>Why this inspection</source>
            <translation>检查起因</translation>
        </message>
        <message>
            <source>R&amp;outine supervision inspection</source>
            <translation>日常监督检查(&amp;O)</translation>
        </message>
        <message>
            <source>Checking a r&amp;eport (举报核查, Rules Art. 16)</source>
            <translation>举报核查(&amp;E)(《规定》第十六条)</translation>
        </message>
        <message>
            <source>Re&amp;port's reference:</source>
            <translation>举报编号(&amp;P):</translation>
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
        <name>OfficerActions</name>
        <message>
            <source>You cannot deactivate yourself while signed in.</source>
            <translation>登录期间不能停用自己。</translation>
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
        <name>OfficersDialog</name>
        <message>
            <source>Officers</source>
            <translation>民警</translation>
        </message>
        <message>
            <source>&amp;Officers on this computer:</source>
            <translation>本机民警(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Add an officer</source>
            <translation>添加民警</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Police number:</source>
            <translation>警号(&amp;P)：</translation>
        </message>
        <message>
            <source>Police &amp;unit:</source>
            <translation>所属单位(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>Sign-in &amp;secret:</source>
            <translation>登录口令(&amp;S)：</translation>
        </message>
        <message>
            <source>R&amp;epeat the secret:</source>
            <translation>再次输入口令(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Add officer</source>
            <translation>添加民警(&amp;A)</translation>
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
        <name>OrderActions</name>
        <message>
            <source>the facts found</source>
            <translation>查明的事实</translation>
        </message>
        <message>
            <source>the provision violated</source>
            <translation>违反的规定</translation>
        </message>
        <message>
            <source>the legal basis</source>
            <translation>法律依据</translation>
        </message>
        <message>
            <source>what is to be corrected</source>
            <translation>改正要求</translation>
        </message>
        <message>
            <source>The %1 cannot be issued: its notice would not state %2. State them, or base the order on a non-compliant item of the inspection, whose checklist entry proposes them.</source>
            <translation>无法下达%1：通知书将缺少%2。请填写这些内容，或以本次检查中的不符合项为依据下达，由该项的检查表条目提出这些内容。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>OrderIssuer</name>
        <message>
            <source>The order has no issue date; it is required.</source>
            <translation>处理决定没有作出日期；作出日期为必填项。</translation>
        </message>
        <message>
            <source>An order to correct (责令改正) has no correction period, but %1 was given; choose an order to correct within a time limit (责令限期改正) for a period.</source>
            <translation>责令改正没有改正期限，但填写了%1；如需规定期限，请选择责令限期改正。</translation>
        </message>
        <message>
            <source>An order to correct within a time limit (责令限期改正) needs its correction period: a date, a number of days or a number of working days.</source>
            <translation>责令限期改正须写明改正期限：截止日期、日数或工作日数。</translation>
        </message>
        <message>
            <source>A %1 has no correction deadline or re-inspection date (规定 Art. 15 applies to 责令改正 and 责令限期改正 only).</source>
            <translation>%1没有改正期限和复查日期（《规定》第十五条仅适用于责令改正和责令限期改正）。</translation>
        </message>
        <message>
            <source>A %1 has no correction period, but %2 was given.</source>
            <translation>%1没有改正期限，但填写了%2。</translation>
        </message>
        <message>
            <source>Item %1 is not recorded as non-compliant in this inspection, so the order cannot be based on it.</source>
            <translation>本次检查中第%1项未记录为不符合，不能据此作出处理决定。</translation>
        </message>
        <message>
            <source>The re-inspection date given, %1, is not the one the working-day calendar gives: %2 (%3).</source>
            <translation>填写的复查日期 %1 与按工作日历计算的日期不符：%2（%3）。</translation>
        </message>
        <message>
            <source>A %1 has no re-inspection date.</source>
            <translation>%1没有复查日期。</translation>
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
        <name>OutcomeDialog</name>
        <message>
            <source>Findings and outcome</source>
            <translation>检查发现与处理</translation>
        </message>
        <message>
            <source>Proposed &amp;orders:</source>
            <translation>建议的处理决定(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>处理种类(&amp;K)：</translation>
        </message>
        <message>
            <source>Pro&amp;vision violated:</source>
            <translation>违反的条款(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Legal basis:</source>
            <translation>法律依据(&amp;L)：</translation>
        </message>
        <message>
            <source>&amp;Facts:</source>
            <translation>违法事实(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Requirement:</source>
            <translation>改正要求(&amp;R)：</translation>
        </message>
        <message>
            <source>Issued o&amp;n:</source>
            <translation>作出日期(&amp;N)：</translation>
        </message>
        <message>
            <source>Correction &amp;period:</source>
            <translation>改正期限(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Issue order</source>
            <translation>作出处理决定(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>PaperRecordCheck</name>
        <message>
            <source>The QR code carries seal hash %1 but %2 was entered as well; give one of them.</source>
            <translation>二维码中的封存校验值为 %1，但又另行输入了 %2；请只提供其中一项。</translation>
        </message>
        <message>
            <source>Enter the inspection number printed on the record (e.g. A7F3-2026-0012), or paste its QR text PSV1|NUMBER|SEALHASH.</source>
            <translation>请输入笔录上印制的检查编号（如 A7F3-2026-0012），或粘贴其二维码文本 PSV1|编号|校验值。</translation>
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
        <name>PlayerDialog</name>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>Play or pause (Space); Left and Right seek 5 seconds</source>
            <translation>播放或暂停（空格键）；左右方向键前后跳转 5 秒</translation>
        </message>
        <message>
            <source>Link a &amp;range</source>
            <translation>关联片段(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;start</source>
            <translation>标记起点(&amp;S)</translation>
        </message>
        <message>
            <source>The current position starts the range (I)</source>
            <translation>以当前位置为片段起点（I）</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Mark &amp;end</source>
            <translation>标记终点(&amp;E)</translation>
        </message>
        <message>
            <source>The current position ends the range (O)</source>
            <translation>以当前位置为片段终点（O）</translation>
        </message>
        <message>
            <source>Checklist &amp;item:</source>
            <translation>检查项目(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Link to item</source>
            <translation>关联到项目(&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
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
        <name>QrCode</name>
        <message>
            <source>The QR code cannot be made from %1 bytes of data.</source>
            <translation>无法用 %1 字节的数据生成二维码。</translation>
        </message>
    </context>
    <context>
        <name>RecordApplier</name>
        <message>
            <source>Unknown record type "%1".</source>
            <translation>未知的记录类型“%1”。</translation>
        </message>
        <message>
            <source>The sealed inspection %1 (version %2) in the bundle does not match its seal: its content was changed after sealing. The bundle is refused.</source>
            <translation>同步包中已封存的检查 %1（第 %2 版）与其封存值不符：内容在封存后被改动。拒绝导入此同步包。</translation>
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
        <name>RecordFonts</name>
        <message>
            <source>No font that can write Simplified Chinese is installed, so records cannot be printed. Install fonts-noto-cjk (or the FangSong and Song office fonts).</source>
            <translation>未安装可显示简体中文的字体，无法打印笔录。请安装 fonts-noto-cjk（或仿宋、宋体办公字体）。</translation>
        </message>
    </context>
    <context>
        <name>RecordJsonReader</name>
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
        <name>RecordPreviewDialog</name>
        <message>
            <source>Print preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>文书(&amp;D)：</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>缩小（Ctrl+-）</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>放大（Ctrl++）</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>适合宽度(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>另存为 PDF(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>RecordTables</name>
        <message>
            <source>A %1 row must have exactly the members %2.</source>
            <translation>%1 行必须恰好包含以下成员：%2。</translation>
        </message>
        <message>
            <source>The member "%1" of a %2 row is missing or has the wrong type.</source>
            <translation>%2 行的成员“%1”缺失或类型错误。</translation>
        </message>
        <message>
            <source>Expected an array of %1 rows.</source>
            <translation>应为 %1 行组成的数组。</translation>
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
        <name>ReinspectionReminder</name>
        <message>
            <source>• %1 — %2 (%3, due %4): %5</source>
            <translation>• %1 — %2（%3，复查日期 %4）：%5</translation>
        </message>
        <message numerus="yes">
            <source>Overdue re-inspections (%n):</source>
            <translation>
                <numerusform>逾期未复查（%n 项）：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Re-inspections due today (%n):</source>
            <translation>
                <numerusform>今日到期的复查（%n 项）：</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-inspections are due on the 3rd working day after the order or the end of the correction period (Rules Art. 15). See the Re-inspections page.</source>
            <translation>复查应在作出处理决定或改正期限届满后第3个工作日进行（《规定》第十五条）。详见“复查”页面。</translation>
        </message>
        <message>
            <source>Re-inspections due</source>
            <translation>复查提醒</translation>
        </message>
    </context>
    <context>
        <name>ReinspectionService</name>
        <message>
            <source>The order is already closed (%1); it needs no re-inspection.</source>
            <translation>该处理决定已结案（%1），无需复查。</translation>
        </message>
        <message>
            <source>A re-inspection of this order was already started (%1); continue that one.</source>
            <translation>该处理决定的复查已开始（%1），请继续该次复查。</translation>
        </message>
        <message>
            <source>This order (%1) has no re-inspection date; only 责令改正 and 责令限期改正 orders are re-inspected (Rules Art. 15).</source>
            <translation>该处理决定（%1）没有复查日期；只有责令改正和责令限期改正需要复查（《规定》第十五条）。</translation>
        </message>
        <message>
            <source>The order is already closed as %1; it cannot be closed again.</source>
            <translation>该处理决定已按“%1”结案，不能再次结案。</translation>
        </message>
        <message>
            <source>The order cannot be closed yet: no re-inspection has been started. Start the re-inspection (Rules Art. 15), complete and seal it, then close the order.</source>
            <translation>尚不能结案：还没有开始复查。请先开始复查（《规定》第十五条），完成并封存复查笔录，再结案。</translation>
        </message>
        <message>
            <source>The order cannot be closed yet: its re-inspection %1 is not sealed (status: %2). Seal the re-inspection record first; the order is closed on its findings.</source>
            <translation>尚不能结案：复查 %1 尚未封存（状态：%2）。请先封存复查笔录；结案以复查结果为依据。</translation>
        </message>
    </context>
    <context>
        <name>ReinspectionsPage</name>
        <message>
            <source>Re-inspections (Rules Art. 15)</source>
            <translation>复查（《规定》第十五条）</translation>
        </message>
        <message>
            <source>&amp;Due soon within:</source>
            <translation>即将到期范围(&amp;D)：</translation>
        </message>
        <message>
            <source> working days</source>
            <translation> 个工作日</translation>
        </message>
        <message>
            <source>Re-inspection schedule</source>
            <translation>复查日程</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <source>Correction deadline</source>
            <translation>改正期限</translation>
        </message>
        <message>
            <source>Re-inspection due</source>
            <translation>复查日期</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>&amp;Start re-inspection</source>
            <translation>开始复查(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Close order…</source>
            <translation>结案(&amp;C)…</translation>
        </message>
        <message>
            <source>E&amp;xport calendar (.ics)…</source>
            <translation>导出日历 (.ics)(&amp;X)…</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueue</name>
        <message>
            <source>Only an officer with the reviewer or admin role may approve or return an inspection.</source>
            <translation>只有具有审核人或管理员角色的民警才能通过或退回检查。</translation>
        </message>
        <message>
            <source>Returning an inspection needs a comment saying what is to be corrected.</source>
            <translation>退回检查须填写意见，说明需要更正的内容。</translation>
        </message>
        <message>
            <source>There is no sealed inspection %1 to review.</source>
            <translation>没有可审核的已封存检查 %1。</translation>
        </message>
        <message>
            <source>The seal hash given, %1, is not the seal of inspection %2, which is %3; the decision is refused.</source>
            <translation>所给封存哈希 %1 不是检查 %2 的封存值（应为 %3），拒绝作出该决定。</translation>
        </message>
        <message>
            <source>Inspection %1 is %2; only a submitted inspection is reviewed.</source>
            <translation>检查 %1 的状态为 %2；只有已提交的检查才能审核。</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEntry</name>
        <message>
            <source>Overdue</source>
            <translation>逾期未整改</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今日到期</translation>
        </message>
        <message numerus="yes">
            <source>Due in the next %n working day(s)</source>
            <translation>
                <numerusform>未来 %n 个工作日内到期</numerusform>
            </translation>
        </message>
        <message>
            <source>Due later</source>
            <translation>以后到期</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>overdue since %1</source>
            <translation>自 %1 起逾期</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n working day(s)</source>
            <translation>
                <numerusform>已逾期 %n 个工作日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>还剩 %n 个工作日</numerusform>
            </translation>
        </message>
        <message>
            <source> (provisional)</source>
            <translation>（暂定）</translation>
        </message>
    </context>
    <context>
        <name>ScheduleExporter</name>
        <message>
            <source>Order: %1, issued %2 after inspection %3</source>
            <translation>处理决定：%1，%2 作出，依据检查 %3</translation>
        </message>
        <message>
            <source>Correction deadline: %1</source>
            <translation>改正期限：%1</translation>
        </message>
        <message>
            <source>Re-inspection due: %1</source>
            <translation>复查期限：%1</translation>
        </message>
        <message>
            <source>Basis: %1</source>
            <translation>依据：%1</translation>
        </message>
        <message>
            <source>Provisional: a year without an official calendar was counted on weekends only.</source>
            <translation>暂定：某年份尚无官方放假安排，仅按周末计算。</translation>
        </message>
        <message>
            <source>Re-inspection (复查) due: %1</source>
            <translation>复查到期：%1</translation>
        </message>
        <message>
            <source>Correction deadline (责令限期改正): %1</source>
            <translation>责令限期改正期限届满：%1</translation>
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
        <name>SignInDialog</name>
        <message>
            <source>Sign in — PSV Inspector</source>
            <translation>登录 — PSV Inspector</translation>
        </message>
        <message>
            <source>Sign in with your police number and secret.</source>
            <translation>请使用警号和密码登录。</translation>
        </message>
        <message>
            <source>&amp;Police number:</source>
            <translation>警号(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>密码(&amp;S)：</translation>
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
        <name>SiteActions</name>
        <message>
            <source>The jurisdiction '%1' is not an administrative division code; expected 6 digits (GB/T 2260), e.g. 500000, or nothing.</source>
            <translation>管辖区划“%1”不是行政区划代码；应为6位数字（GB/T 2260），例如 500000，或留空。</translation>
        </message>
    </context>
    <context>
        <name>SiteDetailsPane</name>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>USCC:</source>
            <translation>统一社会信用代码：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
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
            <source>Filing organ:</source>
            <translation>备案机关：</translation>
        </message>
        <message>
            <source>Video system</source>
            <translation>视频系统</translation>
        </message>
        <message>
            <source>Place category:</source>
            <translation>场所类别：</translation>
        </message>
        <message>
            <source>Jurisdiction:</source>
            <translation>辖区：</translation>
        </message>
        <message>
            <source>In use since:</source>
            <translation>投入使用日期：</translation>
        </message>
        <message>
            <source>Cameras:</source>
            <translation>图像采集设备：</translation>
        </message>
        <message>
            <source>Retention:</source>
            <translation>存储期限：</translation>
        </message>
        <message>
            <source>Filing:</source>
            <translation>备案：</translation>
        </message>
        <message>
            <source>Filing deadline:</source>
            <translation>备案期限：</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>O&amp;rders:</source>
            <translation>处理决定(&amp;R)：</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>处理</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>作出日期</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>改正期限</translation>
        </message>
        <message>
            <source>Re-inspection due</source>
            <translation>复查日期</translation>
        </message>
        <message>
            <source>Ins&amp;pections:</source>
            <translation>检查记录(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>Video system</source>
            <translation>视频系统</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>单位(&amp;U)：</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>新建单位…</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Place category:</source>
            <translation>场所类别(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Jurisdiction:</source>
            <translation>辖区(&amp;J)：</translation>
        </message>
        <message>
            <source>The administrative division code (6 digits, GB/T 2260) of the place; it selects the local checklist packs.</source>
            <translation>所在地行政区划代码（6位，GB/T 2260）；据此选用地方检查清单。</translation>
        </message>
        <message>
            <source>Put into &amp;use on:</source>
            <translation>投入使用日期(&amp;U)：</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>已知</translation>
        </message>
        <message>
            <source>Filing deadline:</source>
            <translation>备案期限：</translation>
        </message>
        <message>
            <source>&amp;Cameras:</source>
            <translation>图像采集设备数量(&amp;C)：</translation>
        </message>
        <message>
            <source>Camera &amp;types:</source>
            <translation>设备类型(&amp;T)：</translation>
        </message>
        <message>
            <source>Separated by commas, e.g. dome, bullet, face capture</source>
            <translation>以逗号分隔，如：球机、枪机、人脸抓拍</translation>
        </message>
        <message>
            <source>&amp;Retention (days):</source>
            <translation>存储期限（天）(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Filing status:</source>
            <translation>备案状态(&amp;F)：</translation>
        </message>
        <message>
            <source>Filing n&amp;umber:</source>
            <translation>备案编号(&amp;U)：</translation>
        </message>
        <message>
            <source>Filing &amp;date:</source>
            <translation>备案日期(&amp;D)：</translation>
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
        <name>SitesPage</name>
        <message>
            <source>Add &amp;unit…</source>
            <translation>添加单位(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;New video system…</source>
            <translation>新建视频系统(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit video system…</source>
            <translation>编辑视频系统(&amp;E)…</translation>
        </message>
        <message>
            <source>Enter or F2</source>
            <translation>回车键或 F2</translation>
        </message>
        <message>
            <source>Edit uni&amp;t…</source>
            <translation>编辑单位(&amp;T)…</translation>
        </message>
        <message>
            <source>New &amp;inspection…</source>
            <translation>新建检查(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <source>Name, USCC or address (Ctrl+F)</source>
            <translation>名称、统一社会信用代码或地址（Ctrl+F）</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>场所类别(&amp;C)：</translation>
        </message>
        <message>
            <source>Fi&amp;ling:</source>
            <translation>备案(&amp;L)：</translation>
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
        <name>Sql</name>
        <message>
            <source>The database refused an operation: %1</source>
            <translation>数据库拒绝了操作：%1</translation>
        </message>
    </context>
    <context>
        <name>SyncConflicts</name>
        <message>
            <source>There is no sync conflict %1.</source>
            <translation>没有编号为 %1 的同步冲突。</translation>
        </message>
        <message>
            <source>Sync conflict %1 is already settled (%2).</source>
            <translation>同步冲突 %1 已处理（%2）。</translation>
        </message>
        <message>
            <source>A conflict of kind "%1" is settled by keeping the local version (--keep local); the other version stays recorded with the conflict. A sealed inspection is never replaced.</source>
            <translation>“%1”类冲突只能保留本机版本处理（--keep local），另一版本仍随冲突记录保存。已封存的检查永远不会被替换。</translation>
        </message>
        <message>
            <source>The record of this conflict no longer exists.</source>
            <translation>此冲突涉及的记录已不存在。</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Export a bundle</source>
            <translation>导出同步包</translation>
        </message>
        <message>
            <source>For &amp;device:</source>
            <translation>目标设备(&amp;D)：</translation>
        </message>
        <message>
            <source>device id, e.g. C0DE (empty: everything)</source>
            <translation>设备编号，如 C0DE（留空：全部）</translation>
        </message>
        <message>
            <source>Or &amp;inspections:</source>
            <translation>或检查(&amp;I)：</translation>
        </message>
        <message>
            <source>numbers separated by spaces</source>
            <translation>编号，以空格分隔</translation>
        </message>
        <message>
            <source>With &amp;media (evidence files)</source>
            <translation>包含媒体(&amp;M)（证据文件）</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>导入同步包</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Conflicts to settle</source>
            <translation>待处理冲突</translation>
        </message>
        <message>
            <source>Keep &amp;local</source>
            <translation>保留本机(&amp;L)</translation>
        </message>
        <message>
            <source>Keep &amp;remote</source>
            <translation>保留对方(&amp;R)</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>审核队列</translation>
        </message>
        <message>
            <source>comment (required to return)</source>
            <translation>意见（退回时必填）</translation>
        </message>
        <message>
            <source>A&amp;pprove</source>
            <translation>通过(&amp;P)</translation>
        </message>
        <message>
            <source>Re&amp;turn</source>
            <translation>退回(&amp;T)</translation>
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
        <name>Unit</name>
        <message>
            <source>The unit's name is missing; it is required.</source>
            <translation>缺少单位名称；此项必填。</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <source>Unified social &amp;credit code:</source>
            <translation>统一社会信用代码(&amp;C)：</translation>
        </message>
        <message>
            <source>18 characters, e.g. 91440300192203821X</source>
            <translation>18位，如 91440300192203821X</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <source>Contact &amp;person:</source>
            <translation>联系人(&amp;P)：</translation>
        </message>
        <message>
            <source>Contact p&amp;hone:</source>
            <translation>联系电话(&amp;H)：</translation>
        </message>
        <message>
            <source>Police &amp;station:</source>
            <translation>责任派出所(&amp;S)：</translation>
        </message>
        <message>
            <source>County-level &amp;organ (filing):</source>
            <translation>县级公安机关（备案）(&amp;O)：</translation>
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
                <numerusform>统一社会信用代码为 %n 位；应为 18 位。</numerusform>
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
        <name>VerifyRecordDialog</name>
        <message>
            <source>Verify a paper record</source>
            <translation>核验纸质笔录</translation>
        </message>
        <message>
            <source>Enter the inspection number and the seal hash (SHA-256) printed on the record, or paste the text of its QR code (PSV1|NUMBER|SEALHASH). The seal is recomputed from the stored data and compared.</source>
            <translation>请输入笔录上印制的检查编号和封存校验值（SHA-256），或粘贴其二维码文本（PSV1|编号|校验值）。系统将根据存储的数据重新计算封存校验值并进行比对。</translation>
        </message>
        <message>
            <source>Inspection &amp;number or QR text:</source>
            <translation>检查编号或二维码文本(&amp;N)：</translation>
        </message>
        <message>
            <source>A7F3-2026-0012 or PSV1|A7F3-2026-0012|…</source>
            <translation>A7F3-2026-0012 或 PSV1|A7F3-2026-0012|…</translation>
        </message>
        <message>
            <source>&amp;Seal hash (SHA-256):</source>
            <translation>封存校验值（SHA-256）(&amp;S)：</translation>
        </message>
        <message>
            <source>64 hex digits, as printed under 封存校验值</source>
            <translation>64 位十六进制数字，即笔录“封存校验值”处所印内容</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>核验(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWidget</name>
        <message>
            <source>Sealed — read only</source>
            <translation>已封存——只读</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>检查项目</translation>
        </message>
        <message>
            <source>Result (keys 1, 2, 3, 0)</source>
            <translation>检查结果(按键 1、2、3、0)</translation>
        </message>
        <message>
            <source>Compliant [1]</source>
            <translation>符合 [1]</translation>
        </message>
        <message>
            <source>Non-compliant [2]</source>
            <translation>不符合 [2]</translation>
        </message>
        <message>
            <source>Not applicable [3]</source>
            <translation>不适用 [3]</translation>
        </message>
        <message>
            <source>Not checked [0]</source>
            <translation>未检查 [0]</translation>
        </message>
        <message>
            <source>Legal text and guidance</source>
            <translation>法律条文与检查要点</translation>
        </message>
        <message>
            <source>Structured observations</source>
            <translation>记录事项</translation>
        </message>
        <message>
            <source>&amp;Observation and notes (Ctrl+E):</source>
            <translation>检查情况及备注(&amp;O)(Ctrl+E):</translation>
        </message>
        <message>
            <source>Evidence linked to this item</source>
            <translation>本项关联的证据</translation>
        </message>
        <message>
            <source>Link e&amp;vidence…</source>
            <translation>关联证据(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Previous item</source>
            <translation>上一项(&amp;P)</translation>
        </message>
        <message>
            <source>PgUp or Ctrl+Up</source>
            <translation>PgUp 或 Ctrl+上</translation>
        </message>
        <message>
            <source>&amp;Next item</source>
            <translation>下一项(&amp;N)</translation>
        </message>
        <message>
            <source>PgDown or Ctrl+Down</source>
            <translation>PgDown 或 Ctrl+下</translation>
        </message>
        <message>
            <source>Fin&amp;dings &amp;&amp; outcome…</source>
            <translation>发现问题与处理(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Complete &amp;&amp; seal…</source>
            <translation>完成并封存(&amp;C)…</translation>
        </message>
        <message>
            <source>Back to the &amp;list</source>
            <translation>返回列表(&amp;L)</translation>
        </message>
        <message>
            <source>C&amp;apture now…</source>
            <translation>现场拍摄(&amp;A)…</translation>
        </message>
        <message>
            <source>Take a photo or record a video with a connected camera; it is stored as evidence and linked to this item</source>
            <translation>用已连接的摄像头拍照或录像；保存为证据并关联到本项目</translation>
        </message>
    </context>
    <context>
        <name>WorkCalendar</name>
        <message>
            <source>%1 is a %2: a working day.</source>
            <translation>%1 是%2：工作日。</translation>
        </message>
        <message>
            <source>%1 is a %2 not listed in the official calendar: an ordinary working day.</source>
            <translation>%1 是%2，官方日历未列出：正常工作日。</translation>
        </message>
        <message>
            <source>%1 is a %2: a day off (weekend).</source>
            <translation>%1 是%2：休息日（周末）。</translation>
        </message>
        <message>
            <source>%1 is a %2 not listed in the official calendar: an ordinary day off (weekend).</source>
            <translation>%1 是%2，官方日历未列出：正常休息日（周末）。</translation>
        </message>
        <message>
            <source>%1 (%2) is a day off (放假) for %3 under %4.</source>
            <translation>%1（%2）依据%4为%3放假日。</translation>
        </message>
        <message>
            <source>%1 (%2) is a make-up working day (调休上班) for %3 under %4.</source>
            <translation>%1（%2）依据%4为%3调休上班日。</translation>
        </message>
        <message>
            <source>%1 (%2) is a make-up working day (调休上班) for %3 under %4, but this department's setting counts make-up days as days off.</source>
            <translation>%1（%2）依据%4为%3调休上班日，但本单位设置将调休上班日计为休息日。</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <source>day off, %1</source>
            <translation>放假，%1</translation>
        </message>
        <message>
            <source>make-up working day</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>make-up working day, counted as a day off</source>
            <translation>调休上班，计为休息日</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>provisional</source>
            <translation>暂定</translation>
        </message>
        <message>
            <source>The file declares the year %1 but is named for %2; it was not used.</source>
            <translation>文件声明的年份为 %1，但文件名对应 %2 年；未使用该文件。</translation>
        </message>
        <message>
            <source>No official calendar for %1 is installed (the State Council notice on the %1 public holidays, 国务院办公厅关于%1年部分节假日安排的通知, is missing): days in %1 are counted on weekends only and the result is provisional. Import the notice's calendar to confirm it.</source>
            <translation>未安装%1年官方日历（缺少《国务院办公厅关于%1年部分节假日安排的通知》）：%1年的日期仅按周末计算，结果为暂定。请导入该通知的日历予以确认。</translation>
        </message>
    </context>
    <context>
        <name>psv::CompletionCheck</name>
        <message>
            <source>Item %1 (%2) is a focus item of this inspection and has no status.</source>
            <translation>第%1项（%2）是本次检查的重点检查内容，尚未填写检查结果。</translation>
        </message>
        <message>
            <source>Item %1 is non-compliant but has no observation.</source>
            <translation>第%1项不符合要求，但没有记录检查情况。</translation>
        </message>
        <message>
            <source>Item %1 (%2) is non-compliant but has no observation.</source>
            <translation>第%1项（%2）不符合要求，但没有记录检查情况。</translation>
        </message>
        <message>
            <source>No body-camera video is linked to the inspection (规定 Art. 13 requires the inspection to be recorded with a law-enforcement recorder); import the footage first.</source>
            <translation>本次检查没有关联执法记录仪视频（《规定》第十三条要求使用执法记录仪记录检查情况）；请先导入录像。</translation>
        </message>
        <message>
            <source>The inspection has no start time.</source>
            <translation>检查没有开始时间。</translation>
        </message>
        <message>
            <source>The inspection ends (%1) before it starts (%2).</source>
            <translation>检查结束时间（%1）早于开始时间（%2）。</translation>
        </message>
        <message>
            <source>The inspection names %1 inspector(s); at least two officers must inspect.</source>
            <translation>本次检查只有 %1 名检查人员；检查人员不得少于二人。</translation>
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
        <name>psv::RecordDataBuilder</name>
        <message>
            <source>Order %1 is a %2; only 责令改正 and 责令限期改正 orders have a correction notice.</source>
            <translation>处理 %1 的类型为 %2；只有责令改正和责令限期改正才有改正通知书。</translation>
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
        <name>psv::ui::CaptureDialog</name>
        <message>
            <source>Capture is unavailable: no camera is connected to this computer. Connect a body camera in webcam (PC camera) mode, or use a laptop with a built-in camera, then open Capture again. Recordings already on a body camera are added with Import.</source>
            <translation>无法拍摄：本机未连接摄像头。请将执法记录仪以摄像头（PC 摄像头）模式连接，或使用带内置摄像头的笔记本电脑，然后重新打开拍摄。执法记录仪中已有的录像请通过“导入”添加。</translation>
        </message>
        <message>
            <source>Camera: %1</source>
            <translation>摄像头：%1</translation>
        </message>
        <message>
            <source>The camera reports an error: %1</source>
            <translation>摄像头报告错误：%1</translation>
        </message>
        <message>
            <source>The photo was not taken: %1</source>
            <translation>未能拍照：%1</translation>
        </message>
        <message>
            <source>&amp;Stop recording</source>
            <translation>停止录像(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Record video</source>
            <translation>录像(&amp;R)</translation>
        </message>
        <message>
            <source>The recording failed: %1</source>
            <translation>录像失败：%1</translation>
        </message>
        <message>
            <source>Storing %1 as evidence…</source>
            <translation>正在将 %1 存为证据…</translation>
        </message>
        <message>
            <source>Not linked to item %1: the stored file is not in this inspection's catalogue.</source>
            <translation>未关联到项目 %1：已保存的文件不在本次检查的证据目录中。</translation>
        </message>
        <message>
            <source>Not linked to item %1: %2</source>
            <translation>未关联到项目 %1：%2</translation>
        </message>
        <message>
            <source>Linked to item %1.</source>
            <translation>已关联到项目 %1。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::CompletionDialog</name>
        <message>
            <source>Why the inspection is sealed although pieces are missing</source>
            <translation>在内容不完整的情况下仍予封存的理由</translation>
        </message>
        <message>
            <source>Inspection %1 is sealed.</source>
            <translation>检查 %1 已封存。</translation>
        </message>
        <message>
            <source>Inspection %1 is complete and can be sealed.</source>
            <translation>检查 %1 内容完整，可以封存。</translation>
        </message>
        <message numerus="yes">
            <source>Inspection %1 is not complete: %n piece(s) missing.</source>
            <translation>
                <numerusform>检查 %1 尚未完成：缺少 %n 项。</numerusform>
            </translation>
        </message>
        <message>
            <source>Items: %1. Orders: %2. Evidence: %3 (videos: %4).</source>
            <translation>检查项目：%1。处理决定：%2 份。证据：%3 件（其中视频 %4 件）。</translation>
        </message>
        <message>
            <source>Seal inspection %1? A sealed record can no longer be changed.</source>
            <translation>封存检查 %1？封存后的记录不能再修改。</translation>
        </message>
        <message numerus="yes">
            <source>Seal inspection %1 although %n piece(s) are missing? The reason is recorded with the record, which can no longer be changed.</source>
            <translation>
                <numerusform>检查 %1 尚缺 %n 项，仍要封存吗？理由将随笔录一并记录，封存后不可更改。</numerusform>
            </translation>
        </message>
        <message>
            <source>Seal the inspection</source>
            <translation>封存检查</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::DashboardPage</name>
        <message>
            <source>%1 (re-inspection)</source>
            <translation>%1（复查）</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::EvidenceImportDialog</name>
        <message>
            <source>recorded from %1 to %2, ± %3 min</source>
            <translation>拍摄于 %1 至 %2，允许误差 ± %3 分钟</translation>
        </message>
        <message>
            <source>now</source>
            <translation>现在</translation>
        </message>
        <message>
            <source>no start time recorded</source>
            <translation>未记录开始时间</translation>
        </message>
        <message>
            <source>Into inspection %1 (%2). Files recorded during the inspection are ticked.</source>
            <translation>导入检查 %1（%2）。检查期间拍摄的文件已勾选。</translation>
        </message>
        <message>
            <source>Folder with recordings</source>
            <translation>存有录像的文件夹</translation>
        </message>
        <message>
            <source>Looking for recordings in %1…</source>
            <translation>正在 %1 中查找录像…</translation>
        </message>
        <message numerus="yes">
            <source>%n recording(s) found.</source>
            <translation>
                <numerusform>找到 %n 个录像文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>This looks like a camera's storage: %1</source>
            <translation>这看起来是执法记录仪的存储：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) ticked, %1</source>
            <translation>
                <numerusform>已勾选 %n 个文件，共 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>正在导入 %n 个文件…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelling… the file being copied is discarded.</source>
            <translation>正在取消…正在复制的文件将被丢弃。</translation>
        </message>
        <message>
            <source>File %1 of %2 · %3 of %4</source>
            <translation>第 %1 个，共 %2 个 · 已完成 %3，共 %4</translation>
        </message>
        <message>
            <source> · %1/s</source>
            <translation> · %1/秒</translation>
        </message>
        <message>
            <source> · about %1 left</source>
            <translation> · 约剩 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>Imported, SHA-256 %1…</source>
            <translation>已导入，SHA-256 %1…</translation>
        </message>
        <message>
            <source>Already in the store, recorded for this inspection</source>
            <translation>证据库中已有此文件，已登记到本次检查</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>未导入：%1</translation>
        </message>
        <message>
            <source>%1 imported, %2 already stored, %3 failed.</source>
            <translation>已导入 %1 个，已存在 %2 个，失败 %3 个。</translation>
        </message>
        <message>
            <source>Import in progress</source>
            <translation>正在导入</translation>
        </message>
        <message>
            <source>Cancel the import? Files already imported stay in the store; the file being copied is discarded.</source>
            <translation>取消导入吗？已导入的文件保留在证据库中；正在复制的文件将被丢弃。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::EvidenceLinkDialog</name>
        <message>
            <source>Choose the recording that shows item %1 of inspection %2.</source>
            <translation>请选择反映检查 %2 第 %1 项情况的录像。</translation>
        </message>
        <message>
            <source>This inspection has no evidence yet: choose Import more… to add some.</source>
            <translation>本次检查尚无证据：请点击“继续导入…”添加。</translation>
        </message>
        <message>
            <source>Choose the recording to link.</source>
            <translation>请选择要关联的录像。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::EvidencePage</name>
        <message>
            <source>No evidence matches. Body-camera footage imported for inspections (Art. 13 of the supervision rules) is catalogued here: choose Import… to add some.</source>
            <translation>没有符合条件的证据。为检查导入的执法记录仪录像（《规定》第十三条）在此编目：请点击“导入…”添加。</translation>
        </message>
        <message>
            <source>Take photos or record video with a connected camera.</source>
            <translation>用已连接的摄像头拍照或录像。</translation>
        </message>
        <message>
            <source>All inspections</source>
            <translation>全部检查</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>全部场所</translation>
        </message>
        <message>
            <source>metadata unreadable</source>
            <translation>元数据无法读取</translation>
        </message>
        <message numerus="yes">
            <source>%n recording(s)</source>
            <translation>
                <numerusform>%n 个录像</numerusform>
            </translation>
        </message>
        <message>
            <source>Import evidence</source>
            <translation>导入证据</translation>
        </message>
        <message>
            <source>There is no draft inspection to import into. Start an inspection first, or choose one in the Inspection filter.</source>
            <translation>没有可导入的草稿检查。请先开始一次检查，或在“检查”筛选中选择一次检查。</translation>
        </message>
        <message>
            <source>Capture evidence</source>
            <translation>拍摄取证</translation>
        </message>
        <message>
            <source>There is no draft inspection to capture for. Start an inspection first, or choose one in the Inspection filter.</source>
            <translation>没有可拍摄取证的草稿检查。请先开始一次检查，或在“检查”筛选中选择一次检查。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::FirstRunDialog</name>
        <message>
            <source>&amp;Create and sign in</source>
            <translation>创建并登录(&amp;C)</translation>
        </message>
        <message>
            <source>at least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <source>The secret has %1 character(s); at least %2 are needed.</source>
            <translation>密码只有 %1 个字符；至少需要 %2 个。</translation>
        </message>
        <message>
            <source>The two secrets differ; enter the same secret twice.</source>
            <translation>两次输入的密码不一致；请输入相同的密码。</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>示例数据</translation>
        </message>
        <message>
            <source>The administrator was recorded, but the sample data could not be loaded: %1</source>
            <translation>管理员已登记，但示例数据未能载入：%1</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::HelpDialog</name>
        <message>
            <source>Main window</source>
            <translation>主窗口</translation>
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+6</source>
            <translation>Ctrl+1 … Ctrl+6</translation>
        </message>
        <message>
            <source>Dashboard, Inspections, Sites &amp; units, Re-inspections, Evidence, Sync</source>
            <translation>工作台、检查、单位与系统、复查、证据、同步</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>本帮助</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Alt+F, Alt+H</source>
            <translation>Alt+F、Alt+H</translation>
        </message>
        <message>
            <source>File and Help menus</source>
            <translation>文件和帮助菜单</translation>
        </message>
        <message>
            <source>Inspections list</source>
            <translation>检查列表</translation>
        </message>
        <message>
            <source>Up, Down</source>
            <translation>上、下</translation>
        </message>
        <message>
            <source>Choose an inspection</source>
            <translation>选择检查</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>回车</translation>
        </message>
        <message>
            <source>Open it in the walkthrough</source>
            <translation>打开逐项检查</translation>
        </message>
        <message>
            <source>Ctrl+N or Alt+N</source>
            <translation>Ctrl+N 或 Alt+N</translation>
        </message>
        <message>
            <source>New inspection</source>
            <translation>新建检查</translation>
        </message>
        <message>
            <source>Alt+W</source>
            <translation>Alt+W</translation>
        </message>
        <message>
            <source>Show drafts or all inspections</source>
            <translation>显示草稿或全部检查</translation>
        </message>
        <message>
            <source>Type, Up, Down</source>
            <translation>输入、上、下</translation>
        </message>
        <message>
            <source>Search for the video system and choose it</source>
            <translation>搜索并选择视频系统</translation>
        </message>
        <message>
            <source>Next page; on the last page: start the inspection</source>
            <translation>下一页；在最后一页：开始检查</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>Tick or untick an inspecting officer (two or more)</source>
            <translation>勾选或取消检查民警(两名以上)</translation>
        </message>
        <message>
            <source>Alt+B</source>
            <translation>Alt+B</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>返回上一页</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Walkthrough</source>
            <translation>逐项检查</translation>
        </message>
        <message>
            <source>1, 2, 3, 0</source>
            <translation>1, 2, 3, 0</translation>
        </message>
        <message>
            <source>Compliant, non-compliant, not applicable, not checked (outside text fields)</source>
            <translation>符合、不符合、不适用、未检查(焦点不在文本框时)</translation>
        </message>
        <message>
            <source>Alt+1, Alt+2, Alt+3, Alt+0</source>
            <translation>Alt+1、Alt+2、Alt+3、Alt+0</translation>
        </message>
        <message>
            <source>The same from anywhere, also while typing</source>
            <translation>同上，任何位置均可，输入文字时也可用</translation>
        </message>
        <message>
            <source>PgDown or Ctrl+Down, Alt+N</source>
            <translation>PgDown 或 Ctrl+下、Alt+N</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>下一项</translation>
        </message>
        <message>
            <source>PgUp or Ctrl+Up, Alt+P</source>
            <translation>PgUp 或 Ctrl+上、Alt+P</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>上一项</translation>
        </message>
        <message>
            <source>Up, Down in the item list</source>
            <translation>项目列表中的上、下</translation>
        </message>
        <message>
            <source>Go to any item</source>
            <translation>转到任一项目</translation>
        </message>
        <message>
            <source>Ctrl+E or Alt+O</source>
            <translation>Ctrl+E 或 Alt+O</translation>
        </message>
        <message>
            <source>Write the observation of the current item</source>
            <translation>填写当前项目的检查情况</translation>
        </message>
        <message>
            <source>Alt+V</source>
            <translation>Alt+V</translation>
        </message>
        <message>
            <source>Link evidence to the current item</source>
            <translation>为当前项目关联证据</translation>
        </message>
        <message>
            <source>Alt+D</source>
            <translation>Alt+D</translation>
        </message>
        <message>
            <source>Findings and outcome</source>
            <translation>发现问题与处理</translation>
        </message>
        <message>
            <source>Alt+C</source>
            <translation>Alt+C</translation>
        </message>
        <message>
            <source>Complete and seal</source>
            <translation>完成并封存</translation>
        </message>
        <message>
            <source>Alt+L</source>
            <translation>Alt+L</translation>
        </message>
        <message>
            <source>Back to the list of inspections</source>
            <translation>返回检查列表</translation>
        </message>
        <message>
            <source>Tab order in the walkthrough</source>
            <translation>逐项检查中的 Tab 顺序</translation>
        </message>
        <message>
            <source>Everything you type is saved as you type; after closing the app or a crash it reopens the draft at the same item.</source>
            <translation>输入内容随输随存；关闭程序或程序崩溃后，重新打开时回到同一草稿的同一项目。</translation>
        </message>
        <message>
            <source>Alt+A</source>
            <translation>Alt+A</translation>
        </message>
        <message>
            <source>Capture now: a photo or video from a connected camera, linked to the current item</source>
            <translation>现场拍摄：用已连接的摄像头拍照或录像，并关联到当前项目</translation>
        </message>
        <message>
            <source>Item list → result (arrow keys choose among the four) → legal text and guidance → the item's structured observations → observation and notes → linked evidence → Link evidence → Capture now → Previous → Next → Findings &amp; outcome → Complete &amp; seal → Back to the list.</source>
            <translation>项目列表 → 检查结果(方向键在四项中选择) → 法律条文与检查要点 → 本项记录事项 → 检查情况及备注 → 关联的证据 → 关联证据 → 现场拍摄 → 上一项 → 下一项 → 发现问题与处理 → 完成并封存 → 返回列表。</translation>
        </message>
        <message>
            <source>Ctrl+L</source>
            <translation>Ctrl+L</translation>
        </message>
        <message>
            <source>Lock the screen (your secret unlocks it)</source>
            <translation>锁定屏幕(输入密码解锁)</translation>
        </message>
        <message>
            <source>Quit (everything is already saved; you are signed out)</source>
            <translation>退出(所有内容均已保存；同时退出登录)</translation>
        </message>
        <message>
            <source>Sites &amp; units</source>
            <translation>场所与单位</translation>
        </message>
        <message>
            <source>Ctrl+Shift+N</source>
            <translation>Ctrl+Shift+N</translation>
        </message>
        <message>
            <source>Add a unit (then its video system)</source>
            <translation>添加单位(随后添加其视频系统)</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>New video system</source>
            <translation>新建视频系统</translation>
        </message>
        <message>
            <source>Enter or F2</source>
            <translation>回车或 F2</translation>
        </message>
        <message>
            <source>Edit the chosen video system</source>
            <translation>编辑所选视频系统</translation>
        </message>
        <message>
            <source>Shift+F2</source>
            <translation>Shift+F2</translation>
        </message>
        <message>
            <source>Edit its unit</source>
            <translation>编辑其所属单位</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>New inspection of the chosen video system</source>
            <translation>对所选视频系统新建检查</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>Search by name, USCC or address</source>
            <translation>按名称、统一社会信用代码或地址搜索</translation>
        </message>
        <message>
            <source>Choose a proposed order</source>
            <translation>选择建议的处理决定</translation>
        </message>
        <message>
            <source>Alt+K</source>
            <translation>Alt+K</translation>
        </message>
        <message>
            <source>Kind of order, e.g. 责令限期改正</source>
            <translation>处理种类，如责令限期改正</translation>
        </message>
        <message>
            <source>Alt+P</source>
            <translation>Alt+P</translation>
        </message>
        <message>
            <source>Correction period: days, working days or a date</source>
            <translation>改正期限：日数、工作日数或截止日期</translation>
        </message>
        <message>
            <source>Alt+I</source>
            <translation>Alt+I</translation>
        </message>
        <message>
            <source>Issue the order</source>
            <translation>作出处理决定</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Completion and sealing</source>
            <translation>完成检查与封存</translation>
        </message>
        <message>
            <source>Seal anyway although pieces are missing (Tab: write the reason)</source>
            <translation>虽有缺项仍然封存(按 Tab 填写理由)</translation>
        </message>
        <message>
            <source>Alt+S</source>
            <translation>Alt+S</translation>
        </message>
        <message>
            <source>Seal (asks to confirm: Y)</source>
            <translation>封存(需确认：按 Y)</translation>
        </message>
        <message>
            <source>Close without sealing</source>
            <translation>关闭，不封存</translation>
        </message>
        <message>
            <source>Alt+T, O</source>
            <translation>Alt+T，O</translation>
        </message>
        <message>
            <source>Tools ▸ Officers: add a colleague (a second inspector), deactivate or reactivate one</source>
            <translation>工具 ▸ 民警：添加同事（第二名检查人员），停用或重新启用民警</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::InspectionsPage</name>
        <message>
            <source>All inspections</source>
            <translation>全部检查</translation>
        </message>
        <message>
            <source>Drafts in progress</source>
            <translation>进行中的草稿</translation>
        </message>
        <message>
            <source>Open inspection</source>
            <translation>打开检查</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::LockDialog</name>
        <message>
            <source>Locked after a time without input. %1 (%2), enter your secret to go on.</source>
            <translation>长时间无操作，已锁定。%1（%2），请输入密码继续。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Sites &amp; units</source>
            <translation>场所与单位</translation>
        </message>
        <message>
            <source>Re-inspections</source>
            <translation>复查</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>&amp;Keyboard and help</source>
            <translation>键盘操作与帮助(&amp;K)</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2), %3</source>
            <translation>已登录：%1（%2），%3</translation>
        </message>
        <message>
            <source>Not signed in</source>
            <translation>未登录</translation>
        </message>
        <message>
            <source>Print inspection record</source>
            <translation>打印检查笔录</translation>
        </message>
        <message>
            <source>Inspection &amp;number:</source>
            <translation>检查编号(&amp;N)：</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>打印通知书</translation>
        </message>
        <message>
            <source>Order id or inspection &amp;number:</source>
            <translation>处理决定编号或检查编号(&amp;N)：</translation>
        </message>
        <message>
            <source>Import holiday notice</source>
            <translation>导入放假安排通知</translation>
        </message>
        <message>
            <source>Calendar files (*.txt);;All files (*)</source>
            <translation>日历文件 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Replace calendar</source>
            <translation>替换日历</translation>
        </message>
        <message>
            <source>A calendar for %1 is already installed. Replace it with %2?</source>
            <translation>%1 年的日历已安装。是否用%2替换？</translation>
        </message>
        <message>
            <source>The import was cancelled; the installed calendar is unchanged.</source>
            <translation>已取消导入；已安装的日历未改变。</translation>
        </message>
        <message>
            <source>Holiday notice not imported</source>
            <translation>放假安排通知未导入</translation>
        </message>
        <message>
            <source>The file was not imported; nothing was changed.

%1</source>
            <translation>文件未导入，未作任何更改。

%1</translation>
        </message>
        <message>
            <source>Holiday notice imported</source>
            <translation>放假安排通知已导入</translation>
        </message>
        <message>
            <source>The %1 calendar (%2) is installed: %3 days off, %4 make-up working days.</source>
            <translation>%1 年日历（%2）已安装：放假 %3 天，调休上班 %4 天。</translation>
        </message>
        <message>
            <source>&amp;Officers…</source>
            <translation>民警(&amp;O)…</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::NewInspectionWizard</name>
        <message>
            <source>This is a place under Art. 9 of the Regulation: items 1–3 are the focus (Rules Art. 12).</source>
            <translation>本场所属于《条例》第九条规定的其他公共场所：重点检查第一项至第三项(《规定》第十二条)。</translation>
        </message>
        <message>
            <source>Professional inspection by the technology and informatization department: items 8–13 are the focus (Rules Art. 11).</source>
            <translation>由科技信息化部门组织实施的专业检查：重点检查第八项至第十三项(《规定》第十一条)。</translation>
        </message>
        <message>
            <source>General inspection by the police station: items 1–7 are the focus (Rules Art. 11).</source>
            <translation>由公安派出所实施的一般检查：重点检查第一项至第七项(《规定》第十一条)。</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %2 · %n inspector(s).</source>
            <translation>
                <numerusform>%1 · %2 · 检查民警 %n 名。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (national, %2, version %3)</source>
            <translation>%1(全国，%2，第 %3 版)</translation>
        </message>
        <message>
            <source>%1 (local pack %2, version %3)</source>
            <translation>%1(地方补充清单 %2，第 %3 版)</translation>
        </message>
        <message>
            <source>No local pack applies to this system's jurisdiction.</source>
            <translation>本系统所在辖区没有适用的地方补充清单。</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) to check.</source>
            <translation>
                <numerusform>共 %n 个检查项目。</numerusform>
            </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(无)</translation>
        </message>
        <message>
            <source>New inspection</source>
            <translation>新建检查</translation>
        </message>
        <message>
            <source>Choose the video system to inspect.</source>
            <translation>请选择被检查的视频系统。</translation>
        </message>
        <message numerus="yes">
            <source>An inspection needs at least two inspecting officers; %n chosen. Tick another officer with the space bar. (The record made under Rules Art. 13 names every inspecting officer.)</source>
            <translation>
                <numerusform>检查需要至少两名检查民警，当前选择了 %n 名。请用空格键再勾选一名民警。(依《规定》第十三条制作的检查笔录载明每名检查民警。)</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking a report (举报核查, Rules Art. 16) needs the report's reference.</source>
            <translation>举报核查(《规定》第十六条)须填写举报编号。</translation>
        </message>
        <message numerus="yes">
            <source>%1 was inspected on %2 (inspection %3), within the last %n day(s). Rules Art. 17 asks to prevent repeated inspections (防止重复检查). Start another inspection anyway?</source>
            <translation>
                <numerusform>%1 已于 %2 接受检查(检查编号 %3)，在最近 %n 日内。《规定》第十七条要求防止多头检查、重复检查。仍要开始新的检查吗？</numerusform>
            </translation>
        </message>
        <message>
            <source>Inspected recently</source>
            <translation>近期已检查</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::OfficersDialog</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Police number</source>
            <translation>警号</translation>
        </message>
        <message>
            <source>Police unit</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>optional; at least %1 characters to sign in here</source>
            <translation>可不填；如需在本机登录，至少 %1 个字符</translation>
        </message>
        <message>
            <source>Only an administrator can add, deactivate or reactivate officers.</source>
            <translation>只有管理员可以添加、停用或重新启用民警。</translation>
        </message>
        <message>
            <source>with a secret</source>
            <translation>已设口令</translation>
        </message>
        <message>
            <source>no secret</source>
            <translation>未设口令</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Reac&amp;tivate</source>
            <translation>重新启用(&amp;T)</translation>
        </message>
        <message>
            <source>The secret has %1 character(s); at least %2 are needed, or leave it empty.</source>
            <translation>口令只有 %1 个字符，至少需要 %2 个；也可以不填。</translation>
        </message>
        <message>
            <source>The two secrets differ; type the same secret twice.</source>
            <translation>两次输入的口令不一致，请输入相同的口令。</translation>
        </message>
        <message>
            <source>%1 (%2) was added.</source>
            <translation>已添加 %1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::OutcomeDialog</name>
        <message>
            <source>Days (calendar)</source>
            <translation>日（自然日）</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Until a date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>No item is non-compliant: there is nothing to order.</source>
            <translation>没有不符合要求的项目，无需作出处理决定。</translation>
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation>第%1项：%2</translation>
        </message>
        <message>
            <source>[issued] %1</source>
            <translation>[已作出] %1</translation>
        </message>
        <message>
            <source>(finding not named in the walkthrough: the checklist's first one is assumed)</source>
            <translation>（检查时未选定具体问题，暂按检查表所列第一种情形）</translation>
        </message>
        <message>
            <source>If not corrected: %1</source>
            <translation>拒不改正的后果：%1</translation>
        </message>
        <message>
            <source>A %1 has no correction deadline or re-inspection date.</source>
            <translation>%1没有改正期限和复查日期。</translation>
        </message>
        <message>
            <source>PROVISIONAL: </source>
            <translation>暂定：</translation>
        </message>
        <message>
            <source>Correction deadline: %1. </source>
            <translation>改正期限届满：%1。</translation>
        </message>
        <message>
            <source>Re-inspection due: %1.</source>
            <translation>复查日期：%1。</translation>
        </message>
        <message>
            <source>Order %1 issued; re-inspection due %2.</source>
            <translation>已作出处理决定 %1；复查日期 %2。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::PlayerDialog</name>
        <message>
            <source>Evidence: %1</source>
            <translation>证据：%1</translation>
        </message>
        <message>
            <source>%1 · captured %2 · inspection %3
SHA-256 %4</source>
            <translation>%1 · 拍摄于 %2 · 检查 %3
SHA-256 %4</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>The file of this evidence is missing from the evidence store (%1). Run "psvctl evidence verify" to check the store.</source>
            <translation>证据库中缺少此证据的文件（%1）。请运行“psvctl evidence verify”检查证据库。</translation>
        </message>
        <message>
            <source>The photo cannot be shown: %1</source>
            <translation>无法显示照片：%1</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Play</source>
            <translation>播放(&amp;P)</translation>
        </message>
        <message>
            <source>The recording cannot be played: %1</source>
            <translation>无法播放录像：%1</translation>
        </message>
        <message>
            <source>This evidence belongs to no inspection, so it cannot be linked to an item.</source>
            <translation>此证据不属于任何检查，无法关联到检查项目。</translation>
        </message>
        <message>
            <source>Choose a checklist item of this evidence's inspection.</source>
            <translation>请选择此证据所属检查的一个检查项目。</translation>
        </message>
        <message>
            <source>Linked %1–%2 to item %3.</source>
            <translation>已将 %1–%2 关联到项目 %3。</translation>
        </message>
        <message>
            <source>Linked to item %1.</source>
            <translation>已关联到项目 %1。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::RecordPreviewDialog</name>
        <message>
            <source>Inspection record %1 (version %2)</source>
            <translation>检查笔录 %1（第 %2 版）</translation>
        </message>
        <message>
            <source>Notice to correct within a time limit</source>
            <translation>责令限期改正通知书</translation>
        </message>
        <message>
            <source>Notice to correct</source>
            <translation>责令改正通知书</translation>
        </message>
        <message>
            <source>This order is a %1; only orders to correct (责令改正, 责令限期改正) have a notice to print.</source>
            <translation>该处理决定为 %1；只有责令改正、责令限期改正才有可打印的通知书。</translation>
        </message>
        <message>
            <source>Print inspection record</source>
            <translation>打印检查笔录</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>打印通知书</translation>
        </message>
        <message>
            <source>Pages: %1. Sealed record, prints as final.</source>
            <translation>共 %1 页。已封存，按正式文书打印。</translation>
        </message>
        <message>
            <source>Pages: %1. Not sealed, prints as a draft with a watermark.</source>
            <translation>共 %1 页。未封存，按带“草稿”水印的草稿打印。</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>打印预览 — %1</translation>
        </message>
        <message>
            <source>There is no document to save.</source>
            <translation>没有可保存的文书。</translation>
        </message>
        <message>
            <source>There is no document to print.</source>
            <translation>没有可打印的文书。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved %1 (pages: %2); the export is in the audit log.</source>
            <translation>已保存 %1（共 %2 页）；本次导出已记入审计日志。</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>打印 %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Sent to the printer (pages: %1); the print is in the audit log.</source>
            <translation>已发送至打印机（共 %1 页）；本次打印已记入审计日志。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::ReinspectionsPage</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Dates marked provisional fall in a year without an installed official calendar; import the State Council notice (Tools → Import holiday notice…).</source>
            <translation>标为“暂定”的日期所在年份尚未安装官方日历；请导入国务院办公厅放假安排通知（工具 → 导入放假安排通知…）。</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>No basis was recorded with the order.</source>
            <translation>该处理决定未记录计算依据。</translation>
        </message>
        <message>
            <source>Re-inspection %1</source>
            <translation>复查 %1</translation>
        </message>
        <message>
            <source>&amp;Open re-inspection</source>
            <translation>打开复查(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Start re-inspection</source>
            <translation>开始复查(&amp;S)</translation>
        </message>
        <message>
            <source>Re-inspection not started</source>
            <translation>未开始复查</translation>
        </message>
        <message>
            <source>Order not closed</source>
            <translation>未结案</translation>
        </message>
        <message>
            <source>Close order</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Were the problems found at %1 (%2, issued %3) corrected?

Yes: close the order as corrected.
No: not corrected — close it as escalated for further action.</source>
            <translation>%1 发现的问题（%2，%3 作出）是否已改正？

是：按“已改正”结案。
否：未改正 —— 按“已升级处理”结案，依法进一步处理。</translation>
        </message>
        <message>
            <source>Export re-inspection calendar</source>
            <translation>导出复查日历</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar 文件 (*.ics)</translation>
        </message>
        <message>
            <source>Calendar not exported</source>
            <translation>日历未导出</translation>
        </message>
        <message>
            <source>Calendar exported</source>
            <translation>日历已导出</translation>
        </message>
        <message>
            <source>The schedule was written to %1.</source>
            <translation>复查日程已写入 %1。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::SignInDialog</name>
        <message>
            <source>Sign &amp;in</source>
            <translation>登录(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::SiteDetailsPane</name>
        <message>
            <source>none (individual)</source>
            <translation>无（个人）</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不详</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n天</numerusform>
            </translation>
        </message>
        <message>
            <source>not declared</source>
            <translation>未申报</translation>
        </message>
        <message>
            <source>%1, number %2, on %3</source>
            <translation>%1，编号 %2，日期 %3</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <source>an unrecorded date</source>
            <translation>日期未记录</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>已逾期：%1</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::SiteDialog</name>
        <message>
            <source>New video system</source>
            <translation>新建视频系统</translation>
        </message>
        <message>
            <source>Edit video system</source>
            <translation>编辑视频系统</translation>
        </message>
        <message>
            <source>Not declared</source>
            <translation>未申报</translation>
        </message>
        <message>
            <source>No unit is recorded yet; add the unit that runs the system first.</source>
            <translation>尚未登记单位；请先添加管理该系统的单位。</translation>
        </message>
        <message>
            <source>The video system's name is required.</source>
            <translation>必须填写视频系统名称。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::SiteTableModel</name>
        <message>
            <source>Filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <source>Not filed</source>
            <translation>未备案</translation>
        </message>
        <message>
            <source>Not filed, overdue</source>
            <translation>未备案，已逾期</translation>
        </message>
        <message>
            <source>Not filed (not required)</source>
            <translation>未备案（非强制）</translation>
        </message>
        <message>
            <source>Not required</source>
            <translation>无需备案</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不详</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>USCC</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Video system</source>
            <translation>视频系统</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Place category</source>
            <translation>场所类别</translation>
        </message>
        <message>
            <source>Filing</source>
            <translation>备案</translation>
        </message>
        <message>
            <source>Filing deadline</source>
            <translation>备案期限</translation>
        </message>
        <message>
            <source>Last inspection</source>
            <translation>最近检查</translation>
        </message>
        <message>
            <source>Open orders</source>
            <translation>未改正处理</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::SitesPage</name>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Filed</source>
            <translation>已备案</translation>
        </message>
        <message>
            <source>Not filed</source>
            <translation>未备案</translation>
        </message>
        <message>
            <source>Overdue filing</source>
            <translation>逾期未备案</translation>
        </message>
        <message>
            <source>No units or video systems yet</source>
            <translation>尚无单位和视频系统</translation>
        </message>
        <message>
            <source>No video systems yet</source>
            <translation>尚无视频系统</translation>
        </message>
        <message>
            <source>Add the unit that runs a public video system (with its unified social credit code), then its video system.</source>
            <translation>请先添加公共安全视频系统管理单位（含统一社会信用代码），再添加其视频系统。</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) recorded. Add the video system a unit runs to inspect it.</source>
            <translation>
                <numerusform>已登记%n个单位。添加单位管理的视频系统后即可检查。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n video system(s)</source>
            <translation>
                <numerusform>%1/%n个视频系统</numerusform>
            </translation>
        </message>
        <message>
            <source>Add a video system</source>
            <translation>添加视频系统</translation>
        </message>
        <message>
            <source>Add the video system that %1 runs now?</source>
            <translation>现在添加%1管理的视频系统吗？</translation>
        </message>
        <message>
            <source>Edit video system</source>
            <translation>编辑视频系统</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>编辑单位</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::SyncPage</name>
        <message>
            <source>(another version, kept with the conflict)</source>
            <translation>（另一版本，随冲突保存）</translation>
        </message>
        <message>
            <source>Sync bundles (*.psvbundle);;All files (*)</source>
            <translation>同步包 (*.psvbundle);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export a sync bundle</source>
            <translation>导出同步包</translation>
        </message>
        <message>
            <source>Import a sync bundle</source>
            <translation>导入同步包</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>检查类别</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>Other device</source>
            <translation>对方设备</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Video system</source>
            <translation>视频系统</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>封存值</translation>
        </message>
        <message>
            <source>Bundle written to %1: %2 records, %3 evidence files.</source>
            <translation>同步包已写入 %1：%2 条记录，%3 个证据文件。</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>The bundle is refused: %1</source>
            <translation>同步包被拒绝：%1</translation>
        </message>
        <message>
            <source>Bundle from device %1 (%2), created %3: %4 records, %5 evidence files. Apply it?</source>
            <translation>来自设备 %1（%2）的同步包，创建于 %3：%4 条记录，%5 个证据文件。是否导入？</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Settle a conflict</source>
            <translation>处理冲突</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::UnitDialog</name>
        <message>
            <source>New unit</source>
            <translation>新建单位</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>编辑单位</translation>
        </message>
        <message>
            <source>The unit's name is required.</source>
            <translation>必须填写单位名称。</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::VerifyRecordDialog</name>
        <message>
            <source>Enter the seal hash printed on the record as well (64 hex digits), or paste the QR text that carries it.</source>
            <translation>还需输入笔录上印制的封存校验值（64 位十六进制数字），或粘贴含有该值的二维码文本。</translation>
        </message>
        <message>
            <source>MATCH: the paper record is inspection %1 (version %2) and matches the stored sealed data (seal %3).</source>
            <translation>一致：该纸质笔录为检查 %1（第 %2 版），与存储的封存数据一致（封存校验值 %3）。</translation>
        </message>
        <message>
            <source>DOES NOT MATCH: %1</source>
            <translation>不一致：%1</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::VolumeImportOffer</name>
        <message>
            <source>Camera connected</source>
            <translation>已连接执法记录仪</translation>
        </message>
        <message>
            <source>%1 looks like a body camera's storage (%2), but there is no draft inspection to import into. Start the inspection, then import from the Evidence page.</source>
            <translation>%1 看起来是执法记录仪的存储（%2），但没有可导入的草稿检查。请先开始检查，再从“证据”页导入。</translation>
        </message>
        <message>
            <source>%1 looks like a body camera's storage (%2). Import its recordings into inspection %3?</source>
            <translation>%1 看起来是执法记录仪的存储（%2）。将其中的录像导入检查 %3 吗？</translation>
        </message>
    </context>
    <context>
        <name>psv::ui::WalkthroughWidget</name>
        <message>
            <source>Inspection %1 · %2 (%3) · %4</source>
            <translation>检查 %1 · %2(%3) · %4</translation>
        </message>
        <message>
            <source>Item %1: %2</source>
            <translation>第 %1 项：%2</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(未记录)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日(YYYY-MM-DD)</translation>
        </message>
        <message>
            <source> (days)</source>
            <translation>(日)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>%1/%2 checked</source>
            <translation>已检查 %1/%2</translation>
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
            <source>unexpected argument(s): %1</source>
            <translation>多余的参数：%1</translation>
        </message>
        <message>
            <source>due needs --order-date YYYY-MM-DD</source>
            <translation>due 需要 --order-date YYYY-MM-DD</translation>
        </message>
        <message>
            <source>--order-date '%1' is not a date; expected YYYY-MM-DD</source>
            <translation>--order-date“%1”不是日期；应为 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>give at most one of --deadline, --deadline-days and --deadline-workdays</source>
            <translation>--deadline、--deadline-days 和 --deadline-workdays 最多只能指定一个</translation>
        </message>
        <message>
            <source>--deadline '%1' is not a date; expected YYYY-MM-DD</source>
            <translation>--deadline“%1”不是日期；应为 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>'%1' is not a number of days; expected a whole number such as 15</source>
            <translation>“%1”不是天数；应为整数，例如 15</translation>
        </message>
        <message>
            <source>Correction period expires: %1</source>
            <translation>改正期限届满：%1</translation>
        </message>
        <message>
            <source>Re-inspection due: %1</source>
            <translation>复查期限：%1</translation>
        </message>
        <message>
            <source>PROVISIONAL: counted on weekends only for %1.</source>
            <translation>暂定：%1年仅按周末计算。</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>依据：</translation>
        </message>
        <message>
            <source>calendar show needs one YEAR between 1900 and 2199, e.g. psvctl calendar show 2025</source>
            <translation>calendar show 需要一个 1900 至 2199 之间的年份，例如 psvctl calendar show 2025</translation>
        </message>
        <message>
            <source>%1: built-in official calendar, %2</source>
            <translation>%1年：内置官方日历，%2</translation>
        </message>
        <message>
            <source>%1: imported official calendar, %2</source>
            <translation>%1年：已导入的官方日历，%2</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>来源：%1</translation>
        </message>
        <message>
            <source>make-up working day</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>day off</source>
            <translation>放假</translation>
        </message>
        <message>
            <source>Listed: %1 days off, %2 make-up working days.</source>
            <translation>列出：放假 %1 天，调休上班 %2 天。</translation>
        </message>
        <message>
            <source>The year has %1 working days and %2 days off.</source>
            <translation>全年工作日 %1 天，休息日 %2 天。</translation>
        </message>
        <message>
            <source>calendar workday needs one DATE as YYYY-MM-DD</source>
            <translation>calendar workday 需要一个 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <source>yes, a working day</source>
            <translation>是，工作日</translation>
        </message>
        <message>
            <source>no, not a working day</source>
            <translation>否，非工作日</translation>
        </message>
        <message>
            <source>calendar import needs one FILE</source>
            <translation>calendar import 需要一个文件</translation>
        </message>
        <message>
            <source>No data directory could be determined; pass --data-dir DIR.</source>
            <translation>无法确定数据目录；请使用 --data-dir DIR 指定。</translation>
        </message>
        <message>
            <source>To replace the installed calendar for %1, pass --replace.</source>
            <translation>如需替换已安装的 %1 年日历，请加 --replace。</translation>
        </message>
        <message>
            <source>Imported the %1 calendar (%2 days off, %3 make-up working days) to %4.</source>
            <translation>已导入 %1 年日历（放假 %2 天，调休上班 %3 天）至 %4。</translation>
        </message>
        <message>
            <source>Re-inspection due date (规定 Art. 15) for 责令改正, or with a period for 责令限期改正, with the days counted and the articles.</source>
            <translation>计算责令改正（或指定期限时的责令限期改正）的复查期限（《规定》第十五条），并列出计算的日期和依据条款。</translation>
        </message>
        <message>
            <source>The official calendar of a year: listed days, counts, and whether it is built in, imported or missing.</source>
            <translation>显示某年的官方日历：列出的日期、天数统计，以及日历为内置、已导入还是缺失。</translation>
        </message>
        <message>
            <source>Whether a date is a working day, and why.</source>
            <translation>判断某日是否为工作日，并说明理由。</translation>
        </message>
        <message>
            <source>Validate a year's official calendar (State Council notice) and install it; nothing is written when it has problems.</source>
            <translation>校验并安装某年的官方日历（国务院办公厅通知）；有问题时不写入任何内容。</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>The input file cannot be read: %1</source>
            <translation>无法读取输入文件：%1</translation>
        </message>
        <message>
            <source>Wrote %1: %2 pages, final.</source>
            <translation>已写入 %1：共 %2 页，正式版。</translation>
        </message>
        <message>
            <source>Wrote %1: %2 pages, draft with a watermark.</source>
            <translation>已写入 %1：共 %2 页，草稿（带水印）。</translation>
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
            <source>national</source>
            <translation>全国</translation>
        </message>
        <message>
            <source>local</source>
            <translation>地方</translation>
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
            <source>no order prescribed</source>
            <translation>未规定处理方式</translation>
        </message>
        <message>
            <source>unexpected arguments: %1</source>
            <translation>多余的参数：%1</translation>
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
            <source>%1: %2 problem(s); the checklist would be refused</source>
            <translation>%1：%2 个问题；该检查清单将不被采用</translation>
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
        <message>
            <source>
Write commands take --officer POLICE_NO (also before the command): the officer named as the actor in the audit log; an officer with a sign-in secret gives it in the environment variable PSV_SECRET. Without --officer the actor is cli:&lt;operating-system user&gt;.
</source>
            <translation>
写入命令可用 --officer 警号（也可放在命令之前）指明审计日志中的操作民警；设有登录密码的民警须通过环境变量 PSV_SECRET 提供密码。不指定 --officer 时，操作人记为 cli:&lt;操作系统用户&gt;。
</translation>
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
            <source>Show an inspection with its items, orders and evidence (the latest version unless --version-no); the view is audited.</source>
            <translation>显示检查及其检查项、处理决定和证据（默认最新版本，可用 --version-no 指定）；查看操作记入审计日志。</translation>
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
                <numerusform>审计日志校验通过：共 %n 条，哈希链完整。</numerusform>
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
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>already stored</source>
            <translation>已存储</translation>
        </message>
        <message>
            <source>failed: %1</source>
            <translation>失败：%1</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>not attempted: %1</source>
            <translation>未导入：%1</translation>
        </message>
        <message>
            <source>No file to import; give one or more paths.</source>
            <translation>没有要导入的文件；请给出一个或多个路径。</translation>
        </message>
        <message>
            <source>Copy body-camera files into the evidence store (hashed with SHA-256) and record them for the inspection; prints each file's name, SHA-256 and result.</source>
            <translation>将执法记录仪文件复制到证据存储（计算 SHA-256 值）并登记到该次检查；逐个输出文件名、SHA-256 值和结果。</translation>
        </message>
        <message>
            <source>Re-hash every stored evidence file; exit 1 naming any mismatch or missing file.</source>
            <translation>重新计算每个已存储证据文件的 SHA-256 值；如有不一致或缺失的文件，逐一列出并以状态 1 退出。</translation>
        </message>
        <message>
            <source>List the catalogued evidence, of one inspection or all.</source>
            <translation>列出已登记的证据（某次检查的或全部）。</translation>
        </message>
        <message>
            <source>Evidence files checked: %1; every one matches its SHA-256.</source>
            <translation>已校验证据文件 %1 个；全部与其 SHA-256 值一致。</translation>
        </message>
        <message>
            <source>Problems found in the evidence store: %1.</source>
            <translation>证据存储中发现问题 %1 处。</translation>
        </message>
        <message>
            <source>Print the inspection record (检查笔录) of a stored inspection to PDF; an unsealed one is a draft with a watermark. The export is logged.</source>
            <translation>将已保存检查的检查笔录输出为 PDF；未封存的为带水印的草稿。导出记入审计日志。</translation>
        </message>
        <message>
            <source>Print the correction notice (责令(限期)改正通知书) of a stored order to PDF. The export is logged.</source>
            <translation>将已保存处理的责令(限期)改正通知书输出为 PDF。导出记入审计日志。</translation>
        </message>
        <message>
            <source>The sample data is already loaded; nothing was changed.</source>
            <translation>示例数据已载入；未作任何更改。</translation>
        </message>
        <message>
            <source>Sample data loaded: %1 unit(s), %2 video system(s) and %3 officer(s), all named 示例 (sample).</source>
            <translation>已载入示例数据：%1 个单位、%2 个视频系统和 %3 名民警，名称均带“示例”字样。</translation>
        </message>
        <message>
            <source>Load the sample data set: units named 示例…, their video systems and sample officers (police numbers 900001–900003, no secret). Loading again changes nothing.</source>
            <translation>载入示例数据集：名称以“示例”开头的单位、其视频系统以及示例民警（警号 900001–900003，无密码）。重复载入不会作任何更改。</translation>
        </message>
        <message>
            <source>Give the correction period once: --deadline, --deadline-days or --deadline-workdays.</source>
            <translation>改正期限只能填写一次：--deadline、--deadline-days 或 --deadline-workdays。</translation>
        </message>
        <message>
            <source>No re-inspections are scheduled.</source>
            <translation>没有待安排的复查。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n event(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 个日程写入 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>order close needs exactly one of --corrected (the problems were corrected) and --escalated (they were not)</source>
            <translation>order close 须且只能指定 --corrected（问题已改正）或 --escalated（未改正）之一</translation>
        </message>
        <message>
            <source>Re-inspections overdue, due today, due in the next N working days (default 3) and later; --all adds the closed ones.</source>
            <translation>列出逾期、今日到期、N 个工作日内（默认 3）到期及以后到期的复查；--all 同时列出已结案的。</translation>
        </message>
        <message>
            <source>Write the open re-inspections and correction deadlines as an iCalendar file (RFC 5545). The export is logged.</source>
            <translation>将未完成的复查和改正期限导出为 iCalendar 文件（RFC 5545）。导出记入审计日志。</translation>
        </message>
        <message>
            <source>Start the re-inspection of an order: a draft of the same system and kind, linked to the order; prints its number.</source>
            <translation>开始对处理决定的复查：创建同一系统、同一类别的检查草稿并关联到该处理决定；输出其编号。</translation>
        </message>
        <message>
            <source>Close an order after its re-inspection is sealed: corrected, or escalated when not corrected.</source>
            <translation>复查封存后结案：已改正，或未改正时按“已升级处理”结案。</translation>
        </message>
        <message>
            <source>Give either --peer or --inspection, not both.</source>
            <translation>请指定 --peer 或 --inspection 之一，不能同时指定。</translation>
        </message>
        <message>
            <source>Bundle %1 written to %2: %3 records, %4 evidence files.</source>
            <translation>同步包 %1 已写入 %2：%3 条记录，%4 个证据文件。</translation>
        </message>
        <message>
            <source>(kept with the conflict)</source>
            <translation>（随冲突保存）</translation>
        </message>
        <message>
            <source>No sync conflicts to settle.</source>
            <translation>没有待处理的同步冲突。</translation>
        </message>
        <message>
            <source>usage: psvctl sync settle ID --keep local|remote|VALUE</source>
            <translation>用法：psvctl sync settle ID --keep local|remote|VALUE</translation>
        </message>
        <message>
            <source>Sync conflict %1 settled (%2).</source>
            <translation>同步冲突 %1 已处理（%2）。</translation>
        </message>
        <message>
            <source>%1: acknowledged up to change %2, received up to change %3
</source>
            <translation>%1：已确认至变更 %2，已接收至变更 %3
</translation>
        </message>
        <message>
            <source>No inspections are waiting for review.</source>
            <translation>没有等待审核的检查。</translation>
        </message>
        <message>
            <source>Inspection %1 approved (seal %2).</source>
            <translation>检查 %1 已通过审核（封存值 %2）。</translation>
        </message>
        <message>
            <source>Inspection %1 returned (seal %2).</source>
            <translation>检查 %1 已退回（封存值 %2）。</translation>
        </message>
        <message>
            <source>Write a sync bundle: what the peer has not acknowledged, the chosen inspections, or everything; with --with-media the evidence files too.</source>
            <translation>写出同步包：对端尚未确认的变更、所选检查或全部数据；加 --with-media 时一并包含证据文件。</translation>
        </message>
        <message>
            <source>Verify a sync bundle and apply it in one transaction; exit 0 when applied or already applied, 1 with the reason when refused.</source>
            <translation>校验同步包并在一个事务中导入；已导入或此前已导入时退出码为 0，被拒绝时为 1 并说明原因。</translation>
        </message>
        <message>
            <source>List the sync conflicts waiting for a person to settle them.</source>
            <translation>列出等待人工处理的同步冲突。</translation>
        </message>
        <message>
            <source>Settle a sync conflict by keeping the local value, the remote value or a value given.</source>
            <translation>处理同步冲突：保留本机值、对方值或指定的值。</translation>
        </message>
        <message>
            <source>List the devices this one exchanges bundles with and what each has acknowledged.</source>
            <translation>列出与本机交换同步包的设备及各自已确认的内容。</translation>
        </message>
        <message>
            <source>List the sealed inspections waiting for review (with --all, every sealed inspection).</source>
            <translation>列出等待审核的已封存检查（加 --all 列出全部已封存检查）。</translation>
        </message>
        <message>
            <source>Approve a submitted inspection; the decision is bound to its seal hash.</source>
            <translation>审核通过已提交的检查；该决定与其封存哈希绑定。</translation>
        </message>
        <message>
            <source>Return a submitted inspection with a comment; the decision is bound to its seal hash.</source>
            <translation>附意见退回已提交的检查；该决定与其封存哈希绑定。</translation>
        </message>
        <message>
            <source>(stored beside the local record as %1)</source>
            <translation>（作为%1与本机记录并存）</translation>
        </message>
        <message>
            <source>Not received: the records came from device %1 in a metadata-only bundle; a full bundle (bundle export --with-media on that device) brings the file.</source>
            <translation>尚未收到：这些记录来自设备 %1 的仅元数据同步包；在该设备上导出完整同步包（bundle export --with-media）即可带来该文件。</translation>
        </message>
        <message>
            <source>Evidence files not received yet from other devices: %1.</source>
            <translation>尚未从其他设备收到的证据文件：%1 个。</translation>
        </message>
        <message>
            <source>Issue an order after an inspection that is not sealed yet: the deadline and re-inspection date are computed on the working-day calendar (规定 Art. 15); facts, provision violated, legal basis and requirement not given are taken from the checklist for the --finding item (an order to correct lacking any is refused); prints its id.</source>
            <translation>对尚未封存的检查下达处理决定：改正期限和复查日期按工作日历计算（规定第十五条）；未给出的事实、违反的规定、法律依据和改正要求取自 --finding 所指检查项的检查表（责令改正缺少其中任何一项即被拒绝）；输出其编号。</translation>
        </message>
        <message>
            <source>Seal an inspection: compute its SHA-256 seal; it cannot change afterwards. Prints the seal. An inspection the completion check finds incomplete is refused unless --override-reason says why it is sealed anyway (the reason goes into its notes and the audit log).</source>
            <translation>封存检查：计算其 SHA-256 封存值，此后不得更改。输出封存值。完整性检查认为不完整的检查将被拒绝，除非以 --override-reason 说明仍予封存的理由（理由写入其备注和审计日志）。</translation>
        </message>
    </context>
</TS>
