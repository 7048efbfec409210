#include "PlayerProbe.h"

#include "EvidenceLogging.h"

#include <QEventLoop>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

namespace psv {

namespace {

void readMetaData(const QMediaPlayer &player, PlayerProbe::Facts &facts)
{
    const QMediaMetaData md = player.metaData();
    facts.loaded = true;
    facts.hasVideo = player.hasVideo();
    facts.hasAudio = player.hasAudio();
    facts.durationMs = player.duration();
    facts.resolution = md.value(QMediaMetaData::Resolution).toSize();
    if (facts.hasVideo)
        facts.videoCodec = md.stringValue(QMediaMetaData::VideoCodec);
    if (facts.hasAudio)
        facts.audioCodec = md.stringValue(QMediaMetaData::AudioCodec);
    facts.container = md.stringValue(QMediaMetaData::FileFormat);
    const QDateTime date = md.value(QMediaMetaData::Date).toDateTime();
    if (date.isValid())
        facts.date = date;
}

} // namespace

PlayerProbe::Facts PlayerProbe::probe(QIODevice *device, const QUrl &name, bool wantFrame, qint64 atMs, int timeoutMs)
{
    Facts facts;
    QEventLoop loop;
    QMediaPlayer player;
    QVideoSink sink;
    player.setVideoSink(&sink);
    qint64 targetUs = -1; // the frame wanted, once seeking started
    QVideoFrame lastFrame;
    bool done = false;
    const auto finish = [&] {
        done = true;
        loop.quit();
    };

    QObject::connect(&player, &QMediaPlayer::mediaStatusChanged, &loop, [&](QMediaPlayer::MediaStatus status) {
        switch (status) {
        case QMediaPlayer::LoadedMedia:
            if (facts.loaded)
                return;
            readMetaData(player, facts);
            if (!wantFrame || !facts.hasVideo) {
                finish();
                return;
            }
            targetUs = 1000 * std::min(atMs, facts.durationMs > 0 ? facts.durationMs / 2 : 0);
            player.setPosition(targetUs / 1000);
            player.play();
            return;
        case QMediaPlayer::InvalidMedia:
            if (facts.error.isEmpty())
                facts.error = tr("the format is not recognised or the file is damaged");
            finish();
            return;
        case QMediaPlayer::EndOfMedia:
            finish();
            return;
        default:
            return;
        }
    });
    QObject::connect(&player, &QMediaPlayer::errorOccurred, &loop, [&](QMediaPlayer::Error, const QString &text) {
        if (!facts.loaded && facts.error.isEmpty())
            facts.error = text.isEmpty() ? tr("the file cannot be decoded") : text;
        finish();
    });
    QObject::connect(&sink, &QVideoSink::videoFrameChanged, &loop, [&](const QVideoFrame &frame) {
        if (!frame.isValid() || targetUs < 0)
            return;
        lastFrame = frame;
        if (frame.startTime() >= targetUs - 200000) // the seek has taken effect
            finish();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        qCInfo(lcEvidence) << "media probe timed out for" << name;
        if (!facts.loaded)
            facts.error = tr("reading it took longer than %1 seconds").arg(timeoutMs / 1000);
        finish();
    });

    player.setSourceDevice(device, name);
    if (!done) // loading may already have failed synchronously
        loop.exec();
    player.stop();
    if (lastFrame.isValid())
        facts.frame = lastFrame.toImage();
    if (facts.resolution.isEmpty() && !facts.frame.isNull())
        facts.resolution = facts.frame.size();
    player.setSource(QUrl()); // let go of the device before the caller closes it
    return facts;
}

} // namespace psv
