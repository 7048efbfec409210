#pragma once

#include "SiteTableModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SiteDetailsPane;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Everything about the selected video system: its unit, what was declared and filed, the filing
// deadline with its basis, its inspections (latest versions) and the orders issued after them
// with their deadlines and re-inspection due dates.
class SiteDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SiteDetailsPane(AppSession &session, QWidget *parent = nullptr);
    ~SiteDetailsPane() override;

    void showRow(const SiteTableModel::Row *row); // nullptr: nothing selected
    QString siteId() const { return m_siteId; }

private:
    void showInspections(const QString &siteId);

    std::unique_ptr<Ui::SiteDetailsPane> m_ui;
    AppSession &m_session;
    QString m_siteId;
};

} // namespace psv::ui
