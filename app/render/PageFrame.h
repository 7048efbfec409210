#pragma once

#include "FlowBox.h"
#include "QrCode.h"
#include "RecordFonts.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace psv {

// What every page of a document carries besides its flow: the running head, the QR code (or a
// note in its place), the signature lines, "第 X 页 共 Y 页", and for drafts the "草稿" watermark.
// The watermark is outlines, not text. Geometry is A4 portrait in millimetres from the paper's top-left corner.
class PageFrame
{
public:
    struct Signature
    {
        QString label; // e.g. "检查人（签名）："
        QString preset; // printed on the line instead of leaving it for a hand: "拒绝签名", "/"
        int blanks = 1; // separate lines, e.g. one per inspector
    };

    static constexpr qreal kPaperWidthMm = 210;
    static constexpr qreal kPaperHeightMm = 297;
    static constexpr qreal kLeftMm = 28;
    static constexpr qreal kRightMm = 26;
    static constexpr qreal kContentTopMm = 36;
    static constexpr qreal contentWidthMm() { return kPaperWidthMm - kLeftMm - kRightMm; }

    QString runningHead; // top left of every page
    QString qrPayload; // empty: no QR code; qrNote is shown in its place
    QString qrNote;
    bool draft = false;
    QList<Signature> signatures; // two per row above the page number

    // Encodes the QR code; call once before painting.
    Status prepare();
    qreal contentBottomMm() const;
    void paint(PaintContext &ctx, const RecordFonts &fonts, int pageCount) const;

private:
    void paintWatermark(PaintContext &ctx, const RecordFonts &fonts) const;
    void paintHead(PaintContext &ctx, const RecordFonts &fonts) const;
    void paintSignatures(PaintContext &ctx, const RecordFonts &fonts, qreal topMm) const;
    int signatureRows() const { return int((signatures.size() + 1) / 2); }

    std::optional<QrCode> m_qr;
};

} // namespace psv
