#pragma once

#include "AppSession.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class SyncPage;
}

namespace psv::ui {

// Page::Sync — bundles to and from the department: export (for a device, or chosen inspections;
// metadata only or with media), import (file → verify → summary → apply) on a worker thread with
// progress and cancel, the conflicts an import listed, and for reviewers the review queue.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(AppSession &session, QWidget *parent = nullptr);
    ~SyncPage() override;

    // Tests: the next file dialog returns this path without being shown.
    static void setNextFilePath(const QString &path);
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void exported(const QString &path);
    void imported(const QString &summary);
    void failed(const QString &message);

private:
    void startExport();
    void startImport();
    void applyVerified(const QString &path);
    void settle(bool keepLocal);
    void decide(bool approve);
    void setBusy(bool busy);
    // Runs work on a worker thread with its own store connection; done runs on the GUI thread.
    void runWorker(std::function<QString(Database &, QString &)> work, std::function<void(bool, QString)> done);
    static QString chooseFile(QWidget *parent, bool save);

    std::unique_ptr<Ui::SyncPage> m_ui;
    AppSession &m_session;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;
    bool m_busy = false;
};

} // namespace psv::ui
