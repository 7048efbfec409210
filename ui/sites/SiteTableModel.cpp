#include "SiteTableModel.h"

#include "AppSession.h"
#include "SiteRepository.h"
#include "UnitRepository.h"

#include <QHash>

namespace psv::ui {

namespace {
constexpr int All = 1000000; // a station's sites and units fit in memory many times over
} // namespace

SiteTableModel::SiteTableModel(AppSession &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
}

FilingDeadline SiteTableModel::deadlineFor(const Site &site, const AppSession &session)
{
    // 民法典 Art. 203: a period whose last day is a day off ends on the next working day.
    const WorkCalendar &calendar = session.calendar();
    return site.filingDeadline([&calendar](QDate d) { return calendar.nextWorkingDayFrom(d); });
}

Status SiteTableModel::reload()
{
    UnitFilter unitFilter;
    unitFilter.limit = All;
    auto units = UnitRepository(m_session.db()).list(unitFilter);
    if (!units)
        return units.error();
    SiteFilter siteFilter;
    siteFilter.limit = All;
    auto sites = SiteRepository(m_session.db()).list(siteFilter);
    if (!sites)
        return sites.error();
    auto activity = SiteActivityQuery(m_session.db()).all();
    if (!activity)
        return activity.error();

    QHash<QString, Unit> unitById;
    for (const Unit &u : units.value())
        unitById.insert(u.id, u);
    const QDate now = today();
    QList<Row> rows;
    rows.reserve(sites.value().size());
    for (const Site &s : sites.value()) {
        Row r;
        r.site = s;
        r.unit = unitById.value(s.unitId);
        r.deadline = deadlineFor(s, m_session);
        if (s.filingStatus == FilingStatus::Filed)
            r.filing = FilingState::Filed;
        else if (!r.deadline.required())
            r.filing = FilingState::NotRequired;
        else if (r.deadline.overdue(now, s.filingStatus))
            r.filing = FilingState::Overdue;
        else
            r.filing = FilingState::NotFiled;
        r.activity = activity.value().value(s.id);
        rows.append(r);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_unitCount = int(units.value().size());
    endResetModel();
    return {};
}

const SiteTableModel::Row *SiteTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int SiteTableModel::rowOf(const QString &siteId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).site.id == siteId)
            return i;
    return -1;
}

int SiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SiteTableModel::filingText(const Row &row) const
{
    switch (row.filing) {
    case FilingState::Filed:
        return tr("Filed");
    case FilingState::NotFiled:
        return tr("Not filed");
    case FilingState::Overdue:
        return tr("Not filed, overdue");
    case FilingState::NotRequired:
        return tr("Not filed (not required)");
    }
    return {};
}

QVariant SiteTableModel::data(const QModelIndex &index, int role) const
{
    const Row *r = index.isValid() ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case SiteIdRole:
        return r->site.id;
    case UnitIdRole:
        return r->unit.id;
    case CategoryCodeRole:
        return toCode(r->site.category);
    case FilingStateRole:
        return int(r->filing);
    case SearchTextRole:
        return QStringList {r->unit.name, r->unit.uscc, r->site.name, r->site.address}.join(u'\n');
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::ToolTipRole) {
        if (column == FilingDeadlineColumn || column == Filing)
            return r->deadline.basis();
        if (column == Category)
            return displayName(r->site.category);
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == OpenOrders)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (column) {
        case FilingDeadlineColumn:
            return r->deadline.date();
        case LastInspection:
            return r->activity.lastInspection;
        case OpenOrders:
            return r->activity.openOrders;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case UnitName:
        return r->unit.name;
    case Uscc:
        return r->unit.uscc;
    case SiteName:
        return r->site.name;
    case Address:
        return r->site.address;
    case Category:
        return displayName(r->site.category);
    case Filing:
        return filingText(*r);
    case FilingDeadlineColumn:
        if (!r->deadline.required())
            return tr("Not required");
        if (!r->deadline.date().isValid())
            return tr("Unknown");
        return r->deadline.date().toString(Qt::ISODate);
    case LastInspection:
        return r->activity.lastInspection.isValid()
            ? r->activity.lastInspection.toLocalTime().date().toString(Qt::ISODate)
            : QString();
    case OpenOrders:
        return r->activity.openOrders;
    default:
        return {};
    }
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitName:
        return tr("Unit");
    case Uscc:
        return tr("USCC");
    case SiteName:
        return tr("Video system");
    case Address:
        return tr("Address");
    case Category:
        return tr("Place category");
    case Filing:
        return tr("Filing");
    case FilingDeadlineColumn:
        return tr("Filing deadline");
    case LastInspection:
        return tr("Last inspection");
    case OpenOrders:
        return tr("Open orders");
    default:
        return {};
    }
}

} // namespace psv::ui
