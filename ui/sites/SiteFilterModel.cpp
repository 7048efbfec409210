#include "SiteFilterModel.h"

#include "Uscc.h"

namespace psv::ui {

SiteFilterModel::SiteFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SiteTableModel::SortRole);
    setSortLocaleAware(true);
}

void SiteFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    m_searchCode = Uscc::normalize(m_search);
    invalidateRowsFilter();
}

void SiteFilterModel::setCategory(const QString &categoryCode)
{
    m_category = categoryCode;
    invalidateRowsFilter();
}

void SiteFilterModel::setFiling(Filing filing)
{
    m_filing = filing;
    invalidateRowsFilter();
}

bool SiteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(SiteTableModel::CategoryCodeRole).toString() != m_category)
        return false;
    const auto state = SiteTableModel::FilingState(index.data(SiteTableModel::FilingStateRole).toInt());
    switch (m_filing) {
    case Filing::Any:
        break;
    case Filing::Filed:
        if (state != SiteTableModel::FilingState::Filed)
            return false;
        break;
    case Filing::NotFiled:
        if (state == SiteTableModel::FilingState::Filed)
            return false;
        break;
    case Filing::Overdue:
        if (state != SiteTableModel::FilingState::Overdue)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    const QString text = index.data(SiteTableModel::SearchTextRole).toString();
    return text.contains(m_search, Qt::CaseInsensitive)
        || (!m_searchCode.isEmpty() && text.contains(m_searchCode, Qt::CaseInsensitive));
}

} // namespace psv::ui
