#include "CaptureDialog.h"

#include "AppSession.h"
#include "EvidenceActions.h"
#include "EvidenceImportDialog.h"
#include "EvidenceImportJob.h"
#include "EvidenceRepository.h"

#include "ui_CaptureDialog.h"

#include <QCamera>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaRecorder>
#include <QUrl>
#include <QVideoWidget>

namespace psv::ui {

CaptureDialog::CaptureDialog(AppSession &session, QString inspectionId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CaptureDialog>()), m_session(session),
      m_inspectionId(std::move(inspectionId))
{
    m_ui->setupUi(this);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->photoButton, &QPushButton::clicked, this, &CaptureDialog::takePhoto);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &CaptureDialog::toggleRecording);
    if (!cameraAvailable()) {
        m_ui->statusLabel->setText(unavailableReason());
        for (QPushButton *b : {m_ui->photoButton, m_ui->recordButton}) {
            b->setEnabled(false);
            b->setToolTip(unavailableReason());
        }
        return;
    }
    setUpCamera();
}

CaptureDialog::~CaptureDialog()
{
    if (m_recorder && m_recorder->recorderState() != QMediaRecorder::StoppedState)
        m_recorder->stop();
    if (m_camera)
        m_camera->stop();
}

bool CaptureDialog::cameraAvailable()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

QString CaptureDialog::unavailableReason()
{
    return tr("Capture is unavailable: no camera is connected to this computer. Connect a body camera in "
              "webcam (PC camera) mode, or use a laptop with a built-in camera, then open Capture again. "
              "Recordings already on a body camera are added with Import.");
}

void CaptureDialog::setUpCamera()
{
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    m_camera = new QCamera(device, this);
    m_capture = new QMediaCaptureSession(this);
    m_imageCapture = new QImageCapture(this);
    m_recorder = new QMediaRecorder(this);
    m_preview = new QVideoWidget(m_ui->previewContainer);
    m_ui->previewLayout->addWidget(m_preview);
    m_capture->setCamera(m_camera);
    m_capture->setImageCapture(m_imageCapture);
    m_capture->setRecorder(m_recorder);
    m_capture->setVideoOutput(m_preview);
    QMediaFormat format(QMediaFormat::MPEG4);
    format.setVideoCodec(QMediaFormat::VideoCodec::H264);
    m_recorder->setMediaFormat(format);
    m_recorder->setQuality(QMediaRecorder::HighQuality);
    m_ui->statusLabel->setText(tr("Camera: %1").arg(device.description()));

    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &message) {
        m_ui->statusLabel->setText(tr("The camera reports an error: %1").arg(message));
    });
    connect(m_imageCapture, &QImageCapture::imageSaved, this,
        [this](int, const QString &fileName) { importCaptured(fileName); });
    connect(
        m_imageCapture, &QImageCapture::errorOccurred, this, [this](int, QImageCapture::Error, const QString &message) {
            m_ui->resultLabel->setText(tr("The photo was not taken: %1").arg(message));
        });
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, [this](QMediaRecorder::RecorderState state) {
        m_ui->recordButton->setText(
            state == QMediaRecorder::RecordingState ? tr("&Stop recording") : tr("&Record video"));
        m_ui->photoButton->setEnabled(state == QMediaRecorder::StoppedState);
        if (state == QMediaRecorder::StoppedState && m_recorder->actualLocation().isLocalFile())
            importCaptured(m_recorder->actualLocation().toLocalFile());
    });
    connect(m_recorder, &QMediaRecorder::errorOccurred, this, [this](QMediaRecorder::Error, const QString &message) {
        m_ui->resultLabel->setText(tr("The recording failed: %1").arg(message));
    });
    m_camera->start();
}

QString CaptureDialog::tempName(const QString &prefix, const QString &extension) const
{
    return QDir(m_temp.path())
        .filePath(prefix + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")) + u'.' + extension);
}

void CaptureDialog::takePhoto()
{
    if (!m_imageCapture || !m_imageCapture->isReadyForCapture())
        return;
    m_imageCapture->captureToFile(tempName(QStringLiteral("IMG_"), QStringLiteral("jpg")));
}

void CaptureDialog::toggleRecording()
{
    if (!m_recorder)
        return;
    if (m_recorder->recorderState() == QMediaRecorder::RecordingState) {
        m_recorder->stop(); // recorderStateChanged(Stopped) imports the file
        return;
    }
    m_recorder->setOutputLocation(QUrl::fromLocalFile(tempName(QStringLiteral("VID_"), QStringLiteral("mp4"))));
    m_recorder->record();
}

void CaptureDialog::importCaptured(const QString &path)
{
    m_ui->resultLabel->setText(tr("Storing %1 as evidence…").arg(QFileInfo(path).fileName()));
    auto *job = new EvidenceImportJob(m_session.dataDir(), m_session.actor(), m_inspectionId);
    connect(job, &EvidenceImportJob::finished, this, [this, path](const ImportSummary &summary) {
        QStringList lines;
        for (const ImportOutcome &o : summary.files) {
            lines << QFileInfo(o.path).fileName() + QStringLiteral(": ") + EvidenceImportDialog::outcomeText(o);
            if (o.succeeded() && !m_itemKey.isEmpty())
                lines << linkImported(o);
        }
        m_ui->resultLabel->setText(lines.join(u'\n'));
        if (summary.allSucceeded() && path.startsWith(m_temp.path()))
            QFile::remove(path); // the stored blob is the evidence now
        Q_EMIT imported(summary);
    });
    job->runInThread({path});
}

QString CaptureDialog::linkImported(const ImportOutcome &outcome)
{
    EvidenceFilter filter;
    filter.inspectionId = m_inspectionId;
    filter.sha256 = outcome.evidence.sha256;
    filter.limit = 1;
    const auto rows = EvidenceRepository(m_session.db()).list(filter);
    if (!rows || rows.value().isEmpty())
        return tr("Not linked to item %1: the stored file is not in this inspection's catalogue.").arg(m_itemKey);
    EvidenceLink link;
    link.evidenceId = rows.value().first().id;
    const auto linked = EvidenceActions(m_session.db()).link(m_inspectionId, m_itemKey, link, m_session.actor());
    if (!linked)
        return tr("Not linked to item %1: %2").arg(m_itemKey, linked.error().message);
    return tr("Linked to item %1.").arg(m_itemKey);
}

} // namespace psv::ui
