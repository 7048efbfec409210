// The record's sections after its particulars: items, problems, outcome, evidence, closing.
#include "RecordLabels.h"
#include "RecordRenderer.h"

namespace psv {

namespace {
using Role = RecordFonts::Role;
const QString kReinspectionBasis = QStringLiteral("《公共安全视频图像信息系统监督管理工作规定》第十五条");
} // namespace

void RecordRenderer::items(FlowBuilder &b) const
{
    b.heading(QStringLiteral("一、检查事项及情况"));
    if (m_data.items.isEmpty()) {
        b.struck(QStringLiteral("检查事项："));
        return;
    }
    b.tableHeader({QStringLiteral("序号"), QStringLiteral("检查事项"), QStringLiteral("结果"),
                      QStringLiteral("检查情况"), QStringLiteral("备注")},
        {12, 42, 16, 60, 26});
    for (const InspectionRecordData::Item &i : m_data.items)
        b.tableRow({i.number, i.text, RecordLabels::itemResult(i.result), i.observations, i.notes});
}

void RecordRenderer::problems(FlowBuilder &b) const
{
    b.heading(QStringLiteral("二、发现的问题"));
    if (m_data.problems.isEmpty()) {
        b.struck(QStringLiteral("发现的问题："), 12);
        return;
    }
    for (qsizetype i = 0; i < m_data.problems.size(); ++i)
        b.indented(QStringLiteral("%1. ").arg(i + 1) + m_data.problems[i], 4);
}

void RecordRenderer::outcome(FlowBuilder &b) const
{
    b.heading(QStringLiteral("三、处理意见"));
    if (m_data.outcomes.isEmpty()) {
        b.struck(QStringLiteral("处理措施："), 12);
        return;
    }
    // One block per order; several are numbered （一）（二）… so that each notice can be found.
    static const QStringList numerals {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
        QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"),
        QStringLiteral("九"), QStringLiteral("十")};
    for (qsizetype n = 0; n < m_data.outcomes.size(); ++n) {
        const InspectionRecordData::Outcome &o = m_data.outcomes[n];
        if (m_data.outcomes.size() > 1)
            b.indented(QStringLiteral("（%1）").arg(n < numerals.size() ? numerals[n] : QString::number(n + 1)), 2);
        const bool correction
            = o.orderKind == QLatin1String("correction") || o.orderKind == QLatin1String("correction-deadline");
        b.field(QStringLiteral("处理措施："), RecordLabels::orderKind(o.orderKind));
        b.field(QStringLiteral("文书编号："), o.documentNumber);
        b.field(QStringLiteral("法律依据："), o.legalBasis);
        b.field(
            QStringLiteral("改正期限："), o.orderKind == QLatin1String("correction-deadline") ? o.deadline : QString());
        b.field(QStringLiteral("复查日期："), o.reinspectionDate);
        b.field(QStringLiteral("复查依据："),
            o.reinspectionBasis.isEmpty() && correction ? kReinspectionBasis : o.reinspectionBasis);
    }
}

void RecordRenderer::evidence(FlowBuilder &b) const
{
    b.heading(QStringLiteral("四、证据清单（执法记录仪视听资料及其他电子数据）"));
    if (m_data.evidence.isEmpty()) {
        b.struck(QStringLiteral("证据清单："), 12);
        return;
    }
    b.tableHeader({QStringLiteral("序号"), QStringLiteral("文件"), QStringLiteral("拍摄时间"), QStringLiteral("设备"),
                      QStringLiteral("时长"), QStringLiteral("采用时段")},
        {12, 40, 30, 24, 18, 32});
    for (qsizetype i = 0; i < m_data.evidence.size(); ++i) {
        const InspectionRecordData::Evidence &e = m_data.evidence[i];
        b.tableRow({QString::number(i + 1), e.file, e.captureTime, e.device, e.duration, e.timeRange}, {}, true);
        b.tableSpanRow(QStringLiteral("SHA-256：") + e.sha256, Role::Mono);
    }
}

void RecordRenderer::closing(FlowBuilder &b) const
{
    b.heading(QStringLiteral("五、被检查单位意见"));
    if (m_data.partyOpinion.isEmpty())
        b.struck(QStringLiteral("被检查单位意见："), 14);
    else
        b.paragraph(m_data.partyOpinion);
    if (m_data.partyRefusedToSign)
        b.paragraph(
            QStringLiteral(
                "被检查单位代表拒绝在本笔录上签名，依照《公安机关办理行政案件程序规定》第八十六条的规定在此注明。"),
            Role::Body, Qt::AlignLeft, 2);
    if (m_data.sealed) {
        b.paragraph(QStringLiteral("封存校验值（SHA-256）："), Role::Heading, Qt::AlignLeft, 2);
        b.keepLastWithNext();
        b.paragraph(m_data.sealHash, Role::Mono);
    } else {
        b.field(QStringLiteral("封存校验值（SHA-256）："), QStringLiteral("未封存"));
    }
    b.paragraph(QStringLiteral("（以下空白）"), Role::Body, Qt::AlignHCenter, 2);
}

} // namespace psv
