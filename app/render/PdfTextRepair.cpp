#include "PdfTextRepair.h"

#include "RenderLogging.h"

#include <QFont>
#include <QMutex>
#include <QRawFont>

namespace psv {

namespace {

struct Range
{
    char16_t first;
    char16_t last;
};
// Code points that share a glyph with a more usual character and win Qt's "lowest code point"
// rule: control characters (U+0009 shares the space's glyph), radicals and strokes.
constexpr Range kShadows[] = {{0x0001, 0x001F}, {0x2E80, 0x2EFF}, {0x2F00, 0x2FDF}, {0x31C0, 0x31EF}};
// The characters they stand for: printable ASCII, then the unified ideographs.
constexpr Range kPreferred[] = {{0x0020, 0x007E}, {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}};

QString rangeText(const Range &r)
{
    QString s;
    s.reserve(r.last - r.first + 1);
    for (char32_t c = r.first; c <= r.last; ++c)
        s.append(QChar(char16_t(c)));
    return s;
}

void addFontMap(const QFont &font, PdfTextRepair::Map &map)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return;
    QHash<quint32, char16_t> preferredOfGlyph;
    for (const Range &r : kPreferred) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(rangeText(r));
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (glyphs[i] != 0 && !preferredOfGlyph.contains(glyphs[i]))
                preferredOfGlyph.insert(glyphs[i], char16_t(r.first + i));
        }
    }
    for (const Range &r : kShadows) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(rangeText(r));
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const char16_t shadow = char16_t(r.first + i);
            const auto it = preferredOfGlyph.constFind(glyphs[i]);
            if (glyphs[i] != 0 && it != preferredOfGlyph.cend() && !map.contains(shadow))
                map.insert(shadow, *it);
        }
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The <XXXX> tokens of one line, as offsets of their first hex digit (4-digit tokens only).
QList<qsizetype> hexTokens(const QByteArray &pdf, qsizetype from, qsizetype to, bool *hasArray)
{
    QList<qsizetype> tokens;
    *hasArray = false;
    for (qsizetype i = from; i < to; ++i) {
        if (pdf[i] == '[')
            *hasArray = true;
        if (pdf[i] != '<')
            continue;
        qsizetype j = i + 1;
        while (j < to && hexValue(pdf[j]) >= 0)
            ++j;
        if (j < to && pdf[j] == '>')
            tokens << (j - i - 1 == 4 ? i + 1 : -1);
        i = j;
    }
    return tokens;
}

bool patch(QByteArray &pdf, qsizetype at, const PdfTextRepair::Map &map)
{
    if (at < 0)
        return false;
    char16_t code = 0;
    for (int k = 0; k < 4; ++k)
        code = char16_t(code * 16 + hexValue(pdf[at + k]));
    const auto it = map.constFind(code);
    if (it == map.cend())
        return false;
    static const char digits[] = "0123456789ABCDEF";
    for (int k = 0; k < 4; ++k)
        pdf[at + k] = digits[(*it >> (12 - 4 * k)) & 0xF];
    return true;
}

// Patches the destinations of the bfrange/bfchar lines between from and to.
int repairSection(QByteArray &pdf, qsizetype from, qsizetype to, bool ranges, const PdfTextRepair::Map &map)
{
    int count = 0;
    qsizetype line = from;
    while (line < to) {
        qsizetype end = pdf.indexOf('\n', line);
        if (end < 0 || end > to)
            end = to;
        bool array = false;
        const QList<qsizetype> tokens = hexTokens(pdf, line, end, &array);
        if (ranges && tokens.size() >= 3) {
            // "<lo> <hi> [<u> ...]" maps glyph by glyph; "<lo> <hi> <u>" counts up from u, which is
            // only safe to change when lo == hi.
            const bool single = tokens[0] >= 0 && tokens[1] >= 0 && pdf.mid(tokens[0], 4) == pdf.mid(tokens[1], 4);
            for (qsizetype t = 2; t < tokens.size(); ++t) {
                if (array || single)
                    count += patch(pdf, tokens[t], map);
            }
        } else if (!ranges && tokens.size() == 2) {
            count += patch(pdf, tokens[1], map);
        }
        line = end + 1;
    }
    return count;
}

} // namespace

PdfTextRepair::Map PdfTextRepair::repairMap(const QStringList &families)
{
    static QMutex mutex;
    static QHash<QString, Map> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(families.join(u'|')); it != cache.cend())
        return *it;
    Map map;
    for (const QString &family : families) {
        for (const bool bold : {false, true}) {
            QFont f(family);
            f.setBold(bold);
            f.setPointSize(12);
            addFontMap(f, map);
        }
    }
    // Typographic spaces (en space, em space, ...) read back as plain spaces, as NFKC would.
    for (char16_t c = 0x2000; c <= 0x200A; ++c) {
        if (!map.contains(c))
            map.insert(c, u' ');
    }
    qCDebug(lcRender) << "repair map for" << families << ":" << map.size() << "entries";
    cache.insert(families.join(u'|'), map);
    return map;
}

int PdfTextRepair::repair(QByteArray &pdf, const Map &map)
{
    int count = 0;
    qsizetype pos = 0;
    while ((pos = pdf.indexOf("begincmap", pos)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", pos);
        if (end < 0)
            break;
        for (const auto &[begin, finish, ranges] :
            {std::tuple {"beginbfrange", "endbfrange", true}, std::tuple {"beginbfchar", "endbfchar", false}}) {
            qsizetype s = pos;
            while ((s = pdf.indexOf(begin, s)) >= 0 && s < end) {
                const qsizetype e = pdf.indexOf(finish, s);
                if (e < 0 || e > end)
                    break;
                count += repairSection(pdf, s + qsizetype(qstrlen(begin)), e, ranges, map);
                s = e;
            }
        }
        pos = end;
    }
    return count;
}

} // namespace psv
