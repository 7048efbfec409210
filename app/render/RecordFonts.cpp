#include "RecordFonts.h"

#include "RenderLogging.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace psv {

namespace {

QString firstInstalled(const QStringList &candidates, const QStringList &installed)
{
    for (const QString &c : candidates) {
        if (installed.contains(c, Qt::CaseInsensitive))
            return c;
    }
    return {};
}

QString anyChineseFamily()
{
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &f : chinese) {
        if (!QFontDatabase::isPrivateFamily(f))
            return f;
    }
    return {};
}

} // namespace

const QStringList &RecordFonts::titleCandidates()
{
    static const QStringList c {QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
        QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"), QStringLiteral("宋体"), QStringLiteral("SimSun"),
        QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"), QStringLiteral("Noto Sans CJK SC")};
    return c;
}

const QStringList &RecordFonts::bodyCandidates()
{
    static const QStringList c {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
        QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("华文仿宋"), QStringLiteral("STFangsong"),
        QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"), QStringLiteral("Noto Sans CJK SC")};
    return c;
}

const QStringList &RecordFonts::monoCandidates()
{
    static const QStringList c {
        QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono")};
    return c;
}

Result<RecordFonts> RecordFonts::choose()
{
    const QStringList installed = QFontDatabase::families();
    const QString fallback = anyChineseFamily();
    RecordFonts f;
    f.m_title = firstInstalled(titleCandidates(), installed);
    f.m_body = firstInstalled(bodyCandidates(), installed);
    if (f.m_title.isEmpty())
        f.m_title = fallback;
    if (f.m_body.isEmpty())
        f.m_body = fallback;
    if (f.m_title.isEmpty() || f.m_body.isEmpty())
        return makeError(QCoreApplication::translate("RecordFonts",
                             "No font that can write Simplified Chinese is installed, so records "
                             "cannot be printed. Install fonts-noto-cjk (or the FangSong and "
                             "Song office fonts)."),
            {}, 3);
    f.m_mono = firstInstalled(monoCandidates(), installed);
    if (f.m_mono.isEmpty())
        f.m_mono = f.m_body;
    qCDebug(lcRender) << "record fonts: title" << f.m_title << "body" << f.m_body << "mono" << f.m_mono;
    return f;
}

qreal RecordFonts::pointSize(Role role) const
{
    switch (role) {
    case Role::Organ:
        return 16; // 三号
    case Role::Title:
        return 22; // 二号
    case Role::Heading:
        return 12; // 小四
    case Role::Body:
        return 12; // 小四
    case Role::Table:
    case Role::TableHead:
        return 10.5; // 五号
    case Role::Small:
        return 9; // 小五
    case Role::Mono:
        return 8;
    }
    return 12;
}

QString RecordFonts::family(Role role) const
{
    switch (role) {
    case Role::Organ:
    case Role::Title:
    case Role::Heading:
    case Role::TableHead:
        return m_title;
    case Role::Mono:
        return m_mono;
    default:
        return m_body;
    }
}

QFont RecordFonts::font(Role role) const
{
    QFont f(family(role));
    f.setPointSizeF(pointSize(role));
    f.setBold(role == Role::Organ || role == Role::Title || role == Role::Heading || role == Role::TableHead);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    f.setStyleStrategy(QFont::PreferOutline);
    // No 'locl': in a Latin run (inspection numbers, USCCs, device numbers) the Noto CJK faces
    // substitute other glyphs for the digits, glyphs that no character maps to in the cmap, so
    // Qt's PDF engine writes no ToUnicode entry for them and the digits vanish from pdftotext
    // and copy-paste ("A7F3-2026-0012" read back as "A F -"). The faces' default (cmap) glyphs
    // are the Simplified Chinese forms the documents want anyway.
    f.setFeature(QFont::Tag("locl"), 0);
    return f;
}

QStringList RecordFonts::families() const
{
    QStringList out {m_title};
    for (const QString &f : {m_body, m_mono}) {
        if (!out.contains(f))
            out << f;
    }
    return out;
}

} // namespace psv
