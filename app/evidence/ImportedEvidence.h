#pragma once

#include "CaptureTime.h"
#include "MediaFacts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace psv {

// One file safely in the evidence store, handed to the EvidenceImporter's recorder so that the
// store can add the evidence row and the audit entry (the fields of Evidence, Evidence.h).
struct ImportedEvidence
{
    QString sha256; // hex, lower case: the blob's name
    qint64 size = 0;
    QString blobPath; // DATA/evidence/sha256/ab/<sha256>
    bool alreadyStored = false; // the store had this content before this import

    QString originalName; // file name on the camera
    QString originalPath; // absolute path it was imported from
    QDateTime sourceModified; // the source's modification time (UTC)

    QString deviceNumber; // 设备编号 from the file name, else empty (the caller may know it)
    QString policeNumber; // 警号 from the file name, else empty
    QString sequence; // sequence number from the file name
    QString fileNamePattern; // id of the pattern that matched, else empty
    CaptureTime capture; // capture time and its source

    MediaFacts media; // kind, duration, resolution, codecs; thumbnail image cleared
    QString thumbnailPath; // DATA/evidence/thumbs/<sha256>.jpg, empty when there is no picture
    QDateTime importedAt; // UTC

    QStringList flags() const; // "metadata-unreadable"
    // Stable keys for psvctl --json, audit details and sync (times ISO 8601 with offset).
    QJsonObject toJson() const;
};

} // namespace psv
