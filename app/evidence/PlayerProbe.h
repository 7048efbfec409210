#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QImage>
#include <QSize>
#include <QString>
#include <QUrl>

namespace psv {

// Reads a video or audio file with Qt Multimedia (QMediaPlayer on the FFmpeg backend): duration,
// resolution, codecs, the container's creation date and, on request, one frame about `atMs` in.
// Runs a local event loop in the calling thread (call it from a worker thread, never the GUI
// thread) and gives up after a time limit, so a damaged file cannot hang an import.
class PlayerProbe
{
    Q_DECLARE_TR_FUNCTIONS(PlayerProbe)

public:
    struct Facts
    {
        bool loaded = false;
        QString error; // translated, when !loaded
        bool hasVideo = false;
        bool hasAudio = false;
        qint64 durationMs = 0;
        QSize resolution;
        QString videoCodec;
        QString audioCodec;
        QString container;
        QDateTime date; // QMediaMetaData::Date (creation_time), invalid when absent
        QImage frame; // null unless asked for and decodable
    };

    // `device` must be open and outlive the call; `name` only hints the format.
    static Facts probe(QIODevice *device, const QUrl &name, bool wantFrame, qint64 atMs, int timeoutMs);
};

} // namespace psv
