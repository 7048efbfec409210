#include "NoticeRenderer.h"

#include "DocumentPainter.h"

namespace psv {

namespace {
using Role = RecordFonts::Role;
const QString kIndent = QStringLiteral("　　");
} // namespace

Result<RenderReport> NoticeRenderer::render(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(device, frame(), [this](FlowBuilder &b) { build(b); });
}

Result<RenderReport> NoticeRenderer::render(QPagedPaintDevice *device, const RecordFonts &fonts) const
{
    return DocumentPainter::paint(device, fonts, frame(), [this](FlowBuilder &b) { build(b); });
}

QString NoticeRenderer::title() const
{
    return m_data.isDeadline() ? QStringLiteral("责令限期改正通知书") : QStringLiteral("责令改正通知书");
}

PageFrame NoticeRenderer::frame() const
{
    PageFrame f;
    f.runningHead = m_data.organName + QStringLiteral("　") + title() + QStringLiteral("　") + m_data.documentNumber;
    return f;
}

void NoticeRenderer::build(FlowBuilder &b) const
{
    b.paragraph(m_data.organName, Role::Organ, Qt::AlignHCenter);
    b.paragraph(title(), Role::Title, Qt::AlignHCenter, 1, 1);
    b.paragraph(m_data.documentNumber, Role::Body, Qt::AlignRight, 0, 3);
    b.field(QStringLiteral("当事人："), m_data.party.name);
    b.field(QStringLiteral("统一社会信用代码："), m_data.party.uscc);
    b.field(QStringLiteral("地址："), m_data.party.address);
    b.field(QStringLiteral("法定代表人（负责人）："), m_data.party.representative);
    b.field(QStringLiteral("检查笔录编号："), m_data.inspectionNumber);
    b.space(3);
    body(b);
    b.pageBreak();
    receipt(b);
}

void NoticeRenderer::body(FlowBuilder &b) const
{
    const CorrectionNoticeData &d = m_data;
    b.paragraph(d.party.name + u'：', Role::Heading);
    b.paragraph(kIndent + d.facts);
    const QString when = d.isDeadline() ? QStringLiteral("于%1前改正").arg(d.deadline) : QStringLiteral("立即改正");
    // A notice whose order names no violated provision (none was entered) says nothing rather than
    // "违反了的规定" with a hole in it; the drafting rules forbid blanks.
    const QString violation = d.provisionViolated.trimmed().isEmpty()
        ? QString()
        : QStringLiteral("你单位的上述行为违反了%1的规定。").arg(d.provisionViolated.trimmed());
    b.paragraph(kIndent + violation + QStringLiteral("根据%1的规定，现责令你单位%2：").arg(d.legalBasis, when));
    for (qsizetype i = 0; i < d.corrections.size(); ++i)
        b.indented(QStringLiteral("%1. ").arg(i + 1) + d.corrections[i], 8);
    const QString from = d.isDeadline() ? QStringLiteral("改正期限届满之日") : QStringLiteral("本通知作出之日");
    QString reinspection = kIndent
        + QStringLiteral("公安机关将依照《公共安全视频图像信息系统监督管理工作规定》第十五条的规定，"
                         "自%1起3个工作日内对整改情况进行复查")
              .arg(from);
    if (!d.reinspectionDate.isEmpty())
        reinspection += QStringLiteral("（预定复查日期：%1）").arg(d.reinspectionDate);
    b.paragraph(reinspection + u'。');
    const QString body = d.reconsiderationBody.isEmpty() ? QString() : QStringLiteral("向") + d.reconsiderationBody;
    const QString court = d.court.isEmpty() ? QString() : QStringLiteral("向") + d.court;
    b.paragraph(kIndent
        + QStringLiteral("如不服本通知，可以在收到本通知书之日起六十日内依法%1申请行政复议，"
                         "或者在六个月内依法%2提起行政诉讼。")
            .arg(body, court));
    b.paragraph(d.organName, Role::Body, Qt::AlignRight, 12);
    b.paragraph(QStringLiteral("（印章）"), Role::Body, Qt::AlignRight);
    b.paragraph(d.issueDate, Role::Body, Qt::AlignRight);
    b.paragraph(kIndent + QStringLiteral("本通知书一式两份，一份交当事人，一份附卷。"), Role::Table, Qt::AlignLeft, 6);
}

void NoticeRenderer::receipt(FlowBuilder &b) const
{
    const CorrectionNoticeData &d = m_data;
    b.paragraph(d.organName, Role::Organ, Qt::AlignHCenter);
    b.paragraph(QStringLiteral("送达回执"), Role::Title, Qt::AlignHCenter, 1, 4);
    const QString signHere = QStringLiteral("\n\n\n　　　　　　　　　　　　　　　　年　　月　　日");
    b.tableHeader({QStringLiteral("项目"), QStringLiteral("内容")}, {46, 110});
    const QList<Role> roles {Role::Heading, Role::Body};
    b.tableRow({QStringLiteral("送达文书名称及文号"),
                   title() + QStringLiteral("（") + d.documentNumber + QStringLiteral("）")},
        roles);
    b.tableRow({QStringLiteral("受送达人"), d.party.name}, roles);
    b.tableRow({QStringLiteral("送达地点"), d.serviceAddress}, roles);
    b.tableRow({QStringLiteral("送达方式"), d.serviceMethod}, roles);
    b.tableRow({QStringLiteral("受送达人签名或者盖章"), signHere}, roles);
    b.tableRow({QStringLiteral("送达人签名"), signHere}, roles);
}

} // namespace psv
