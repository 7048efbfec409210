#pragma once

#include "EvidenceImporter.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;
class QMediaRecorder;
class QVideoWidget;

namespace Ui {
class CaptureDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Photos and video from a connected camera (a body camera in webcam mode, or the laptop's)
// through Qt Multimedia: QCamera → QMediaCaptureSession → QImageCapture / QMediaRecorder write
// a temp file named IMG_/VID_yyyyMMdd_HHmmss (so its capture time is read from the name), which
// is then imported like any other file (EvidenceImportJob: hashed, catalogued, audited) and the
// temp file removed; from the walkthrough it is linked to the current item as well. With no camera
// the buttons are disabled and the dialog says why.
class CaptureDialog : public QDialog
{
    Q_OBJECT
public:
    CaptureDialog(AppSession &session, QString inspectionId, QWidget *parent = nullptr);
    ~CaptureDialog() override;

    static bool cameraAvailable(); // QMediaDevices::videoInputs() is not empty
    static QString unavailableReason(); // translated

    // Links what is captured from now on to this checklist item too (the walkthrough's "Capture
    // now…"), through EvidenceRepository::link (audited).
    void linkToItem(const QString &itemKey) { m_itemKey = itemKey; }
    // Imports a captured file into the inspection (also used for the captured temp files).
    void importCaptured(const QString &path);

Q_SIGNALS:
    void imported(const psv::ImportSummary &summary);

private:
    void setUpCamera();
    void takePhoto();
    void toggleRecording();
    QString tempName(const QString &prefix, const QString &extension) const;
    QString linkImported(const ImportOutcome &outcome); // the line to show

    std::unique_ptr<Ui::CaptureDialog> m_ui;
    AppSession &m_session;
    QString m_inspectionId;
    QString m_itemKey;
    QTemporaryDir m_temp;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_capture = nullptr;
    QImageCapture *m_imageCapture = nullptr;
    QMediaRecorder *m_recorder = nullptr;
    QVideoWidget *m_preview = nullptr;
};

} // namespace psv::ui
