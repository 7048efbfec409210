#include "SiteDetailsPane.h"

#include "AppSession.h"
#include "InspectionQuery.h"
#include "OrderRepository.h"

#include "ui_SiteDetailsPane.h"

#include <QTableWidget>

namespace psv::ui {

namespace {
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void setRow(QTableWidget *table, int row, const QStringList &cells, const QString &id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        table->setItem(row, c, item);
    }
}
} // namespace

SiteDetailsPane::SiteDetailsPane(AppSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SiteDetailsPane>()), m_session(session)
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->historyTable); // Tab from the sites list goes on to the history
    showRow(nullptr);
}

SiteDetailsPane::~SiteDetailsPane() = default;

void SiteDetailsPane::showRow(const SiteTableModel::Row *row)
{
    setEnabled(row != nullptr);
    m_siteId = row ? row->site.id : QString();
    const Unit unit = row ? row->unit : Unit {};
    const Site site = row ? row->site : Site {};
    m_ui->unitNameValue->setText(unit.name);
    m_ui->unitTypeValue->setText(row ? displayName(unit.type) : QString());
    m_ui->unitUsccValue->setText(unit.uscc.isEmpty() && row ? tr("none (individual)") : unit.uscc);
    m_ui->unitAddressValue->setText(unit.address);
    m_ui->unitContactValue->setText(QStringList {unit.contactPerson, unit.contactPhone}.join(u' ').trimmed());
    m_ui->unitPoliceStationValue->setText(unit.policeStation);
    m_ui->unitCountyOrganValue->setText(unit.countyOrgan);

    m_ui->siteNameValue->setText(site.name);
    m_ui->siteAddressValue->setText(site.address);
    m_ui->siteCategoryValue->setText(row ? displayName(site.category) : QString());
    m_ui->siteJurisdictionValue->setText(site.jurisdiction);
    m_ui->siteInUseValue->setText(row && !site.inUseSince.isValid() ? tr("unknown") : dateText(site.inUseSince));
    QString cameras = row ? QString::number(site.cameraCount) : QString();
    if (!site.cameraTypes.isEmpty())
        cameras += QStringLiteral(" (%1)").arg(site.cameraTypes.join(QStringLiteral(", ")));
    m_ui->siteCamerasValue->setText(cameras);
    m_ui->siteRetentionValue->setText(!row ? QString()
            : site.retentionDays           ? tr("%n day(s)", nullptr, *site.retentionDays)
                                           : tr("not declared"));
    QString filing;
    if (row) {
        filing = displayName(site.filingStatus);
        if (site.filingStatus == FilingStatus::Filed)
            filing = tr("%1, number %2, on %3")
                         .arg(filing, site.filingNumber.isEmpty() ? tr("not recorded") : site.filingNumber,
                             site.filingDate.isValid() ? dateText(site.filingDate) : tr("an unrecorded date"));
    }
    m_ui->siteFilingValue->setText(filing);
    QString deadline;
    if (row) {
        deadline = row->deadline.date().isValid()
            ? QStringLiteral("%1. %2").arg(dateText(row->deadline.date()), row->deadline.basis())
            : row->deadline.basis();
        if (row->filing == SiteTableModel::FilingState::Overdue)
            deadline = tr("Overdue: %1").arg(deadline);
    }
    m_ui->siteDeadlineValue->setText(deadline);
    showInspections(m_siteId);
}

void SiteDetailsPane::showInspections(const QString &siteId)
{
    m_ui->historyTable->setRowCount(0);
    m_ui->ordersTable->setRowCount(0);
    if (siteId.isEmpty())
        return;
    InspectionFilter filter;
    filter.siteId = siteId;
    filter.limit = 500;
    const auto inspections = InspectionQuery(m_session.db()).list(filter);
    if (!inspections)
        return;
    m_ui->historyTable->setRowCount(int(inspections.value().size()));
    OrderRepository orders(m_session.db());
    int row = 0;
    for (const InspectionSummary &i : inspections.value()) {
        setRow(m_ui->historyTable, row++,
            {i.version > 1 ? QStringLiteral("%1 v%2").arg(i.number).arg(i.version) : i.number,
                i.startedAt.isValid() ? i.startedAt.toLocalTime().date().toString(Qt::ISODate) : QString(),
                displayName(i.kind), displayName(i.status)},
            i.id);
        OrderFilter orderFilter;
        orderFilter.inspectionId = i.id;
        const auto issued = orders.list(orderFilter);
        if (!issued)
            continue;
        for (const Order &o : issued.value()) {
            const int r = m_ui->ordersTable->rowCount();
            m_ui->ordersTable->insertRow(r);
            setRow(m_ui->ordersTable, r,
                {i.number,
                    o.documentNumber.isEmpty() ? displayName(o.kind)
                                               : QStringLiteral("%1 %2").arg(displayName(o.kind), o.documentNumber),
                    dateText(o.issuedOn), dateText(o.deadline), dateText(o.reinspectionDue), displayName(o.status)},
                o.id);
            if (!o.dueBasis.isEmpty())
                for (int c = 3; c <= 4; ++c)
                    m_ui->ordersTable->item(r, c)->setToolTip(o.dueBasis);
        }
    }
    m_ui->historyTable->resizeColumnsToContents();
    m_ui->ordersTable->resizeColumnsToContents();
}

} // namespace psv::ui
