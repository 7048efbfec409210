#include "ReinspectionsPage.h"

#include "IsoTime.h"
#include "MessageBox.h"
#include "ReinspectionSchedule.h"
#include "ReinspectionService.h"
#include "ScheduleExporter.h"
#include "Settings.h"
#include "UiLogging.h"

#include "ui_ReinspectionsPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMap>

namespace psv::ui {

namespace {
enum Column { SiteColumn, UnitColumn, KindColumn, IssuedColumn, DeadlineColumn, DueColumn, DaysColumn };
constexpr int OrderIdRole = Qt::UserRole;
} // namespace

ReinspectionsPage::ReinspectionsPage(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReinspectionsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->scheduleTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->soonDaysSpin->setValue(m_session.settings().value(Settings::Key::ReinspectionSoonDays).toInt());
    connect(m_ui->soonDaysSpin, &QSpinBox::valueChanged, this, [this](int days) {
        m_session.settings().setValue(Settings::Key::ReinspectionSoonDays, days);
        refresh();
    });
    connect(m_ui->scheduleTree, &QTreeWidget::currentItemChanged, this, &ReinspectionsPage::updateButtons);
    connect(m_ui->scheduleTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, OrderIdRole).toString().isEmpty())
            startSelected();
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &ReinspectionsPage::startSelected);
    connect(m_ui->closeOrderButton, &QPushButton::clicked, this, &ReinspectionsPage::closeSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReinspectionsPage::chooseExportFile);
    connect(&m_session, &AppSession::dataChanged, this, [this](AppSession::Topic topic) {
        if (topic == AppSession::Topic::Orders || topic == AppSession::Topic::Inspections
            || topic == AppSession::Topic::Calendar || topic == AppSession::Topic::Sites)
            refresh();
    });
    refresh();
}

ReinspectionsPage::~ReinspectionsPage() = default;

void ReinspectionsPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

QDate ReinspectionsPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int ReinspectionsPage::soonDays() const
{
    return m_ui->soonDaysSpin->value();
}

void ReinspectionsPage::refresh()
{
    const QString current = selectedEntry() ? selectedEntry()->order.id : QString();
    m_ui->scheduleTree->clear();
    auto entries = ReinspectionSchedule(m_session.db(), m_session.calendar()).build(today(), soonDays());
    if (!entries) {
        qCWarning(lcUi) << "re-inspection schedule:" << entries.error().text();
        m_entries.clear();
        m_ui->provisionalLabel->setText(entries.error().message);
        m_ui->provisionalLabel->setVisible(true);
        updateButtons();
        return;
    }
    m_entries = entries.value();
    QMap<int, QTreeWidgetItem *> groups;
    bool provisional = false;
    for (const ScheduleEntry &e : std::as_const(m_entries)) {
        QTreeWidgetItem *&group = groups[int(e.group)];
        if (!group) {
            group = new QTreeWidgetItem(m_ui->scheduleTree);
            group->setFirstColumnSpanned(true);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            if (e.group == ScheduleEntry::Group::Overdue)
                group->setForeground(0, QColor(Qt::red));
        }
        addRow(group, e);
        provisional = provisional || (e.provisional && e.isOpen());
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const auto g = ScheduleEntry::Group(it.key());
        it.value()->setText(
            0, tr("%1 (%2)").arg(ScheduleEntry::groupTitle(g, soonDays())).arg(it.value()->childCount()));
        it.value()->setData(0, Qt::UserRole + 1, ScheduleEntry::groupCode(g));
        it.value()->setExpanded(true);
    }
    m_ui->provisionalLabel->setText(provisional ? tr("Dates marked provisional fall in a year without an installed "
                                                     "official calendar; import the State Council notice "
                                                     "(Tools → Import holiday notice…).")
                                                : QString());
    m_ui->provisionalLabel->setVisible(provisional);
    if (!current.isEmpty())
        selectOrder(current);
    updateButtons();
}

QTreeWidgetItem *ReinspectionsPage::addRow(QTreeWidgetItem *group, const ScheduleEntry &e)
{
    auto *item = new QTreeWidgetItem(group);
    item->setText(SiteColumn, e.siteName);
    item->setText(UnitColumn, e.unitName);
    item->setText(KindColumn, displayName(e.order.kind));
    item->setText(IssuedColumn, IsoTime::format(e.order.issuedOn));
    item->setText(DeadlineColumn, e.order.deadline.isValid() ? IsoTime::format(e.order.deadline) : tr("—"));
    item->setText(DueColumn, IsoTime::format(e.order.reinspectionDue));
    item->setToolTip(
        DueColumn, e.order.dueBasis.isEmpty() ? tr("No basis was recorded with the order.") : e.order.dueBasis);
    item->setText(DaysColumn, e.workingDaysText());
    item->setData(0, OrderIdRole, e.order.id);
    if (!e.reinspectionNumber.isEmpty())
        item->setToolTip(SiteColumn, tr("Re-inspection %1").arg(e.reinspectionNumber));
    if (e.group == ScheduleEntry::Group::Overdue)
        for (int c = 0; c < item->columnCount(); ++c)
            item->setForeground(c, QColor(Qt::red));
    return item;
}

bool ReinspectionsPage::selectOrder(const QString &orderId)
{
    QTreeWidget *tree = m_ui->scheduleTree;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (QTreeWidgetItem *item = tree->topLevelItem(g)->child(i); item->data(0, OrderIdRole) == orderId) {
                tree->setCurrentItem(item);
                return true;
            }
    return false;
}

std::optional<ScheduleEntry> ReinspectionsPage::selectedEntry() const
{
    const QTreeWidgetItem *item = m_ui->scheduleTree->currentItem();
    const QString id = item ? item->data(0, OrderIdRole).toString() : QString();
    for (const ScheduleEntry &e : m_entries)
        if (!id.isEmpty() && e.order.id == id)
            return e;
    return std::nullopt;
}

void ReinspectionsPage::updateButtons()
{
    const std::optional<ScheduleEntry> e = selectedEntry();
    const bool open
        = e && e->isOpen() && e->order.status != OrderStatus::Corrected && e->order.status != OrderStatus::Escalated;
    m_ui->startButton->setEnabled(open);
    m_ui->startButton->setText(
        e && !e->order.reinspectionId.isEmpty() ? tr("&Open re-inspection") : tr("&Start re-inspection"));
    m_ui->closeOrderButton->setEnabled(e && e->order.status != OrderStatus::Corrected
        && e->order.status != OrderStatus::Escalated && !e->order.reinspectionId.isEmpty());
}

void ReinspectionsPage::startSelected()
{
    const std::optional<ScheduleEntry> e = selectedEntry();
    if (!e)
        return;
    if (!e->order.reinspectionId.isEmpty()) {
        Q_EMIT openInspectionRequested(e->order.reinspectionId);
        return;
    }
    auto r = ReinspectionService(m_session.db()).start(e->order.id, m_session.actor());
    if (!r) {
        MessageBox::warning(this, tr("Re-inspection not started"), r.error().message);
        return;
    }
    Q_EMIT openInspectionRequested(r.value().id);
}

void ReinspectionsPage::closeSelected()
{
    const std::optional<ScheduleEntry> e = selectedEntry();
    if (!e)
        return;
    if (auto ready = ReinspectionService(m_session.db()).closable(e->order.id); !ready) {
        MessageBox::warning(this, tr("Order not closed"), ready.error().message);
        return;
    }
    const auto answer = MessageBox::question(this, tr("Close order"),
        tr("Were the problems found at %1 (%2, issued %3) corrected?\n\nYes: close the order as corrected.\nNo: "
           "not corrected — close it as escalated for further action.")
            .arg(e->siteName, displayName(e->order.kind), IsoTime::format(e->order.issuedOn)),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes && answer != QMessageBox::No)
        return;
    auto r = ReinspectionService(m_session.db()).close(e->order.id, answer == QMessageBox::Yes, m_session.actor());
    if (!r) {
        MessageBox::warning(this, tr("Order not closed"), r.error().message);
        return;
    }
}

void ReinspectionsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export re-inspection calendar"),
        QDir::home().filePath(QStringLiteral("reinspections.ics")), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCalendar(path); !s)
        MessageBox::warning(this, tr("Calendar not exported"), s.error().text());
    else
        MessageBox::information(this, tr("Calendar exported"), tr("The schedule was written to %1.").arg(path));
}

Status ReinspectionsPage::exportCalendar(const QString &path)
{
    auto r = ScheduleExporter::exportTo(m_session.db(), m_session.calendar(), path, today(), m_session.actor());
    if (!r)
        return r.error();
    return {};
}

} // namespace psv::ui
