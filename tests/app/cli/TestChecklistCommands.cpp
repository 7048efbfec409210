// psvctl checklist list | show | validate | select, run as a real process against real data directories.
#include "PsvctlRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBroken = QStringLiteral(PSV_SOURCE_DIR "/tests/app/checklist/data/broken/");
const QString kValid = QStringLiteral(PSV_SOURCE_DIR "/tests/app/checklist/data/valid/test-local.json");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

class TestChecklistCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showNationalAsJson()
    {
        QTemporaryDir data;
        const auto r = runPsvctl(data.path(), args({"--json", "checklist", "show", "mps-2025"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("id")).toString(), QStringLiteral("mps-2025"));
        QCOMPARE(o.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("hash")).toString().size(), 64);
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 13);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QVERIFY(item.value(QLatin1String("number")).isDouble());
            QCOMPARE(item.value(QLatin1String("number")).toInt(), int(i + 1));
            QVERIFY(item.value(QLatin1String("text")).isString());
            QCOMPARE(item.value(QLatin1String("mode")).toString(),
                i < 7 ? QStringLiteral("general") : QStringLiteral("professional"));
        }
        QCOMPARE(
            items.at(1).toObject().value(QLatin1String("text")).toString(), QStringLiteral("是否设置显著的提示标识"));
        QCOMPARE(items.at(1).toObject().value(QLatin1String("enforcesText")).toArray().first().toString(),
            QStringLiteral("Regulation Art. 13"));
    }

    void showTextAndErrors()
    {
        QTemporaryDir data;
        auto r = runPsvctl(data.path(), args({"checklist", "show", "shannan-2019"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("5405")));
        QVERIFY(r.out.contains(QStringLiteral("连续存储时间是否不少于30日")));
        r = runPsvctl(data.path(), args({"checklist", "show", "nope"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("there is no checklist \"nope\"; available: beijing-2007")),
            qPrintable(r.err));
        r = runPsvctl(data.path(), args({"checklist", "show", "mps-2025", "--version", "9"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has no version 9; available: 1")), qPrintable(r.err));
        r = runPsvctl(data.path(), args({"checklist", "show", "mps-2025", "--version", "x"}));
        QCOMPARE(r.exitCode, 2);
        r = runPsvctl(data.path(), args({"checklist", "show"}));
        QCOMPARE(r.exitCode, 2);
    }

    void packsInTheDataDirectory()
    {
        QTemporaryDir data;
        QJsonObject v2
            = QJsonDocument::fromJson(readFile(QStringLiteral(PSV_SOURCE_DIR "/checklists/mps-2025.json"))).object();
        v2.insert(QStringLiteral("version"), 2);
        writeFile(data.path() + QStringLiteral("/checklists/mps-2025-v2.json"), QJsonDocument(v2).toJson());
        writeFile(data.path() + QStringLiteral("/checklists/test-local.json"), readFile(kValid));
        writeFile(data.path() + QStringLiteral("/checklists/unknown-mode.json"),
            readFile(kBroken + QStringLiteral("unknown-mode.json")));

        auto r = runPsvctl(data.path(), args({"--json", "checklist", "list"}));
        QCOMPARE(r.exitCode, 0);
        QStringList listed;
        for (const QJsonValue &v : r.json().object().value(QLatin1String("checklists")).toArray()) {
            const QJsonObject c = v.toObject();
            listed << c.value(QLatin1String("id")).toString() + u'@'
                    + QString::number(c.value(QLatin1String("version")).toInt())
                    + (c.value(QLatin1String("current")).toBool() ? QStringLiteral("*") : QString());
        }
        QVERIFY2(listed.contains(QStringLiteral("mps-2025@2*")) && listed.contains(QStringLiteral("mps-2025@1"))
                && listed.contains(QStringLiteral("test-local@1*"))
                && listed.contains(QStringLiteral("beijing-2007@1*")),
            qPrintable(listed.join(u' ')));
        const QJsonArray refused = r.json().object().value(QLatin1String("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        const QJsonObject problem
            = refused.first().toObject().value(QLatin1String("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QLatin1String("location")).toString(), QStringLiteral("/items/1/mode"));

        r = runPsvctl(data.path(), args({"checklist", "list"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("(superseded)")));
        QVERIFY(r.out.contains(QStringLiteral("unknown-mode.json:/items/1/mode: \"expert\" is not allowed here")));

        r = runPsvctl(data.path(), args({"--json", "checklist", "show", "mps-2025"}));
        QCOMPARE(r.json().object().value(QLatin1String("version")).toInt(), 2);
        QVERIFY(r.err.contains(QStringLiteral("checklist pack refused, the others are used")));
        r = runPsvctl(data.path(), args({"--json", "checklist", "show", "mps-2025", "--version", "1"}));
        QCOMPARE(r.json().object().value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(r.json().object().value(QLatin1String("builtIn")).toBool(), true);
    }

    void validateReportsEveryProblemOnePerLine()
    {
        const QString file = kBroken + QStringLiteral("missing-fields.json");
        const auto r = runPsvctl({}, args({"checklist", "validate"}) << file);
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(file + QStringLiteral(":/")), qPrintable(line));
        QVERIFY(lines.contains(file + QStringLiteral(":/items/0: the required property \"mode\" is missing")));
        QVERIFY(lines.contains(file + QStringLiteral(":/: the required property \"title\" is missing")));
        QVERIFY(r.err.contains(QStringLiteral("5 problem(s)")));
    }

    void validateBadJsonAndValidFiles()
    {
        const QString bad = kBroken + QStringLiteral("bad-json.json");
        auto r = runPsvctl({}, args({"checklist", "validate"}) << bad);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(bad + QStringLiteral(":6:3: JSON syntax error: expected ','")), qPrintable(r.out));

        r = runPsvctl(
            {}, args({"--json", "checklist", "validate"}) << (kBroken + QStringLiteral("duplicate-numbers.json")));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("valid")).toBool(), false);
        QCOMPARE(
            o.value(QLatin1String("problems")).toArray().first().toObject().value(QLatin1String("location")).toString(),
            QStringLiteral("/items/1/number"));

        r = runPsvctl({},
            args({"--json", "checklist", "validate"}) << QStringLiteral(PSV_SOURCE_DIR "/checklists/mps-2025.json"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(r.json().object().value(QLatin1String("id")).toString(), QStringLiteral("mps-2025"));

        r = runPsvctl({}, args({"checklist", "validate", "/nonexistent/file.json"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("does not exist")), qPrintable(r.out));

        // A device is refused at once (it used to be read until memory ran out).
        r = runPsvctl({}, args({"checklist", "validate", "/dev/zero"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("this is not a regular file")), qPrintable(r.out));
    }

    void validateMessagesInChinese()
    {
        QProcess p;
        p.start(QStringLiteral(PSV_BIN_DIR "/psvctl"),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("checklist"), QStringLiteral("validate"),
                kBroken + QStringLiteral("unknown-mode.json")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("/items/1/mode: 此处不允许 \"expert\""))
                && out.contains(QStringLiteral("应为以下之一")),
            qPrintable(out));
    }

    void selectForASite()
    {
        QTemporaryDir data;
        auto r = runPsvctl(data.path(),
            args({"--json", "checklist", "select", "--kind", "general", "--place", "art9", "--division", "540502"}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        const QJsonArray lists = o.value(QLatin1String("checklists")).toArray();
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(1).toObject().value(QLatin1String("id")).toString(), QStringLiteral("shannan-2019"));
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QLatin1String("applicability")).toString(), QStringLiteral("focus"));
        QCOMPARE(
            items.at(3).toObject().value(QLatin1String("applicability")).toString(), QStringLiteral("not-mandatory"));
        QCOMPARE(
            items.at(3).toObject().value(QLatin1String("basis")).toString(), QStringLiteral("Regulation Art. 9 ¶2"));
        r = runPsvctl(data.path(), args({"checklist", "select", "--kind", "art12-focus", "--place", "art7-1"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("art9")));
    }
};

QTEST_GUILESS_MAIN(TestChecklistCommands)
#include "TestChecklistCommands.moc"
