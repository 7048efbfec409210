#include "RecordEncoder.h"

#include "CanonicalJson.h"

#include <KCompressionDevice>

namespace psv {

namespace {
constexpr qsizetype PieceSize = 1 << 20;
}

RecordEncoder::RecordEncoder(QString type)
    : m_type(std::move(type)), m_buffer(&m_bytes),
      m_zstd(std::make_unique<KCompressionDevice>(&m_buffer, false, KCompressionDevice::Zstd))
{
    m_failed = !m_zstd->open(QIODevice::WriteOnly);
    m_pending.reserve(PieceSize + (64 << 10));
}

RecordEncoder::~RecordEncoder() = default;

Status RecordEncoder::flush()
{
    if (m_pending.isEmpty())
        return {};
    if (m_failed || m_zstd->write(m_pending) != m_pending.size()) {
        m_failed = true;
        return makeError(tr("Compressing the %1 records failed: %2").arg(m_type, m_zstd->errorString()), m_type, 3);
    }
    m_pending.clear();
    return {};
}

Status RecordEncoder::add(const BundleRecord &record)
{
    QByteArray line = CanonicalJson::serialize(record.toEnvelope());
    line += '\n';
    m_contentHash.addData(line);
    m_contentSize += line.size();
    ++m_count;
    m_pending += line;
    return m_pending.size() >= PieceSize ? flush() : Status();
}

Result<EncodedRecords> RecordEncoder::finish()
{
    if (Status s = flush(); !s)
        return s.error();
    m_zstd->close(); // writes the end of the zstd frame
    if (m_failed || m_zstd->error() != QFileDevice::NoError)
        return makeError(tr("Compressing the %1 records failed: %2").arg(m_type, m_zstd->errorString()), m_type, 3);
    EncodedRecords e;
    e.type = m_type;
    e.stored = m_bytes;
    e.sha256 = Sha256::hex(m_bytes);
    e.count = m_count;
    e.contentSize = m_contentSize;
    e.contentSha256 = m_contentHash.hexResult();
    return e;
}

} // namespace psv
