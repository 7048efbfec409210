#pragma once

#include "AppSession.h"
#include "Result.h"
#include "ScheduleEntry.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ReinspectionsPage;
}

class QTreeWidgetItem;

namespace psv::ui {

// The re-inspections view (规定 Art. 15): overdue (red), due today, due within the next N working days
// (a setting), later and done, with working days counted on the official calendar. From here an
// officer starts a re-inspection, closes an order once its re-inspection is sealed, and exports the
// schedule as an iCalendar file.
class ReinspectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReinspectionsPage(AppSession &session, QWidget *parent = nullptr);
    ~ReinspectionsPage() override;

    // The day the schedule is computed for (default: today's date, re-read on every refresh).
    void setToday(const QDate &today);
    void refresh();
    // Selects the row of an order; false when it is not listed.
    bool selectOrder(const QString &orderId);
    std::optional<ScheduleEntry> selectedEntry() const;
    const QList<ScheduleEntry> &entries() const { return m_entries; }

    // The actions behind the buttons (the dialogs are asked first; tests call these directly).
    void startSelected();
    void closeSelected();
    Status exportCalendar(const QString &path);

Q_SIGNALS:
    // A re-inspection draft was created (or already exists) and should be opened for the walkthrough.
    void openInspectionRequested(const QString &inspectionId);

private:
    void chooseExportFile();
    void updateButtons();
    QTreeWidgetItem *addRow(QTreeWidgetItem *group, const ScheduleEntry &entry);
    QDate today() const;
    int soonDays() const;

    std::unique_ptr<Ui::ReinspectionsPage> m_ui;
    AppSession &m_session;
    QDate m_today;
    QList<ScheduleEntry> m_entries;
};

} // namespace psv::ui
