#pragma once

#include "Result.h"

#include <QFont>
#include <QHash>
#include <QString>
#include <QStringList>

namespace psv {

// The one place where the fonts of printed records and notices are chosen (the drafting rules:
// title in a Song-style bold, body in FangSong). Each role takes the first installed family of its
// list; the last resort is any family that writes Simplified Chinese. The Noto CJK fonts
// (fonts-noto-cjk) are the fallback on machines without the Chinese office fonts.
class RecordFonts
{
public:
    enum class Role {
        Organ, // 公安机关名称 above the title
        Title, // document title
        Heading, // section headings and field labels
        Body, // running text and field contents
        Table, // table cells
        TableHead, // table headers
        Small, // footers, page numbers, the QR caption
        Mono, // hashes
    };

    // Fails (code 3) when no font on the machine can write Simplified Chinese.
    static Result<RecordFonts> choose();

    QFont font(Role role) const;
    qreal pointSize(Role role) const;
    QString family(Role role) const;
    QStringList families() const; // the distinct families in use

    static const QStringList &titleCandidates();
    static const QStringList &bodyCandidates();
    static const QStringList &monoCandidates();

private:
    QString m_title;
    QString m_body;
    QString m_mono;
};

} // namespace psv
