#pragma once

#include "BundleRecord.h"
#include "Result.h"
#include "Sha256.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class KCompressionDevice;

namespace psv {

// A records file ready to be stored: zstd of canonical JSON lines, with the facts the manifest lists.
struct EncodedRecords
{
    QString type;
    QByteArray stored; // the zstd stream
    QString sha256; // of stored
    qint64 count = 0;
    qint64 contentSize = 0; // inflated
    QString contentSha256;
};

// Turns the records of one type into one zstd stream (KCompressionDevice), a line at a time, so
// that only the compressed bytes are held in memory. Lines are gathered into 1 MiB pieces before
// they reach the compressor: KCompressionDevice ends a zstd block on every write.
class RecordEncoder
{
    Q_DECLARE_TR_FUNCTIONS(RecordEncoder)

public:
    explicit RecordEncoder(QString type);
    ~RecordEncoder();
    RecordEncoder(const RecordEncoder &) = delete;
    RecordEncoder &operator=(const RecordEncoder &) = delete;

    Status add(const BundleRecord &record);
    Result<EncodedRecords> finish();
    qint64 contentSize() const { return m_contentSize; }

private:
    Status flush();

    QString m_type;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<KCompressionDevice> m_zstd;
    QByteArray m_pending;
    Sha256 m_contentHash;
    qint64 m_contentSize = 0;
    qint64 m_count = 0;
    bool m_failed = false;
};

} // namespace psv
