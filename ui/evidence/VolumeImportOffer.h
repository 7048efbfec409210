#pragma once

#include "VolumeWatcher.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace psv {
class AppSession;
}

namespace psv::ui {

class EvidenceImportDialog;

// Watches for newly mounted volumes (VolumeWatcher) and, when one looks like a body camera's
// storage while an officer is signed in, offers to import from it into the inspection open in the
// walkthrough (setOpenInspection) or else the most recent draft. The MainWindow owns one.
class VolumeImportOffer : public QObject
{
    Q_OBJECT
public:
    VolumeImportOffer(AppSession &session, QWidget *window);

    VolumeWatcher &watcher() { return m_watcher; }
    void start(int intervalMs = 2000); // polls; the first poll only records what is mounted already
    void setOpenInspection(const QString &inspectionId) { m_openInspection = inspectionId; }
    QString targetInspection() const; // the open inspection, else the most recent draft

public Q_SLOTS:
    void offer(const psv::VolumeInfo &volume); // asks (psv::ui::MessageBox), then opens the import dialog

Q_SIGNALS:
    void importDialogOpened(psv::ui::EvidenceImportDialog *dialog);

private:
    AppSession &m_session;
    QPointer<QWidget> m_window;
    VolumeWatcher m_watcher;
    QString m_openInspection;
    bool m_asking = false;
};

} // namespace psv::ui
