#include "PageFrame.h"

#include "TextBlock.h"

#include <QPainter>
#include <QPainterPath>

namespace psv {

namespace {
constexpr qreal kPageNumberMm = 283; // top of the "第 X 页 共 Y 页" line
constexpr qreal kSignatureRowMm = 9; // pitch of the signature rows
constexpr qreal kQrSizeMm = 24; // including the quiet zone
} // namespace

Status PageFrame::prepare()
{
    m_qr.reset();
    if (qrPayload.isEmpty())
        return {};
    Result<QrCode> qr = QrCode::encode(qrPayload.toUtf8());
    if (!qr)
        return qr.error();
    m_qr = std::move(qr).value();
    return {};
}

qreal PageFrame::contentBottomMm() const
{
    return kPageNumberMm - 4 - signatureRows() * kSignatureRowMm;
}

void PageFrame::paint(PaintContext &ctx, const RecordFonts &fonts, int pageCount) const
{
    if (draft)
        paintWatermark(ctx, fonts);
    paintHead(ctx, fonts);
    paintSignatures(ctx, fonts, contentBottomMm() + 2);
    const DeviceUnits &u = ctx.units;
    // En spaces (U+2002): an ASCII space of a CJK font is so narrow that pdftotext -layout drops
    // it; these read back as one space each (PdfTextRepair maps them to U+0020).
    const QString number
        = QStringLiteral("第\u2002%1\u2002页\u2002共\u2002%2\u2002页").arg(ctx.page + 1).arg(pageCount);
    TextBlock(
        number, fonts.font(RecordFonts::Role::Small), u.mm(contentWidthMm()), ctx.painter.device(), Qt::AlignHCenter)
        .draw(ctx.painter, QPointF(u.mm(kLeftMm), u.mm(kPageNumberMm)));
}

void PageFrame::paintWatermark(PaintContext &ctx, const RecordFonts &fonts) const
{
    // Drawn as outlines, not text: the words of the record stay clean for pdftotext, copy-paste
    // and search, instead of having "草" and "稿" interleaved with the lines they cross.
    QPainter &p = ctx.painter;
    const DeviceUnits &u = ctx.units;
    QFont f = fonts.font(RecordFonts::Role::Title);
    f.setPixelSize(qRound(u.pt(150))); // path coordinates are device pixels
    QPainterPath path;
    path.addText(QPointF(0, 0), f, QStringLiteral("草稿"));
    p.save();
    p.translate(u.mm(kPaperWidthMm / 2), u.mm(kPaperHeightMm / 2));
    p.rotate(-35);
    p.translate(-path.boundingRect().center());
    p.fillPath(path, QColor(222, 222, 222));
    p.restore();
}

void PageFrame::paintHead(PaintContext &ctx, const RecordFonts &fonts) const
{
    QPainter &p = ctx.painter;
    const DeviceUnits &u = ctx.units;
    const QRectF qrRect(u.mm(kPaperWidthMm - kRightMm - kQrSizeMm), u.mm(8), u.mm(kQrSizeMm), u.mm(kQrSizeMm));
    const QFont small = fonts.font(RecordFonts::Role::Small);
    TextBlock(runningHead, small, u.mm(contentWidthMm() - kQrSizeMm - 4), p.device())
        .draw(p, QPointF(u.mm(kLeftMm), u.mm(kContentTopMm - 9)));
    if (m_qr) {
        m_qr->paint(p, qrRect);
    } else if (!qrNote.isEmpty()) {
        p.save();
        p.setPen(QPen(Qt::black, u.mm(0.25), Qt::DashLine));
        const QRectF inner = qrRect.adjusted(u.mm(3), u.mm(3), -u.mm(3), -u.mm(3));
        p.drawRect(inner);
        p.restore();
        const TextBlock note(qrNote, small, inner.width(), p.device(), Qt::AlignHCenter, 1.3);
        note.draw(p, QPointF(inner.left(), inner.center().y() - note.height() / 2));
    }
}

void PageFrame::paintSignatures(PaintContext &ctx, const RecordFonts &fonts, qreal topMm) const
{
    QPainter &p = ctx.painter;
    const DeviceUnits &u = ctx.units;
    const QFont font = fonts.font(RecordFonts::Role::Table);
    const qreal slotWidth = u.mm(contentWidthMm() / 2);
    p.save();
    p.setPen(QPen(Qt::black, u.mm(0.2)));
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        const Signature &s = signatures[i];
        const QPointF origin(u.mm(kLeftMm) + (i % 2) * slotWidth, u.mm(topMm + (i / 2) * kSignatureRowMm));
        const TextBlock label(s.label, font, slotWidth, p.device());
        label.draw(p, origin);
        const qreal lineStart = origin.x() + label.naturalWidth();
        const qreal lineEnd = origin.x() + slotWidth - u.mm(3);
        const qreal baseline = origin.y() + label.linePitch() - label.linePitch() * 0.12;
        const int blanks = std::max(1, s.blanks);
        const qreal gap = u.mm(3);
        const qreal each = (lineEnd - lineStart - (blanks - 1) * gap) / blanks;
        for (int b = 0; b < blanks; ++b) {
            const qreal x = lineStart + b * (each + gap);
            p.drawLine(QPointF(x, baseline), QPointF(x + each, baseline));
        }
        if (!s.preset.isEmpty())
            TextBlock(s.preset, font, lineEnd - lineStart, p.device(), Qt::AlignHCenter)
                .draw(p, QPointF(lineStart, origin.y()));
    }
    p.restore();
}

} // namespace psv
