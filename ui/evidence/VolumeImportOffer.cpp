#include "VolumeImportOffer.h"

#include "AppSession.h"
#include "EvidenceImportDialog.h"
#include "EvidencePage.h"
#include "FileNamePatterns.h"
#include "InspectionRepository.h"
#include "MessageBox.h"
#include "UiLogging.h"

#include <QWidget>

namespace psv::ui {

VolumeImportOffer::VolumeImportOffer(AppSession &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    if (auto patterns = FileNamePatterns::load(m_session.dataDir()))
        m_watcher.setPatterns(patterns.value());
    connect(&m_watcher, &VolumeWatcher::volumeMounted, this, &VolumeImportOffer::offer);
}

void VolumeImportOffer::start(int intervalMs)
{
    m_watcher.start(intervalMs);
}

QString VolumeImportOffer::targetInspection() const
{
    if (!m_openInspection.isEmpty())
        if (auto editable = InspectionRepository(m_session.db()).editable(m_openInspection))
            return m_openInspection;
    return EvidencePage::defaultInspection(m_session);
}

void VolumeImportOffer::offer(const VolumeInfo &volume)
{
    qCInfo(lcUi) << "volume mounted:" << volume.rootPath << "camera-like:" << volume.layout.looksLikeCamera;
    if (!m_session.isSignedIn() || !volume.layout.looksLikeCamera || m_asking)
        return;
    const QString inspectionId = targetInspection();
    const QString name = volume.name.isEmpty() ? volume.rootPath : volume.name;
    m_asking = true;
    if (inspectionId.isEmpty()) {
        MessageBox::information(m_window, tr("Camera connected"),
            tr("%1 looks like a body camera's storage (%2), but there is no draft inspection to import into. "
               "Start the inspection, then import from the Evidence page.")
                .arg(name, volume.layout.reason));
        m_asking = false;
        return;
    }
    QString number;
    if (auto i = InspectionRepository(m_session.db()).get(inspectionId))
        number = i.value().number;
    const auto answer = MessageBox::question(m_window, tr("Camera connected"),
        tr("%1 looks like a body camera's storage (%2). Import its recordings into inspection %3?")
            .arg(name, volume.layout.reason, number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    m_asking = false;
    if (answer != QMessageBox::Yes)
        return;
    auto *dialog = new EvidenceImportDialog(m_session, inspectionId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFolder(volume.rootPath);
    dialog->open();
    dialog->scan();
    Q_EMIT importDialogOpened(dialog);
}

} // namespace psv::ui
