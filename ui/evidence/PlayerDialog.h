#pragma once

#include "Evidence.h"

#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

class QMediaPlayer;
class QAudioOutput;
class QVideoWidget;

namespace Ui {
class PlayerDialog;
}

namespace psv {
class AppSession;
}

namespace psv::ui {

// Plays one piece of evidence from the store (QMediaPlayer + QVideoWidget; photos in a label):
// play/pause (Space), seek (Left/Right), Mark start (I) / Mark end (O), and links the range (or
// the whole file, or the photo) to a checklist item of the evidence's inspection through
// EvidenceRepository::link. Opening it is audited ("view"), and so is every link ("set-item").
class PlayerDialog : public QDialog
{
    Q_OBJECT
public:
    PlayerDialog(AppSession &session, QString evidenceId, QWidget *parent = nullptr);
    ~PlayerDialog() override;

    bool isLoaded() const { return m_loaded; } // the evidence row and its blob were found
    QMediaPlayer *player() const { return m_player; }
    qint64 position() const;
    void setPosition(qint64 ms);
    void markStart(); // at the current position
    void markEnd();
    void setRange(std::optional<qint64> startMs, std::optional<qint64> endMs);
    std::optional<qint64> rangeStart() const;
    std::optional<qint64> rangeEnd() const;
    Status linkToItem(); // the chosen item, the range when ticked

Q_SIGNALS:
    void linked(const QString &inspectionId, const QString &itemKey);

private:
    void load();
    void showPhoto(const QString &blob);
    void startPlayer(const QString &blob);
    void offerItems();
    void togglePlay();
    void seekBy(qint64 deltaMs);
    void updatePosition(qint64 ms);
    void updateRangeControls();

    std::unique_ptr<Ui::PlayerDialog> m_ui;
    AppSession &m_session;
    QString m_evidenceId;
    Evidence m_evidence;
    bool m_loaded = false;
    bool m_photo = false;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
};

} // namespace psv::ui
