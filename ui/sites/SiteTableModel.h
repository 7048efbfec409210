#pragma once

#include "FilingDeadline.h"
#include "Result.h"
#include "Site.h"
#include "SiteActivityQuery.h"
#include "Unit.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace psv {
class AppSession;
}

namespace psv::ui {

// The video systems of the store, one row each with its unit, its filing deadline (条例 Art. 14
// ¶1, the last day moved to the next working day by the session's calendar) and its inspection
// activity. reload() reads everything again; the page calls it when the session says units, sites,
// inspections or orders changed.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UnitName,
        Uscc,
        SiteName,
        Address,
        Category,
        Filing,
        FilingDeadlineColumn,
        LastInspection,
        OpenOrders,
        ColumnCount
    };
    Q_ENUM(Column)
    // How the filing filter sees a row.
    enum class FilingState { Filed, NotFiled, Overdue, NotRequired };
    enum Role {
        SiteIdRole = Qt::UserRole + 1,
        UnitIdRole,
        SortRole, // dates and numbers as such
        CategoryCodeRole, // the place category's shared code
        FilingStateRole, // int(FilingState)
        SearchTextRole, // unit name, USCC, site name and address, for the search box
    };

    explicit SiteTableModel(AppSession &session, QObject *parent = nullptr);

    Status reload();
    void setToday(const QDate &today) { m_today = today; } // tests; default: the current date
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    struct Row
    {
        Site site;
        Unit unit;
        FilingDeadline deadline;
        FilingState filing = FilingState::NotFiled;
        SiteActivity activity;
    };
    const Row *row(int index) const;
    int rowOf(const QString &siteId) const; // -1 when absent
    int unitCount() const { return m_unitCount; }
    static FilingDeadline deadlineFor(const Site &site, const AppSession &session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString filingText(const Row &row) const;

    AppSession &m_session;
    QList<Row> m_rows;
    int m_unitCount = 0;
    QDate m_today;
};

} // namespace psv::ui
