#pragma once

#include "MediaFacts.h"

#include <QCoreApplication>
#include <QString>

namespace psv {

// Media facts for the evidence catalogue. Videos and audio: duration, resolution, codecs and the
// container's creation time through Qt Multimedia (ffprobe only when Qt has no date), and a
// thumbnail about 1 s in. Photos: dimensions, EXIF capture time and a thumbnail through
// QImageReader. The file is opened read-only without touching its access time. A corrupt or
// truncated file is reported as "metadata unreadable", never a crash; a time limit keeps a
// damaged file from blocking an import. Runs a local event loop: call it off the GUI thread.
class MediaProbe
{
    Q_DECLARE_TR_FUNCTIONS(MediaProbe)

public:
    struct Options
    {
        bool thumbnail = true;
        int thumbnailSize = 320; // longest side, pixels
        qint64 thumbnailAtMs = 1000; // into a video (half the duration for shorter ones)
        int timeoutMs = 20000;
        bool useFfprobe = true; // for a creation time Qt cannot read
    };

    // `kindHint` comes from the original file name (a stored blob has no extension); Other means
    // "find out from the content".
    static MediaFacts probe(const QString &path, MediaKind kindHint, const Options &options);
    static MediaFacts probe(const QString &path, MediaKind kindHint) { return probe(path, kindHint, Options {}); }
};

} // namespace psv
