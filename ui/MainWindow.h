#pragma once

#include "Result.h"

#include <QLabel>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

class InspectionsPage;
class ScreenLock;
class VolumeImportOffer;

// The main window: navigation on the left, one page per area of work on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Inspections, Sites, Reinspections, Evidence, Sync };
    Q_ENUM(Page)

    explicit MainWindow(AppSession &session, QWidget *parent = nullptr);

    AppSession &session() { return m_session; }
    ScreenLock &screenLock() { return *m_screenLock; }
    VolumeImportOffer *volumeImportOffer() const { return m_volumeOffer; }
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // "dashboard", "inspections", "sites", "reinspections", "evidence", "sync"
    static std::optional<Page> pageFromName(const QString &name);
    // Shows the Inspections page with an inspection in the walkthrough, at an item (its key; empty:
    // the first); a problem is shown to the officer and returned.
    Status openInspection(const QString &inspectionId, const QString &itemKey = {});

    // Tools → Import holiday notice…: validates and installs a State Council notice file
    // (CalendarImporter), asks before replacing an installed year, shows every problem precisely,
    // then reloads the session's calendar. The file dialog is asked first; tests call this directly.
    Status importCalendarFile(const QString &path);
    // Records menu: print preview of an inspection's record (asks for its number when empty), of
    // an order's notice (asks for an order id or inspection number), and the paper-record check.
    void printInspectionRecord(const QString &inspection = {});
    void printNotice(const QString &orderOrInspection = {});
    void verifyPaperRecord();

Q_SIGNALS:
    void shown();
    // The Sites page asks for a new inspection of a video system (connect the inspection wizard).
    void newInspectionRequested(const QString &siteId);
    // The dashboard or the re-inspections page wants an inspection opened (for the walkthrough).
    void openInspectionRequested(const QString &inspectionId);

protected:
    // Remembers the geometry and signs the officer out (audited, reason "app-closed").
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addPage(Page page, const QString &title, QWidget *widget);
    void fitToScreen(); // the first start, with no remembered geometry
    void showAbout();
    void showSignedIn();
    void chooseCalendarFile();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSession &m_session;
    InspectionsPage *m_inspections = nullptr;
    ScreenLock *m_screenLock = nullptr;
    QLabel *m_officerLabel = nullptr;
    VolumeImportOffer *m_volumeOffer = nullptr;
};

} // namespace psv::ui
