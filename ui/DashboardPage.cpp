#include "DashboardPage.h"

#include "InspectionRepository.h"
#include "IsoTime.h"
#include "ReinspectionSchedule.h"
#include "Settings.h"
#include "UiLogging.h"

#include "ui_DashboardPage.h"

#include <QHeaderView>
#include <QLocale>

namespace psv::ui {

namespace {
constexpr int InspectionIdRole = Qt::UserRole;
constexpr int OrderIdRole = Qt::UserRole + 1;

QString localTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

DashboardPage::DashboardPage(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardPage>()), m_session(session)
{
    m_ui->setupUi(this);
    for (QTreeWidget *list : {m_ui->draftsList, m_ui->reinspectionsList, m_ui->syncList}) {
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        connect(list, &QTreeWidget::itemActivated, this, &DashboardPage::activated);
    }
    connect(&m_session, &AppSession::dataChanged, this, &DashboardPage::refresh);
    refresh();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void DashboardPage::refresh()
{
    m_counts = {};
    fillDrafts();
    fillReinspections();
    fillAwaitingSync();
    m_ui->draftsCount->setText(QString::number(m_counts.drafts));
    m_ui->dueCount->setText(QString::number(m_counts.due));
    m_ui->overdueCount->setText(QString::number(m_counts.overdue));
    m_ui->syncCount->setText(QString::number(m_counts.awaitingSync));
}

void DashboardPage::fillDrafts()
{
    m_ui->draftsList->clear();
    InspectionFilter f;
    f.status = InspectionStatus::Draft;
    f.limit = 500;
    InspectionRepository inspections(m_session.db());
    auto drafts = inspections.list(f);
    if (!drafts) {
        qCWarning(lcUi) << "dashboard drafts:" << drafts.error().text();
        return;
    }
    m_counts.drafts = int(drafts.value().size());
    for (const InspectionSummary &s : drafts.value()) {
        auto *item = new QTreeWidgetItem(m_ui->draftsList);
        item->setText(0, s.number);
        item->setText(1, s.siteName);
        item->setText(2, s.unitName);
        item->setText(3,
            s.trigger == InspectionTrigger::Reinspection ? tr("%1 (re-inspection)").arg(displayName(s.kind))
                                                         : displayName(s.kind));
        auto full = inspections.get(s.id);
        item->setText(4, localTime(full ? full.value().updatedAt : s.startedAt));
        item->setData(0, InspectionIdRole, s.id);
    }
}

void DashboardPage::fillReinspections()
{
    m_ui->reinspectionsList->clear();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const int soon = m_session.settings().value(Settings::Key::ReinspectionSoonDays).toInt();
    auto entries = ReinspectionSchedule(m_session.db(), m_session.calendar()).build(today, soon);
    if (!entries) {
        qCWarning(lcUi) << "dashboard schedule:" << entries.error().text();
        return;
    }
    for (const ScheduleEntry &e : entries.value()) {
        if (e.group == ScheduleEntry::Group::Overdue)
            ++m_counts.overdue;
        else if (e.group == ScheduleEntry::Group::DueToday || e.group == ScheduleEntry::Group::DueSoon)
            ++m_counts.due;
        else
            continue;
        auto *item = new QTreeWidgetItem(m_ui->reinspectionsList);
        item->setText(0, IsoTime::format(e.order.reinspectionDue));
        item->setToolTip(0, e.order.dueBasis);
        item->setText(1, e.workingDaysText());
        item->setText(2, e.siteName);
        item->setText(3, e.unitName);
        item->setText(4, displayName(e.order.kind));
        item->setData(0, InspectionIdRole, e.order.reinspectionId);
        item->setData(0, OrderIdRole, e.order.id);
        if (e.group == ScheduleEntry::Group::Overdue)
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, QColor(Qt::red));
    }
}

void DashboardPage::fillAwaitingSync()
{
    m_ui->syncList->clear();
    InspectionFilter f;
    f.status = InspectionStatus::Sealed;
    f.limit = 500;
    InspectionRepository inspections(m_session.db());
    auto sealed = inspections.list(f);
    if (!sealed) {
        qCWarning(lcUi) << "dashboard awaiting sync:" << sealed.error().text();
        return;
    }
    m_counts.awaitingSync = int(sealed.value().size());
    for (const InspectionSummary &s : sealed.value()) {
        auto *item = new QTreeWidgetItem(m_ui->syncList);
        item->setText(0, s.number);
        item->setText(1, s.siteName);
        item->setText(2, s.unitName);
        auto full = inspections.get(s.id);
        item->setText(3, localTime(full ? full.value().sealedAt : s.endedAt));
        item->setData(0, InspectionIdRole, s.id);
    }
}

void DashboardPage::activated(QTreeWidgetItem *item)
{
    const QString inspectionId = item->data(0, InspectionIdRole).toString();
    if (!inspectionId.isEmpty())
        Q_EMIT openInspectionRequested(inspectionId);
    else if (const QString orderId = item->data(0, OrderIdRole).toString(); !orderId.isEmpty())
        Q_EMIT reinspectionRequested(orderId);
}

} // namespace psv::ui
