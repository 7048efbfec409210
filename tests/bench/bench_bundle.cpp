// bench_bundle: how fast bundles are written and verified.
//  1. 10,000 synthetic sealed inspections (13 item results each), metadata only: write and
//     verify, against a 5 s target.
//  2. About 1 GiB of evidence (incompressible, like camera video) in a full bundle, against
//     `tar | zstd` and `zstd -d | tar` on the same files.
// Wall time and CPU time (user + system, ours in-process, the reference's from its processes) are
// both reported: on a shared machine the CPU time is the steadier figure, the load average says how
// shared it was.
#include "BundleReader.h"
#include "BundleTestKit.h"
#include "BundleWriter.h"
#include "SyntheticRecords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace psv;
using namespace psv::test;

namespace {

double mib(qint64 bytes)
{
    return double(bytes) / (1 << 20);
}

void line(const QString &s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &s)
{
    std::fprintf(stderr, "bench_bundle: %s\n", qPrintable(s));
    std::exit(1);
}

double cpuSeconds(int who)
{
    rusage u {};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Wall and CPU seconds of what happens between start() and stop(): this process's own work, or
// (children) that of the processes it waited for.
struct Cost
{
    double wall = 0;
    double cpu = 0;
};

class Meter
{
public:
    explicit Meter(bool children = false) : m_who(children ? RUSAGE_CHILDREN : RUSAGE_SELF) { start(); }
    void start()
    {
        m_cpu = cpuSeconds(m_who);
        m_wall.start();
    }
    Cost stop() const { return {m_wall.nsecsElapsed() / 1e9, cpuSeconds(m_who) - m_cpu}; }

private:
    int m_who;
    double m_cpu = 0;
    QElapsedTimer m_wall;
};

QString costText(const Cost &c)
{
    return QStringLiteral("%1 s wall, %2 s CPU").arg(c.wall, 5, 'f', 2).arg(c.cpu, 5, 'f', 2);
}

Cost shell(const QString &script)
{
    Meter m(true);
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        die(QStringLiteral("'%1' failed: %2").arg(script, QString::fromUtf8(p.readAllStandardError())));
    return m.stop();
}

void metadataBundle(const QString &dir)
{
    constexpr int N = 10'000;
    QList<BundleRecord> records;
    records.reserve(N);
    for (int i = 0; i < N; ++i)
        records << sealedInspection(i);
    qint64 jsonBytes = 0;
    for (const auto &r : std::as_const(records))
        jsonBytes += CanonicalJson::serialize(r.toEnvelope()).size() + 1;
    line(QStringLiteral("== metadata bundle: %1 sealed inspections, 13 item results each, %2 bytes of JSON each")
            .arg(N)
            .arg(jsonBytes / N));
    const QString out = dir + QStringLiteral("/meta.psvb");
    Meter t;
    BundleWriter w(header(bundle::KindMetadata, QDateTime::currentDateTimeUtc()));
    if (!w.addRecords(records).ok())
        die(QStringLiteral("addRecords failed"));
    const Result<BundleManifest> m = w.write(out);
    if (!m)
        die(m.error().text());
    const Cost write = t.stop();
    t.start();
    const Result<ValidatedBundle> b = BundleReader::read(out);
    if (!b || b->records.size() != N)
        die(b ? QStringLiteral("wrong record count") : b.error().text());
    const Cost verify = t.stop();
    line(QStringLiteral("records %1 MiB -> bundle %2 MiB (compression %3:1)")
            .arg(mib(jsonBytes), 0, 'f', 1)
            .arg(mib(b->fileSize), 0, 'f', 2)
            .arg(double(jsonBytes) / double(b->fileSize), 0, 'f', 1));
    for (const auto &[what, c] : {std::pair {"export (write)", write}, std::pair {"verify (read) ", verify}})
        line(QStringLiteral("%1 %2   target < 5 s   ratio to target %3 (wall), %4 (CPU)")
                .arg(QLatin1String(what), costText(c))
                .arg(c.wall / 5, 0, 'f', 2)
                .arg(c.cpu / 5, 0, 'f', 2));
}

void fullBundle(const QString &dir)
{
    constexpr int Files = 8;
    constexpr qint64 FileSize = 128LL << 20;
    const QString media = dir + QStringLiteral("/media");
    QDir().mkpath(media);
    QStringList paths, hashes;
    QByteArray buf(FileSize, Qt::Uninitialized);
    for (int i = 0; i < Files; ++i) {
        QRandomGenerator g(quint32(i + 1));
        g.fillRange(reinterpret_cast<quint32 *>(buf.data()), buf.size() / 4);
        paths << media + QStringLiteral("/VID_%1.mp4").arg(i, 4, 10, QLatin1Char('0'));
        writeBytes(paths.last(), buf);
        hashes << Sha256::hex(buf);
    }
    buf.clear();
    line(QStringLiteral("== full bundle: %1 evidence files, %2 MiB (incompressible, like video)")
            .arg(Files)
            .arg(mib(Files * FileSize), 0, 'f', 0));
    const auto ours = [&](bool knownHashes) {
        const QString out = dir + QStringLiteral("/full.psvb");
        QFile::remove(out);
        Meter t;
        BundleWriter w(header(bundle::KindFull, QDateTime::currentDateTimeUtc()));
        for (int i = 0; i < 50; ++i)
            (void)w.addRecord(sealedInspection(i));
        for (int i = 0; i < Files; ++i)
            if (!w.addBlob(paths.at(i), knownHashes ? hashes.at(i) : QString()).ok())
                die(QStringLiteral("addBlob failed"));
        const Result<BundleManifest> m = w.write(out);
        if (!m)
            die(m.error().text());
        return t.stop();
    };
    const Cost writeHashing = ours(false);
    const Cost writeKnown = ours(true);
    Meter t;
    const Result<ValidatedBundle> b = BundleReader::read(dir + QStringLiteral("/full.psvb"));
    if (!b)
        die(b.error().text());
    const Cost verify = t.stop();
    t.start();
    QDir().mkpath(dir + QStringLiteral("/extracted"));
    for (const BundleBlobEntry &blob : b->blobs)
        if (!BundleReader::extractBlob(*b, blob, dir + QStringLiteral("/extracted/") + blob.sha256).ok())
            die(QStringLiteral("extract failed"));
    const Cost extract = t.stop();

    const QString tarOut = dir + QStringLiteral("/ref.tar.zst");
    const Cost tarWrite
        = shell(QStringLiteral("tar -cf - -C '%1' . | zstd -q -o '%2' && sync '%2'").arg(media, tarOut));
    const Cost tarRead = shell(QStringLiteral("zstd -dc '%1' | tar -tf - > /dev/null").arg(tarOut));
    const Cost tarReadHash = shell(QStringLiteral("zstd -dc '%1' | sha256sum > /dev/null").arg(tarOut));
    QDir().mkpath(dir + QStringLiteral("/ref"));
    const Cost tarExtract
        = shell(QStringLiteral("zstd -dc '%1' | tar -xf - -C '%2/ref' && sync '%2'/ref/*").arg(tarOut, dir));
    const double size = mib(Files * FileSize);
    const auto row = [&](const QString &what, const Cost &our, const QString &ref, const Cost &theirs) {
        line(QStringLiteral("%1 %2 (%3 MiB/s)   %4 %5   ratio %6 wall, %7 CPU")
                .arg(what, costText(our))
                .arg(size / our.wall, 4, 'f', 0)
                .arg(ref, costText(theirs))
                .arg(our.wall / theirs.wall, 0, 'f', 2)
                .arg(our.cpu / theirs.cpu, 0, 'f', 2));
    };
    row(QStringLiteral("write, hashes known  "), writeKnown, QStringLiteral("tar | zstd + fsync    "), tarWrite);
    row(QStringLiteral("write, hashing first "), writeHashing, QStringLiteral("tar | zstd + fsync    "), tarWrite);
    row(QStringLiteral("verify (every SHA-256)"), verify, QStringLiteral("zstd -d | tar -t      "), tarRead);
    row(QStringLiteral("verify (every SHA-256)"), verify, QStringLiteral("zstd -d | sha256sum   "), tarReadHash);
    row(QStringLiteral("extract all, + fsync "), extract, QStringLiteral("zstd -d | tar -x + fsync"), tarExtract);
    line(QStringLiteral("bundle %1 MiB, tar.zst %2 MiB (evidence does not compress; the bundle stores it as it is)")
            .arg(mib(QFileInfo(dir + QStringLiteral("/full.psvb")).size()), 0, 'f', 1)
            .arg(mib(QFileInfo(tarOut).size()), 0, 'f', 1));
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).section(u' ', 0, 2) : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_bundle-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no temporary directory"));
    line(QStringLiteral("bench_bundle: %1 CPUs, load average %2").arg(QThread::idealThreadCount()).arg(loadAverage()));
    metadataBundle(dir.path());
    if (!app.arguments().contains(QStringLiteral("--metadata-only")))
        fullBundle(dir.path());
    return 0;
}
