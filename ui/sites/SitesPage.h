#pragma once

#include "AppSession.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SitesPage;
}

namespace psv::ui {

class SiteDetailsPane;
class SiteFilterModel;
class SiteTableModel;

// 单位与系统: the video systems with their units, searchable and filterable, with the selected
// system's details, inspection history and orders; adds and edits units and systems.
// Keys: Ctrl+N new system, Ctrl+Shift+N new unit, Enter/F2 edit the system, Shift+F2 edit its unit,
// Ctrl+F search, Ctrl+I new inspection of the selected system.
class SitesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SitesPage(AppSession &session, QWidget *parent = nullptr);
    ~SitesPage() override;

    QString currentSiteId() const;
    void selectSite(const QString &siteId);
    SiteTableModel *siteModel() const { return m_model; }
    SiteFilterModel *filterModel() const { return m_filter; }
    bool showsEmptyState() const;

    void newSite();
    void newUnit();
    void editSite();
    void editUnit();
    void requestInspection();
    void reload();

Q_SIGNALS:
    // The officer wants to start an inspection of this video system (the inspection wizard's job).
    void newInspectionRequested(const QString &siteId);

private:
    void onDataChanged(AppSession::Topic topic);
    void updateSelection();
    void updateEmptyState();
    void applyFilters();

    std::unique_ptr<Ui::SitesPage> m_ui;
    AppSession &m_session;
    SiteTableModel *m_model;
    SiteFilterModel *m_filter;
    SiteDetailsPane *m_details;
    bool m_sized = false;
};

} // namespace psv::ui
