// Helpers for bundle tests: a standard header and clock, and tools to take a bundle apart and put
// hostile variants together by hand — with KArchive's KTar directly, or by editing bytes.
#pragma once

#include "BundleManifest.h"
#include "BundleReader.h"
#include "CanonicalJson.h"
#include "Sha256.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <algorithm>
#include <functional>

namespace psv::test {

inline QDateTime created()
{
    return QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::UTC);
}

inline BundleManifest header(const char *kind = bundle::KindMetadata, const QDateTime &at = created())
{
    BundleManifest h;
    h.deviceId = QStringLiteral("A7F3");
    h.peerId = QStringLiteral("HQ01");
    h.officer
        = {QStringLiteral("3b1f6a4e-0c1d-4f5e-9a7b-1c2d3e4f5a6b"), QStringLiteral("王警官"), QStringLiteral("012345")};
    h.createdAt = at;
    h.kind = QLatin1String(kind);
    h.changes.fromSeq = 1;
    h.changes.toSeq = 120;
    return h;
}

// A reader whose clock says one hour after created().
inline BundleReadOptions readOptions()
{
    BundleReadOptions o;
    o.clock = [] {
        return created().addSecs(3600);
    };
    return o;
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

struct TarItem
{
    QString name;
    QByteArray data;
};

// Every file entry of a tar, in archive order, read with KTar.
inline QList<TarItem> tarItems(const QString &path)
{
    KTar tar(path, QStringLiteral("application/x-tar"));
    QList<std::pair<qint64, TarItem>> found;
    if (!tar.open(QIODevice::ReadOnly))
        return {};
    std::function<void(const KArchiveDirectory *, const QString &)> walk
        = [&](const KArchiveDirectory *dir, const QString &prefix) {
              for (const QString &n : dir->entries()) {
                  const KArchiveEntry *e = dir->entry(n);
                  if (e->isDirectory())
                      walk(static_cast<const KArchiveDirectory *>(e), prefix + n + u'/');
                  else
                      found.append({static_cast<const KArchiveFile *>(e)->position(),
                          {prefix + n, static_cast<const KArchiveFile *>(e)->data()}});
              }
          };
    walk(tar.directory(), {});
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<TarItem> items;
    for (const auto &f : std::as_const(found))
        items << f.second;
    return items;
}

// Writes items with KTar (then the end-of-archive marker, as BundleWriter does); extra may add
// odd entries (symlinks, directories) after them.
inline bool writeTar(const QString &path, const QList<TarItem> &items, const std::function<void(KTar &)> &extra = {})
{
    {
        QFile f(path);
        KTar tar(&f);
        if (!tar.open(QIODevice::WriteOnly))
            return false;
        for (const TarItem &i : items) {
            if (!tar.writeFile(i.name, i.data, 0100644, QStringLiteral("psv"), QStringLiteral("psv")))
                return false;
        }
        if (extra)
            extra(tar);
        tar.close();
    }
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(QByteArray(1024, '\0')) == 1024;
}

inline QJsonObject manifestObject(const QList<TarItem> &items)
{
    return QJsonDocument::fromJson(items.value(0).data).object();
}

// Canonical bytes of a manifest with its bundleId recomputed — the work a forger would do.
inline QByteArray signManifest(QJsonObject m)
{
    m.remove(QStringLiteral("bundleId"));
    m.insert(QStringLiteral("bundleId"), Sha256::hex(CanonicalJson::serialize(m)));
    return CanonicalJson::serialize(m);
}

// Offsets of the header blocks in a tar held in memory, in order.
inline QList<qint64> headerOffsets(const QByteArray &tar)
{
    QList<qint64> out;
    for (qint64 off = 0; off + 512 <= tar.size() && tar.at(off) != '\0';) {
        out << off;
        const qint64 size = tar.mid(off + 124, 12).trimmed().toLongLong(nullptr, 8);
        off += 512 + (size + 511) / 512 * 512;
    }
    return out;
}

inline qint64 headerOf(const QByteArray &tar, const QString &name)
{
    for (qint64 off : headerOffsets(tar)) {
        if (QByteArray(tar.constData() + off).left(100) == name.toUtf8())
            return off;
    }
    return -1;
}

// Sets a header field (NUL-padded to width) and recomputes the header checksum.
inline void setHeaderField(QByteArray &tar, qint64 header, int offset, const QByteArray &value, int width)
{
    QByteArray v = value.left(width);
    v.append(QByteArray(width - v.size(), '\0'));
    tar.replace(header + offset, width, v);
    tar.replace(header + 148, 8, QByteArray(8, ' '));
    int sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += uchar(tar.at(header + i));
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2);
    tar.replace(header + 148, 8, checksum);
}

inline QByteArray zstdOf(const QByteArray &data)
{
    QByteArray out;
    QBuffer buffer(&out);
    KCompressionDevice zstd(&buffer, false, KCompressionDevice::Zstd);
    zstd.open(QIODevice::WriteOnly);
    zstd.write(data);
    zstd.close();
    return out;
}

// A zstd frame made by hand of RLE blocks: `blocks` × 128 KiB of 'a' in 4 bytes each — about
// 32,000:1, so 2 MiB of it inflate to 64 GiB.
inline QByteArray zstdRleBomb(qint64 blocks)
{
    QByteArray f("\x28\xb5\x2f\xfd", 4);
    f += char(0x00); // frame header descriptor: no content size, no checksum, no dictionary
    f += char(0x38); // window descriptor: 2^17 = 128 KiB
    f.reserve(f.size() + blocks * 4);
    for (qint64 i = 0; i < blocks; ++i) {
        const quint32 h = (quint32(128 * 1024) << 3) | (1u << 1) | (i + 1 == blocks ? 1u : 0u); // RLE block
        f += char(h & 0xff);
        f += char((h >> 8) & 0xff);
        f += char((h >> 16) & 0xff);
        f += 'a';
    }
    return f;
}

// Replaces the data of entry `path` in a bundle's items and updates its manifest entry (size and
// hashes; for records also what `content` inflates to and how many lines it has), then re-signs the
// manifest — a careful forger's bundle.
inline void replaceEntry(QList<TarItem> &items, const QString &path, const QByteArray &stored,
    const QByteArray &content = {}, qint64 declaredContentSize = -1)
{
    QJsonObject m = manifestObject(items);
    QJsonArray files = m.value(QStringLiteral("files")).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(QStringLiteral("path")).toString() != path)
            continue;
        f.insert(QStringLiteral("size"), stored.size());
        f.insert(QStringLiteral("sha256"), Sha256::hex(stored));
        if (f.contains(QStringLiteral("contentSize"))) {
            f.insert(QStringLiteral("contentSize"), declaredContentSize >= 0 ? declaredContentSize : content.size());
            f.insert(QStringLiteral("contentSha256"), Sha256::hex(content));
            f.insert(QStringLiteral("count"), qMax<qint64>(1, content.count('\n')));
        }
        files[i] = f;
    }
    m.insert(QStringLiteral("files"), files);
    items[0].data = signManifest(m);
    for (TarItem &item : items) {
        if (item.name == path)
            item.data = stored;
    }
}

} // namespace psv::test
