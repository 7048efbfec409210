#include "PlayerDialog.h"

#include "AppSession.h"
#include "EvidenceActions.h"
#include "EvidenceLinkDialog.h"
#include "EvidenceRepository.h"
#include "EvidenceStore.h"
#include "InspectionRepository.h"

#include "ui_PlayerDialog.h"

#include <QAudioOutput>
#include <QFileInfo>
#include <QImageReader>
#include <QMediaPlayer>
#include <QPixmap>
#include <QShortcut>
#include <QUrl>
#include <QVideoWidget>

namespace psv::ui {

namespace {
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2.%3").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')).arg((ms % 1000) / 100);
}
} // namespace

PlayerDialog::PlayerDialog(AppSession &session, QString evidenceId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlayerDialog>()), m_session(session),
      m_evidenceId(std::move(evidenceId))
{
    m_ui->setupUi(this);
    m_ui->positionSlider->setRange(0, 0);
    m_ui->positionSlider->setSingleStep(1000);
    m_ui->positionSlider->setPageStep(5000);

    connect(m_ui->playButton, &QPushButton::clicked, this, &PlayerDialog::togglePlay);
    connect(m_ui->positionSlider, &QSlider::sliderMoved, this, &PlayerDialog::setPosition);
    connect(m_ui->markStartButton, &QPushButton::clicked, this, &PlayerDialog::markStart);
    connect(m_ui->markEndButton, &QPushButton::clicked, this, &PlayerDialog::markEnd);
    connect(m_ui->rangeCheck, &QCheckBox::toggled, this, &PlayerDialog::updateRangeControls);
    connect(m_ui->linkButton, &QPushButton::clicked, this, [this] { (void)linkToItem(); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);

    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { seekBy(-5000); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { seekBy(5000); });
    shortcut(QKeySequence(Qt::Key_I), [this] { markStart(); });
    shortcut(QKeySequence(Qt::Key_O), [this] { markEnd(); });
    load();
}

PlayerDialog::~PlayerDialog()
{
    if (m_player)
        m_player->stop();
}

void PlayerDialog::load()
{
    EvidenceRepository repository(m_session.db());
    auto e = repository.get(m_evidenceId);
    if (!e) {
        m_ui->infoLabel->setText(e.error().text());
        setEnabled(true);
        m_ui->linkButton->setEnabled(false);
        return;
    }
    m_evidence = e.value();
    auto store = EvidenceStore::open(m_session.dataDir());
    const QString blob = store ? store.value().pathFor(m_evidence.sha256) : QString();
    setWindowTitle(tr("Evidence: %1").arg(m_evidence.originalName));
    QString number;
    if (!m_evidence.inspectionId.isEmpty())
        if (auto i = InspectionRepository(m_session.db()).get(m_evidence.inspectionId))
            number = i.value().number;
    m_ui->infoLabel->setText(tr("%1 · captured %2 · inspection %3\nSHA-256 %4")
            .arg(m_evidence.originalName,
                m_evidence.capturedAt.isValid()
                    ? m_evidence.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    : tr("unknown"),
                number.isEmpty() ? tr("none") : number, m_evidence.sha256));

    m_photo = m_evidence.mediaType == QStringLiteral("photo");
    if (blob.isEmpty() || !QFileInfo::exists(blob)) {
        m_ui->photoLabel->setText(tr("The file of this evidence is missing from the evidence store (%1). Run "
                                     "\"psvctl evidence verify\" to check the store.")
                .arg(blob));
        m_ui->mediaStack->setCurrentWidget(m_ui->photoLabel);
    } else if (m_photo) {
        showPhoto(blob);
    } else {
        startPlayer(blob);
    }
    m_ui->playButton->setEnabled(m_player != nullptr);
    m_ui->positionSlider->setEnabled(m_player != nullptr);
    m_ui->rangeCheck->setEnabled(!m_photo);
    m_ui->rangeCheck->setChecked(false);
    updateRangeControls();

    offerItems();

    if (Status s = repository.recordView(m_evidenceId, m_session.actor()); !s)
        m_ui->statusLabel->setText(s.error().text());
}

void PlayerDialog::showPhoto(const QString &blob)
{
    QImageReader reader(blob);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        m_ui->photoLabel->setText(tr("The photo cannot be shown: %1").arg(reader.errorString()));
    else
        m_ui->photoLabel->setPixmap(
            QPixmap::fromImage(image.scaled(QSize(900, 480), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_ui->mediaStack->setCurrentWidget(m_ui->photoLabel);
    m_loaded = true;
}

// A video or an audio recording: the player, its slider, and the range limits from its duration.
void PlayerDialog::startPlayer(const QString &blob)
{
    m_video = new QVideoWidget(m_ui->videoPage);
    m_video->setObjectName(QStringLiteral("videoWidget"));
    m_ui->videoLayout->addWidget(m_video);
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_ui->positionSlider->setRange(0, int(ms));
        m_ui->startSpin->setMaximum(double(ms) / 1000.0);
        m_ui->endSpin->setMaximum(double(ms) / 1000.0);
        updatePosition(m_player->position());
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlayerDialog::updatePosition);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_ui->playButton->setText(state == QMediaPlayer::PlayingState ? tr("&Pause") : tr("&Play"));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_ui->statusLabel->setText(tr("The recording cannot be played: %1").arg(message));
    });
    // The blob has no extension; the player finds the format from the content.
    m_player->setSource(QUrl::fromLocalFile(blob));
    m_ui->mediaStack->setCurrentWidget(m_ui->videoPage);
    if (m_evidence.durationMs) {
        m_ui->startSpin->setMaximum(double(*m_evidence.durationMs) / 1000.0);
        m_ui->endSpin->setMaximum(double(*m_evidence.durationMs) / 1000.0);
    }
    m_loaded = true;
}

// The checklist items of the evidence's inspection it can be linked to, when that inspection can
// still be changed.
void PlayerDialog::offerItems()
{
    const auto items = EvidenceLinkDialog::itemChoices(m_session, m_evidence.inspectionId);
    for (const auto &[key, label] : items)
        m_ui->itemCombo->addItem(label, key);
    if (m_evidence.inspectionId.isEmpty()) {
        m_ui->statusLabel->setText(tr("This evidence belongs to no inspection, so it cannot be linked to an item."));
    } else if (auto editable = InspectionRepository(m_session.db()).editable(m_evidence.inspectionId); !editable) {
        m_ui->statusLabel->setText(editable.error().message);
        m_ui->linkButton->setEnabled(false);
    }
    m_ui->linkButton->setEnabled(m_ui->linkButton->isEnabled() && !items.isEmpty());
}

qint64 PlayerDialog::position() const
{
    return m_player ? m_player->position() : 0;
}

void PlayerDialog::setPosition(qint64 ms)
{
    if (m_player)
        m_player->setPosition(ms);
}

void PlayerDialog::togglePlay()
{
    if (!m_player)
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void PlayerDialog::seekBy(qint64 deltaMs)
{
    if (!m_player)
        return;
    qint64 target = std::max<qint64>(0, m_player->position() + deltaMs);
    if (m_player->duration() > 0)
        target = std::min(target, m_player->duration());
    m_player->setPosition(target);
}

void PlayerDialog::updatePosition(qint64 ms)
{
    if (!m_ui->positionSlider->isSliderDown())
        m_ui->positionSlider->setValue(int(ms));
    const qint64 total = m_player ? m_player->duration() : 0;
    m_ui->positionLabel->setText(QStringLiteral("%1 / %2").arg(clock(ms), clock(total)));
}

void PlayerDialog::markStart()
{
    if (m_photo || !m_loaded)
        return;
    m_ui->rangeCheck->setChecked(true);
    m_ui->startSpin->setValue(double(position()) / 1000.0);
    if (m_ui->endSpin->value() < m_ui->startSpin->value())
        m_ui->endSpin->setValue(m_ui->startSpin->value());
}

void PlayerDialog::markEnd()
{
    if (m_photo || !m_loaded)
        return;
    m_ui->rangeCheck->setChecked(true);
    m_ui->endSpin->setValue(double(position()) / 1000.0);
}

void PlayerDialog::setRange(std::optional<qint64> startMs, std::optional<qint64> endMs)
{
    m_ui->rangeCheck->setChecked(startMs.has_value());
    m_ui->startSpin->setValue(double(startMs.value_or(0)) / 1000.0);
    m_ui->endSpin->setValue(double(endMs.value_or(0)) / 1000.0);
}

std::optional<qint64> PlayerDialog::rangeStart() const
{
    if (!m_ui->rangeCheck->isChecked())
        return std::nullopt;
    return qRound64(m_ui->startSpin->value() * 1000.0);
}

std::optional<qint64> PlayerDialog::rangeEnd() const
{
    if (!m_ui->rangeCheck->isChecked())
        return std::nullopt;
    return qRound64(m_ui->endSpin->value() * 1000.0);
}

void PlayerDialog::updateRangeControls()
{
    const bool on = m_ui->rangeCheck->isChecked();
    m_ui->startSpin->setEnabled(on);
    m_ui->endSpin->setEnabled(on);
}

Status PlayerDialog::linkToItem()
{
    const QString itemKey = m_ui->itemCombo->currentData().toString();
    if (!m_loaded || itemKey.isEmpty() || m_evidence.inspectionId.isEmpty())
        return makeError(tr("Choose a checklist item of this evidence's inspection."), QStringLiteral("item"), 1);
    EvidenceLink link;
    link.evidenceId = m_evidence.id;
    link.startMs = rangeStart();
    link.endMs = rangeEnd();
    auto r = EvidenceActions(m_session.db()).link(m_evidence.inspectionId, itemKey, link, m_session.actor());
    if (!r) {
        m_ui->statusLabel->setText(r.error().text());
        return r.error();
    }
    m_ui->statusLabel->setText(link.startMs
            ? tr("Linked %1–%2 to item %3.")
                  .arg(clock(*link.startMs), clock(*link.endMs), m_ui->itemCombo->currentText())
            : tr("Linked to item %1.").arg(m_ui->itemCombo->currentText()));
    Q_EMIT linked(m_evidence.inspectionId, itemKey);
    return {};
}

} // namespace psv::ui
