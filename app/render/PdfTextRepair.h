#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace psv {

// Makes the text of Qt's PDFs come back as written. CJK fonts (Noto CJK among them) map a radical
// code point and the ideograph it looks like to one glyph (⻚ U+2EDA and 页 U+9875), and Qt's PDF
// engine writes each glyph's ToUnicode entry as the LOWEST code point mapping to it
// (QFontSubset::getReverseMap). pdftotext, copy-paste and search then read "第 1 ⻚" — not
// repaired by NFKC for the CJK Radicals Supplement. This class rewrites those entries to the
// unified ideograph that shares the glyph in the fonts used, in place (same length, so no byte
// offset in the file moves). The same rule turns the space glyph into U+0009 (a tab, which
// pdftotext drops): control characters sharing a glyph with printable ASCII are repaired too.
class PdfTextRepair
{
public:
    using Map = QHash<char16_t, char16_t>;

    // Radicals (CJK Radicals Supplement, Kangxi Radicals, CJK Strokes) and control characters
    // whose glyph in one of the families (regular and bold) is also the glyph of a unified
    // ideograph or of printable ASCII → that character.
    // Typographic spaces U+2000–U+200A → U+0020. Computed once per set of families.
    static Map repairMap(const QStringList &families);
    // Rewrites the destination code points of every ToUnicode CMap in pdf; returns how many.
    static int repair(QByteArray &pdf, const Map &map);
};

} // namespace psv
