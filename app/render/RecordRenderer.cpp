#include "RecordRenderer.h"

#include "DocumentPainter.h"
#include "RecordLabels.h"
#include "RecordVerifier.h"

namespace psv {

namespace {

using Role = RecordFonts::Role;

// "name（detail，detail）", or empty when there is no name.
QString withDetails(const QString &name, QStringList details)
{
    details.removeAll(QString());
    if (name.isEmpty() || details.isEmpty())
        return name;
    return name + u'（' + details.join(u'，') + u'）';
}

QString officerText(const InspectionRecordData::Officer &o)
{
    return withDetails(
        o.name, {o.unit, o.policeNumber.isEmpty() ? QString() : QStringLiteral("警号") + o.policeNumber});
}

QString partyText(const InspectionRecordData::Party &p)
{
    return withDetails(p.name, {p.position, p.phone.isEmpty() ? QString() : QStringLiteral("联系电话") + p.phone});
}

QString orSlash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("/") : s;
}

} // namespace

Result<RenderReport> RecordRenderer::render(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(device, frame(), [this](FlowBuilder &b) { build(b); });
}

Result<RenderReport> RecordRenderer::render(QPagedPaintDevice *device, const RecordFonts &fonts) const
{
    return DocumentPainter::paint(device, fonts, frame(), [this](FlowBuilder &b) { build(b); });
}

PageFrame RecordRenderer::frame() const
{
    PageFrame f;
    f.runningHead = m_data.organName + QStringLiteral("　检查笔录　编号：") + m_data.number;
    f.draft = !m_data.sealed;
    if (m_data.sealed)
        f.qrPayload = RecordVerifier::qrPayload(m_data.number, m_data.sealHash);
    else
        f.qrNote = QStringLiteral("未封存\n无校验码");
    const QString representative = m_data.partyRefusedToSign ? QStringLiteral("拒绝签名")
        : m_data.representative.name.isEmpty()               ? QStringLiteral("/")
                                                             : QString();
    f.signatures = {{QStringLiteral("检查人（签名）："), {}, int(std::max<qsizetype>(2, m_data.officers.size()))},
        {QStringLiteral("记录人（签名）："), {}, 1}, {QStringLiteral("被检查单位代表（签名）："), representative, 1},
        {QStringLiteral("见证人（签名）："), m_data.witness.name.isEmpty() ? QStringLiteral("/") : QString(), 1}};
    return f;
}

void RecordRenderer::build(FlowBuilder &b) const
{
    b.paragraph(m_data.organName, Role::Organ, Qt::AlignHCenter);
    b.paragraph(QStringLiteral("检查笔录"), Role::Title, Qt::AlignHCenter, 1, 1);
    b.paragraph(QStringLiteral("编号：") + m_data.number, Role::Body, Qt::AlignRight, 0, 2);
    particulars(b);
    items(b);
    problems(b);
    outcome(b);
    evidence(b);
    closing(b);
}

void RecordRenderer::particulars(FlowBuilder &b) const
{
    const InspectionRecordData &d = m_data;
    b.field(QStringLiteral("检查时间："), orSlash(d.startTime) + QStringLiteral(" 至 ") + orSlash(d.endTime));
    b.field(QStringLiteral("检查地点："), d.place);
    b.field(QStringLiteral("检查类别："), RecordLabels::kind(d.kind));
    QString trigger = RecordLabels::trigger(d.trigger);
    if (!d.triggerReference.isEmpty())
        trigger += QStringLiteral("，") + d.triggerReference;
    b.field(QStringLiteral("检查事由："), trigger);
    QStringList officers;
    for (const InspectionRecordData::Officer &o : d.officers)
        officers << officerText(o);
    officers.removeAll(QString());
    b.field(QStringLiteral("检查人："), officers.join(u'、'));
    b.field(QStringLiteral("记录人："), officerText(d.recorder));
    b.field(QStringLiteral("被检查单位："), d.unit.name);
    b.field(QStringLiteral("统一社会信用代码："), d.unit.uscc);
    b.field(QStringLiteral("单位地址："), d.unit.address);
    b.field(QStringLiteral("被检查单位代表："), partyText(d.representative));
    b.field(QStringLiteral("见证人："), partyText(d.witness));
    b.field(QStringLiteral("执法记录仪编号："), d.bodyCameras.join(u'、'));
    b.field(QStringLiteral("检查依据："), d.legalBasis.join(u'；'));
}

} // namespace psv
