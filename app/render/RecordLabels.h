#pragma once

#include <QString>

namespace psv {

// The Chinese wording printed on records and notices for the codes of CODES.md. These are the
// documents' own text (legal Chinese documents), not UI strings, so they are not translated.
class RecordLabels
{
public:
    static QString kind(const QString &code); // 一般检查, 专业检查, 重点检查
    static QString trigger(const QString &code); // 日常检查, 举报核查, 复查
    static QString itemResult(const QString &code); // 符合, 不符合, 不适用, 未检查
    static QString orderKind(const QString &code); // 责令改正, 责令限期改正, ...
};

} // namespace psv
