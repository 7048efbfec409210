#include "CalendarImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

namespace {

// Made-up calendars (test data, not official notices).
const QByteArray kValid2027 = "# 测试用日历，非官方\n"
                              "year: 2027\n"
                              "notice: 测试日历（非官方）\n"
                              "2027-01-01 off 周五 元旦\n"
                              "2027-10-01 off 周五 国庆节\n"
                              "2027-10-09 work 周六 国庆节\n";

const QByteArray kBroken2027 = "year: 2027\n"
                               "notice: 测试日历（非官方）\n"
                               "2027-01-01 off 周五 元旦\n"
                               "2028-01-01 off 元旦\n" // 4: not in 2027
                               "2027-10-08 work 国庆节\n" // 5: a Friday
                               "2027-01-01 work 元旦\n" // 6: both (and a Friday)
                               "2027-10-01 off 国庆节\n"
                               "2027-10-01 off 国庆节\n"; // 8: duplicate

QString writeInput(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

// Every file under a directory with its SHA-256: "nothing written" means this does not change.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files.insert(path,
            f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                        : QByteArray("dir"));
    }
    return files;
}

} // namespace

class TestCalendarImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAValidYear()
    {
        QTemporaryDir data, in;
        const QString input = writeInput(in, QStringLiteral("notice.txt"), kValid2027);
        const CalendarImporter importer(data.path());
        const Result<CalendarImport> r = importer.importFile(input);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r->calendar.year, 2027);
        QCOMPARE(r->replaced, CalendarSource::Missing);
        QCOMPARE(r->path, QDir(data.path()).filePath(QStringLiteral("calendars/cn-2027.txt")));
        QFile f(r->path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), kValid2027); // the notice's file as given, header and comments included
        QCOMPARE(QDir(WorkCalendar::calendarsDir(data.path())).entryList(QDir::Files),
            QStringList {QStringLiteral("cn-2027.txt")}); // no temporary left
        const WorkCalendar cal = WorkCalendar::load(data.path());
        QCOMPARE(cal.source(2027), CalendarSource::Imported);
        QVERIFY(!cal.isWorkingDay(QDate(2027, 10, 1)));
        QVERIFY(cal.isWorkingDay(QDate(2027, 10, 9)));
    }

    void brokenFileIsRefusedWithEveryProblemAndNothingWritten()
    {
        QTemporaryDir data, in;
        const QString input = writeInput(in, QStringLiteral("broken.txt"), kBroken2027);
        const auto before = snapshot(data.path());
        const CalendarImporter importer(data.path());
        const CalendarValidation v = importer.validateFile(input);
        QVERIFY(!v.ok());
        QList<int> lines;
        for (const CalendarProblem &p : v.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int> {4, 5, 6, 6, 8}));
        const Result<CalendarImport> r = importer.importFile(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, 1);
        const QString text = r.error().message;
        QVERIFY2(
            text.contains(input + QStringLiteral(":4: 2028-01-01 is not in the declared year 2027")), qPrintable(text));
        QVERIFY2(text.contains(input + QStringLiteral(":5: 2027-10-08 is a Friday; a make-up working day")),
            qPrintable(text));
        QVERIFY2(
            text.contains(input + QStringLiteral(":6: 2027-01-01 is listed as 'work' here and as 'off' on line 3")),
            qPrintable(text));
        QVERIFY2(text.contains(input + QStringLiteral(":8: 2027-10-01 is listed again (first on line 7)")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("nothing was written")));
        QCOMPARE(snapshot(data.path()), before);
        QVERIFY(!QFileInfo::exists(WorkCalendar::calendarsDir(data.path())));
    }

    void brokenReplacementLeavesTheInstalledFileAlone()
    {
        QTemporaryDir data, in;
        const CalendarImporter importer(data.path());
        QVERIFY(importer.importFile(writeInput(in, QStringLiteral("a.txt"), kValid2027)).ok());
        const auto before = snapshot(data.path());
        const Result<CalendarImport> r
            = importer.importFile(writeInput(in, QStringLiteral("b.txt"), kBroken2027), true);
        QVERIFY(!r.ok());
        QCOMPARE(snapshot(data.path()), before);
    }

    void existingYearNeedsReplace()
    {
        QTemporaryDir data, in;
        const CalendarImporter importer(data.path());
        const QString input = writeInput(in, QStringLiteral("a.txt"), kValid2027);
        QVERIFY(importer.importFile(input).ok());
        const Result<CalendarImport> again = importer.importFile(input);
        QVERIFY(!again.ok());
        QVERIFY2(
            again.error().message.contains(QStringLiteral("already been imported")), qPrintable(again.error().message));
        const QByteArray changed = QByteArray(kValid2027).replace("2027-10-09 work 周六 国庆节\n", "");
        const Result<CalendarImport> replaced
            = importer.importFile(writeInput(in, QStringLiteral("b.txt"), changed), true);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->replaced, CalendarSource::Imported);
        QVERIFY(!WorkCalendar::load(data.path()).isWorkingDay(QDate(2027, 10, 9)));
    }

    void builtInYearNeedsReplace()
    {
        QTemporaryDir data, in;
        const CalendarImporter importer(data.path());
        const QString input
            = writeInput(in, QStringLiteral("c.txt"), "year: 2025\nnotice: 更正（测试）\n2025-03-03 off 周一 测试\n");
        const auto before = snapshot(data.path());
        const Result<CalendarImport> r = importer.importFile(input);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("already built in")));
        QCOMPARE(snapshot(data.path()), before);
        const Result<CalendarImport> replaced = importer.importFile(input, true);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->replaced, CalendarSource::BuiltIn);
        QCOMPARE(WorkCalendar::load(data.path()).source(2025), CalendarSource::Imported);
    }

    void unreadableInputs()
    {
        QTemporaryDir data, in;
        const CalendarImporter importer(data.path());
        const Result<CalendarImport> missing = importer.importFile(in.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, 3);
        const Result<CalendarImport> dir = importer.importFile(in.path());
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, 1);
        const Result<CalendarImport> big
            = importer.importFile(writeInput(in, QStringLiteral("big.txt"), QByteArray(300 * 1024, '#')));
        QVERIFY(!big.ok());
        QVERIFY(big.error().message.contains(QStringLiteral("at most")));
        const Result<CalendarImport> binary
            = importer.importFile(writeInput(in, QStringLiteral("bin.txt"), QByteArray("\xFF\xFE\x00y\x00", 5)));
        QVERIFY(!binary.ok());
        QVERIFY(binary.error().message.contains(QStringLiteral("UTF-8")));
        QVERIFY(!QFileInfo::exists(WorkCalendar::calendarsDir(data.path())));
    }
};

QTEST_GUILESS_MAIN(TestCalendarImporter)
#include "TestCalendarImporter.moc"
