#pragma once

#include "SiteTableModel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace psv::ui {

// The sites list as the officer narrows it: a search over unit name, USCC, system name and address
// (case and spaces in a USCC ignored), a place category and a filing state.
class SiteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filing { Any, Filed, NotFiled, Overdue };

    explicit SiteFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setCategory(const QString &categoryCode); // empty: any
    void setFiling(Filing filing);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QString m_searchCode; // the search as a normalised USCC fragment
    QString m_category;
    Filing m_filing = Filing::Any;
};

} // namespace psv::ui
