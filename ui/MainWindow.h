#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// The main window: navigation on the left, one page per area of work on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Dashboard, Inspections, Sites, Reinspections, Evidence, Sync };
    Q_ENUM(Page)

    explicit MainWindow(AppSession &session, QWidget *parent = nullptr);

    AppSession &session() { return m_session; }
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // "dashboard", "inspections", "sites", "reinspections", "evidence", "sync"
    static std::optional<Page> pageFromName(const QString &name);

    // Records menu: print preview of an inspection's record (asks for its number when empty), of
    // an order's notice (asks for an order id or inspection number), and the paper-record check.
    void printInspectionRecord(const QString &inspection = {});
    void printNotice(const QString &orderOrInspection = {});
    void verifyPaperRecord();

Q_SIGNALS:
    void shown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addPage(Page page, const QString &title, QWidget *widget);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSession &m_session;
};

} // namespace psv::ui
