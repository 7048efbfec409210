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
    VolumeImportOffer *volumeImportOffer() const { return m_volumeOffer; }
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // "dashboard", "inspections", "sites", "reinspections", "evidence", "sync"
    static std::optional<Page> pageFromName(const QString &name);

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
    VolumeImportOffer *m_volumeOffer = nullptr;
};

} // namespace psv::ui
