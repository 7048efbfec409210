#pragma once

#include "AppSession.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class DashboardPage;
}

class QTreeWidgetItem;

namespace psv::ui {

// The start page: drafts in progress, re-inspections due (today and in the next N working days) and
// overdue, and sealed inspections awaiting sync, with their counts as large tiles. Refreshes whenever
// the session reports a change.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppSession &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setToday(const QDate &today); // default: the current date
    void refresh();

    struct Counts
    {
        int drafts = 0;
        int due = 0; // due today or within the next N working days
        int overdue = 0;
        int awaitingSync = 0;
    };
    Counts counts() const { return m_counts; }

Q_SIGNALS:
    // A draft, a sealed inspection or a started re-inspection was activated.
    void openInspectionRequested(const QString &inspectionId);
    // A re-inspection that has not been started yet was activated (show it on the re-inspections page).
    void reinspectionRequested(const QString &orderId);

private:
    void activated(QTreeWidgetItem *item);
    void fillDrafts();
    void fillReinspections();
    void fillAwaitingSync();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    AppSession &m_session;
    QDate m_today;
    Counts m_counts;
};

} // namespace psv::ui
