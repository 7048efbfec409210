// Real media for the evidence tests: videos made with the ffmpeg CLI, photos written by Qt,
// EXIF blocks built byte by byte, random files, sha256sum (an independent implementation) and
// stat stamps that prove a source was not touched.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>

namespace testmedia {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(p.readAll()));
    return {};
}

inline QString ffmpegPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

// A few seconds of testsrc (and a sine tone when withAudio); creationTime as ISO 8601 UTC.
inline QString makeVideo(const QString &path, const QStringList &codec, int seconds, const QString &creationTime = {},
    bool withAudio = false, const QStringList &extra = {})
{
    QStringList args {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
        QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
        QStringLiteral("testsrc=duration=%1:size=320x240:rate=25").arg(seconds)};
    if (withAudio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=440:duration=%1").arg(seconds) << QStringLiteral("-c:a")
             << QStringLiteral("aac");
    args << codec;
    if (!creationTime.isEmpty())
        args << QStringLiteral("-metadata") << QStringLiteral("creation_time=") + creationTime;
    args << extra << path;
    return run(ffmpegPath(), args);
}

inline QString makeMp4(const QString &path, int seconds = 3, const QString &creationTime = {}, bool withAudio = false)
{
    return makeVideo(path,
        {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")},
        seconds, creationTime, withAudio);
}

inline QString makeMkv(const QString &path, int seconds = 3, const QString &creationTime = {})
{
    return makeVideo(path, {QStringLiteral("-c:v"), QStringLiteral("mpeg4")}, seconds, creationTime);
}

inline QString makeWav(const QString &path, int seconds = 2)
{
    return run(ffmpegPath(),
        {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:duration=%1").arg(seconds), path});
}

inline QImage picture(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QPainter p(&image);
    p.fillRect(w / 4, h / 4, w / 2, h / 2, Qt::yellow);
    return image;
}

// A JPEG with an APP1 EXIF block carrying DateTimeOriginal (and OffsetTimeOriginal).
inline QByteArray exifJpeg(
    const QByteArray &jpeg, const QByteArray &dateTime, const QByteArray &offset = {}, bool bigEndian = false)
{
    QByteArray t;
    const auto u16 = [&](quint16 v) {
        char b[2];
        bigEndian ? qToBigEndian(v, b) : qToLittleEndian(v, b);
        t.append(b, 2);
    };
    const auto u32 = [&](quint32 v) {
        char b[4];
        bigEndian ? qToBigEndian(v, b) : qToLittleEndian(v, b);
        t.append(b, 4);
    };
    const QByteArray date = dateTime + '\0'; // 20 bytes
    const QByteArray off = offset.isEmpty() ? QByteArray() : offset + '\0'; // 7 bytes
    t += bigEndian ? "MM" : "II";
    u16(42);
    u32(8);
    // IFD0 at 8: one entry, the Exif IFD pointer; next IFD 0.
    u16(1);
    u16(0x8769), u16(4), u32(1), u32(26);
    u32(0);
    // Exif IFD at 26.
    const quint16 entries = off.isEmpty() ? 1 : 2;
    const quint32 data = 26 + 2 + 12 * entries + 4;
    u16(entries);
    u16(0x9003), u16(2), u32(quint32(date.size())), u32(data);
    if (!off.isEmpty())
        u16(0x9011), u16(2), u32(quint32(off.size())), u32(data + quint32(date.size()));
    u32(0);
    t += date + off;
    QByteArray app1 = QByteArray("Exif\0\0", 6) + t;
    QByteArray segment("\xFF\xE1", 2);
    char len[2];
    qToBigEndian(quint16(app1.size() + 2), len);
    segment.append(len, 2);
    segment += app1;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Incompressible content (so nothing is faster than it should be).
inline bool writeRandom(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator gen(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// sha256sum's answer: an implementation independent of psv::Sha256.
inline QString sha256sum(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    p.waitForFinished(120000);
    return QString::fromLatin1(p.readAllStandardOutput()).section(u' ', 0, 0);
}

struct Stamp
{
    qint64 size = -1;
    qint64 mtimeNs = -1;
    qint64 atimeNs = -1;
    qint64 ctimeNs = -1;
    bool operator==(const Stamp &) const = default;
};

inline Stamp stamp(const QString &path)
{
    struct stat st = {};
    Stamp s;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    const auto ns = [](const timespec &t) {
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    };
    s.size = st.st_size;
    s.mtimeNs = ns(st.st_mtim);
    s.atimeNs = ns(st.st_atim);
    s.ctimeNs = ns(st.st_ctim);
    return s;
}

// Sets the access time an hour before the modification time, so that under relatime (the usual
// mount option) any read of the file would now update it: a later unchanged atime proves that
// the file was read without touching it (O_NOATIME) or not read at all.
inline bool armAtime(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    timespec times[2] = {st.st_mtim, {0, UTIME_OMIT}};
    times[0].tv_sec -= 3600;
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace testmedia
