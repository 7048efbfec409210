#include "IcsWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace psv;

namespace {

struct Parsed
{
    QList<std::pair<QString, QString>> props; // name (with parameters) → raw value, in order
    QList<QMap<QString, QString>> events; // unescaped values per VEVENT
};

QString unescape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == u'\\' && i + 1 < v.size()) {
            const QChar n = v[++i];
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += v[i];
        }
    }
    return out;
}

// A small RFC 5545 reader: unfold (CRLF + space/tab), split NAME[;PARAMS]:VALUE, collect VEVENTs.
Parsed parse(const QByteArray &ics)
{
    Parsed p;
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    QMap<QString, QString> current;
    bool inEvent = false;
    for (const QByteArray &raw : unfolded.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QString line = QString::fromUtf8(raw.endsWith('\r') ? raw.chopped(1) : raw);
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon);
        const QString value = line.mid(colon + 1);
        p.props.append({name, value});
        if (name == QLatin1String("BEGIN") && value == QLatin1String("VEVENT")) {
            inEvent = true;
            current.clear();
        } else if (name == QLatin1String("END") && value == QLatin1String("VEVENT")) {
            inEvent = false;
            p.events.append(current);
        } else if (inEvent) {
            current.insert(name, unescape(value));
        }
    }
    return p;
}

QList<IcsEvent> sampleEvents()
{
    IcsEvent a {QStringLiteral("reinspection-42@psv-inspector"),
        QStringLiteral("复查：某某商场（责令改正 2025-09-26）"),
        QStringLiteral("依据《公共安全视频图像信息系统监督管理工作规定》第十五条，复查期限 2025-09-30。\n"
                       "计算：09-28（调休上班）第1日，09-29 第2日，09-30 第3日; backslash \\ and "
                       "semicolon; comma, done.\r\nSecond line."),
        QDate(2025, 9, 30), QStringLiteral("北京市东城区某某路1号, 3层; 监控室")};
    IcsEvent b {QStringLiteral("reinspection-43@psv-inspector"), QStringLiteral("Short"), QString(),
        QDate(2025, 12, 31), QString()};
    return {a, b};
}

} // namespace

class TestIcsWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structureAndLineRules()
    {
        const QDateTime stamp(QDate(2025, 9, 26), QTime(8, 30, 5), QTimeZone::UTC);
        const QByteArray ics = IcsWriter::render(sampleEvents(), stamp);
        QVERIFY(ics.endsWith("\r\n"));
        // Every line break is CRLF: no bare LF, no bare CR.
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        QCOMPARE(ics.count("\r"), ics.count("\r\n"));
        int folded = 0;
        for (const QByteArray &line : ics.chopped(2).split('\n')) {
            const QByteArray l = line.chopped(1); // the CR
            QVERIFY2(l.size() <= 75, l.constData());
            QStringDecoder utf8(QStringDecoder::Utf8);
            (void)utf8(l);
            QVERIFY2(!utf8.hasError(), "a folded line splits a UTF-8 sequence");
            folded += l.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(folded >= 3); // the long Chinese description and location were folded

        const Parsed p = parse(ics);
        QCOMPARE(p.props.first(), (std::pair<QString, QString>(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"))));
        QCOMPARE(p.props.last(), (std::pair<QString, QString>(QStringLiteral("END"), QStringLiteral("VCALENDAR"))));
        QStringList names;
        for (const auto &[n, v] : p.props)
            names << n;
        QVERIFY(names.contains(QStringLiteral("VERSION")));
        QVERIFY(names.contains(QStringLiteral("PRODID")));
        for (const auto &[n, v] : p.props) {
            if (n == QLatin1String("VERSION"))
                QCOMPARE(v, QStringLiteral("2.0"));
            if (n == QLatin1String("PRODID"))
                QVERIFY(v.startsWith(QStringLiteral("-//PSV Inspector//")));
        }
        QCOMPARE(names.count(QStringLiteral("BEGIN")), 3);
        QCOMPARE(names.count(QStringLiteral("END")), 3);
        QCOMPARE(p.events.size(), 2);
    }

    void parsesBackToTheInput()
    {
        const QDateTime stamp(QDate(2025, 9, 26), QTime(8, 30, 5), QTimeZone::UTC);
        const QList<IcsEvent> in = sampleEvents();
        const Parsed p = parse(IcsWriter::render(in, stamp));
        QCOMPARE(p.events.size(), in.size());
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QMap<QString, QString> &e = p.events[i];
            QCOMPARE(e.value(QStringLiteral("UID")), in[i].uid);
            QCOMPARE(e.value(QStringLiteral("SUMMARY")), in[i].summary);
            QString description = in[i].description;
            description.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            QCOMPARE(e.value(QStringLiteral("DESCRIPTION")), description);
            QCOMPARE(e.value(QStringLiteral("LOCATION")), in[i].location);
            QCOMPARE(e.value(QStringLiteral("DTSTART;VALUE=DATE")), in[i].date.toString(QStringLiteral("yyyyMMdd")));
            QCOMPARE(e.value(QStringLiteral("DTEND;VALUE=DATE")),
                in[i].date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
            QCOMPARE(e.value(QStringLiteral("DTSTAMP")), QStringLiteral("20250926T083005Z"));
        }
        QVERIFY(!p.events[1].contains(QStringLiteral("DESCRIPTION")));
    }

    void escaping()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")), QByteArray("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("tab\there\x01")), QByteArray("tab\there"));
        const QByteArray ics = IcsWriter::render(sampleEvents());
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QVERIFY(unfolded.contains(QStringLiteral("\r\nLOCATION:北京市东城区某某路1号\\, 3层\\; 监控室\r\n").toUtf8()));
        QVERIFY(unfolded.contains("backslash \\\\ and semicolon\\; comma\\, done.\\nSecond line."));
        QVERIFY(ics.contains("DTSTAMP:"));
        static const QRegularExpression stamp(QStringLiteral("DTSTAMP:\\d{8}T\\d{6}Z\r\n"));
        QCOMPARE(QString::fromUtf8(ics).count(stamp), 2);
    }

    void foldingBoundaries()
    {
        const QByteArray exact(75, 'x');
        QCOMPARE(IcsWriter::fold(exact), QByteArray(exact + "\r\n"));
        const QByteArray longer(76, 'x');
        QCOMPARE(IcsWriter::fold(longer), QByteArray(QByteArray(75, 'x') + "\r\n x\r\n"));
        // 74 ASCII octets then a 3-octet character: the character moves whole to the next line.
        const QByteArray mixed = QByteArray(74, 'y') + QStringLiteral("复查").toUtf8();
        const QByteArray folded = IcsWriter::fold(mixed);
        QCOMPARE(folded, QByteArray(QByteArray(74, 'y') + "\r\n " + QStringLiteral("复查").toUtf8() + "\r\n"));
        // A long run of 3-octet characters: every line at most 75 octets and whole characters.
        const QString han = QString(200, QChar(0x590D));
        const QByteArray many = IcsWriter::fold(QByteArray("DESCRIPTION:" + han.toUtf8()));
        QByteArray back = many;
        back.replace("\r\n ", "");
        QCOMPARE(back, QByteArray("DESCRIPTION:" + han.toUtf8() + "\r\n"));
        for (const QByteArray &l : many.chopped(2).split('\n'))
            QVERIFY(l.chopped(1).size() <= 75);
    }

    void writesAtomicallyAndRefusesBadEvents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schedule.ics"));
        const QDateTime stamp(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        QVERIFY(IcsWriter::write(path, sampleEvents(), stamp).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        f.close();
        QCOMPARE(written, IcsWriter::render(sampleEvents(), stamp));

        QList<IcsEvent> bad = sampleEvents();
        bad[1].uid = bad[0].uid;
        Status s = IcsWriter::write(path, bad, stamp);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().where, QStringLiteral("events[1]"));
        bad = sampleEvents();
        bad[0].date = QDate();
        QVERIFY(!IcsWriter::write(path, bad, stamp).ok());
        bad = sampleEvents();
        bad[1].summary.clear();
        QVERIFY(!IcsWriter::write(path, bad, stamp).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), written); // refused writes changed nothing
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("schedule.ics")});
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "TestIcsWriter.moc"
