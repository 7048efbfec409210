// ChecklistRegistry with real data directories: built-ins, newer and older versions, broken packs
// refused while the rest keeps working, content hashes, lookup for old records.
#include "CanonicalJson.h"
#include "ChecklistRegistry.h"
#include "JsonPointer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;

namespace {

const QString kData = QStringLiteral(PSV_TEST_DATA);

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
    QCOMPARE(f.write(bytes), bytes.size());
}

QJsonObject builtIn(const QString &id)
{
    return QJsonDocument::fromJson(readFile(QStringLiteral(":/checklists/") + id + QStringLiteral(".json"))).object();
}
QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QStringList ids(const QList<std::shared_ptr<const Checklist>> &list)
{
    QStringList out;
    for (const auto &c : list)
        out << c->id() + u'@' + QString::number(c->version());
    return out;
}

} // namespace

class TestChecklistRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInsWithoutPacks()
    {
        QTemporaryDir data;
        const ChecklistRegistry r = ChecklistRegistry::load(data.path());
        QVERIFY(r.refused().isEmpty());
        QCOMPARE(ids(r.current()),
            QStringList({QStringLiteral("beijing-2007@1"), QStringLiteral("chongqing-2009@1"),
                QStringLiteral("hubei-2013@1"), QStringLiteral("mps-2025@1"), QStringLiteral("shannan-2019@1")}));
        const auto national = r.find(Checklist::nationalId());
        QVERIFY(national && national->builtIn());
        QCOMPARE(national->items().size(), 13);
        QCOMPARE(national->kind(), Checklist::Kind::National);
        QCOMPARE(ChecklistRegistry::packDirectory(data.path()), data.path() + QStringLiteral("/checklists"));
    }

    void hashIsSha256OfCanonicalJson()
    {
        ChecklistRegistry r;
        r.addBuiltIn();
        for (const auto &c : r.all()) {
            const QByteArray bytes = readFile(c->origin());
            const QByteArray canonical = CanonicalJson::serialize(QJsonDocument::fromJson(bytes).object());
            QCOMPARE(c->contentHash(),
                QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(c->canonicalJson(), canonical);
        }
    }

    void hashFollowsContentNotFormatting()
    {
        const QJsonObject doc = builtIn(QStringLiteral("beijing-2007"));
        ChecklistRegistry a, b, c;
        const auto original = a.add(QJsonDocument(doc).toJson(QJsonDocument::Compact), QStringLiteral("compact.json"));
        const auto reformatted = b.add(pretty(doc), QStringLiteral("pretty.json"));
        QVERIFY(original && reformatted);
        QCOMPARE((*reformatted)->contentHash(), (*original)->contentHash());
        const QJsonObject changed = jsonptr::set(doc, QStringLiteral("/items/0/text/en"), QStringLiteral("Changed."));
        const auto edited = c.add(pretty(changed), QStringLiteral("edited.json"));
        QVERIFY(edited);
        QVERIFY((*edited)->contentHash() != (*original)->contentHash());
    }

    void newerVersionOverridesOlderStaysAvailable()
    {
        QTemporaryDir data;
        QJsonObject v2 = builtIn(QStringLiteral("mps-2025"));
        v2.insert(QStringLiteral("version"), 2);
        v2 = jsonptr::set(v2, QStringLiteral("/items/0/guidance/look/0/zh"), QStringLiteral("第二版的现场指引"));
        writeFile(data.path() + QStringLiteral("/checklists/mps-2025-v2.json"), pretty(v2));

        const ChecklistRegistry r = ChecklistRegistry::load(data.path());
        QVERIFY(r.refused().isEmpty());
        QCOMPARE(r.versions(QStringLiteral("mps-2025")), QList<int>({2, 1}));
        const auto current = r.find(QStringLiteral("mps-2025"));
        QCOMPARE(current->version(), 2);
        QVERIFY(!current->builtIn());
        QCOMPARE(current->item(1)->guidance.look.first().zh, QStringLiteral("第二版的现场指引"));
        const auto v1 = r.find(QStringLiteral("mps-2025"), 1);
        QVERIFY(v1 && v1->builtIn());
        QVERIFY(v1->item(1)->guidance.look.first().zh != QStringLiteral("第二版的现场指引"));
        QCOMPARE(r.select(QStringLiteral("general"), QStringLiteral("art7-1"), QString())->national()->version(), 2);
        QCOMPARE(r.current().size(), 5);
        QCOMPARE(r.all().size(), 6);
    }

    // An inspection stores (id, version, hash); an old record is shown with the version it used.
    void oldRecordsFindTheirVersion()
    {
        QTemporaryDir data;
        ChecklistRegistry before = ChecklistRegistry::load(data.path());
        const auto used = before.find(QStringLiteral("mps-2025"));
        const QString recordedHash = used->contentHash();
        const QString recordedText = used->item(4)->text.zh;

        QJsonObject v2 = builtIn(QStringLiteral("mps-2025"));
        v2.insert(QStringLiteral("version"), 2);
        v2 = jsonptr::set(v2, QStringLiteral("/items/3/text/en"), QStringLiteral("Filing (revised)"));
        writeFile(data.path() + QStringLiteral("/checklists/national-v2.json"), pretty(v2));
        const ChecklistRegistry after = ChecklistRegistry::load(data.path());

        const auto found = after.findVerified(QStringLiteral("mps-2025"), 1, recordedHash);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().text()));
        QCOMPARE((*found)->item(4)->text.zh, recordedText);
        QVERIFY((*found)->item(4)->text.en != QStringLiteral("Filing (revised)"));

        const auto wrongHash = after.findVerified(QStringLiteral("mps-2025"), 2, recordedHash);
        QVERIFY(!wrongHash);
        QVERIFY(wrongHash.error().message.contains(recordedHash));
        const auto missing = after.findVerified(QStringLiteral("mps-2025"), 7, recordedHash);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("version 7 is not available")));
    }

    void brokenPacksAreRefusedTheRestWorks()
    {
        QTemporaryDir data;
        const QString dir = data.path() + QStringLiteral("/checklists/");
        for (const QString &name : {QStringLiteral("bad-json.json"), QStringLiteral("missing-fields.json"),
                 QStringLiteral("duplicate-numbers.json"), QStringLiteral("unknown-mode.json")})
            writeFile(dir + name, readFile(kData + QStringLiteral("/broken/") + name));
        QJsonObject extra
            = QJsonDocument::fromJson(readFile(kData + QStringLiteral("/valid/test-local.json"))).object();
        extra.insert(QStringLiteral("id"), QStringLiteral("test-extra"));
        writeFile(dir + QStringLiteral("zz-extra.json"), pretty(extra));
        writeFile(dir + QStringLiteral("notes.txt"), "not a checklist");

        const ChecklistRegistry r = ChecklistRegistry::load(data.path());
        QCOMPARE(r.refused().size(), 4);
        QHash<QString, ChecklistRegistry::RefusedPack> byName;
        for (const auto &p : r.refused())
            byName.insert(QFileInfo(p.file).fileName(), p);
        QCOMPARE(byName.value(QStringLiteral("bad-json.json")).problems.first().location, QStringLiteral("6:3"));
        QCOMPARE(byName.value(QStringLiteral("missing-fields.json")).problems.size(), 5);
        QCOMPARE(byName.value(QStringLiteral("duplicate-numbers.json")).problems.first().location,
            QStringLiteral("/items/1/number"));
        QCOMPARE(byName.value(QStringLiteral("unknown-mode.json")).problems.first().location,
            QStringLiteral("/items/1/mode"));
        for (const auto &p : r.refused())
            for (const auto &problem : p.problems)
                QCOMPARE(problem.file, p.file);

        // Everything else keeps working, including the valid pack next to the broken ones.
        QCOMPARE(r.current().size(), 6);
        QVERIFY(r.find(QStringLiteral("test-extra")));
        QVERIFY(!r.find(QStringLiteral("test-unknown-mode")));
        const auto selection
            = r.select(QStringLiteral("general"), QStringLiteral("art7-2-1"), QStringLiteral("440106"));
        QVERIFY(selection);
        QCOMPARE(selection->localPacks().size(), 1);
        QCOMPARE(selection->localPacks().first()->id(), QStringLiteral("test-extra"));
    }

    // A crafted pack dropped into DATA/checklists (4 MB, 300,000 items) and a folder named like a pack
    // are refused by their shape and kind, so every later start stays quick; the rest loads.
    void hugeOrOddPacksInTheDirectoryAreRefused()
    {
        QTemporaryDir data;
        const QString dir = data.path() + QStringLiteral("/checklists/");
        // The battery's pack: 4 MB, 300,000 items.
        QByteArray huge = "{\"id\":\"test-huge\",\"items\":[";
        for (int i = 0; i < 300000; ++i)
            huge += "{\"n\":1},";
        huge += "{}]}";
        writeFile(dir + QStringLiteral("huge.json"), huge);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("folder.json")));

        const ChecklistRegistry r = ChecklistRegistry::load(data.path());
        QCOMPARE(r.refused().size(), 1); // the folder is not a file, so it is not a pack at all
        QCOMPARE(QFileInfo(r.refused().first().file).fileName(), QStringLiteral("huge.json"));
        QVERIFY2(r.refused().first().problems.first().message.contains(
                     QStringLiteral("a checklist pack may have at most 1048576 bytes")),
            qPrintable(r.refused().first().problems.first().message));
        QVERIFY(!r.find(QStringLiteral("test-huge")));
        QCOMPARE(r.current().size(), 5);
    }

    void sameVersionWithOtherContentIsRefused()
    {
        QTemporaryDir data;
        const QJsonObject original = builtIn(QStringLiteral("beijing-2007"));
        writeFile(data.path() + QStringLiteral("/checklists/a-copy.json"), pretty(original)); // same content: fine
        writeFile(data.path() + QStringLiteral("/checklists/b-edited.json"),
            pretty(jsonptr::set(original, QStringLiteral("/title/en"), QStringLiteral("Edited"))));
        const ChecklistRegistry r = ChecklistRegistry::load(data.path());
        QCOMPARE(r.refused().size(), 1);
        const ChecklistProblem p = r.refused().first().problems.first();
        QVERIFY(p.file.endsWith(QStringLiteral("b-edited.json")));
        QCOMPARE(p.location, QStringLiteral("/version"));
        QVERIFY2(p.message.contains(QStringLiteral("already provided by :/checklists/beijing-2007.json")),
            qPrintable(p.message));
        QCOMPARE(r.versions(QStringLiteral("beijing-2007")), QList<int> {1});
        QVERIFY(r.find(QStringLiteral("beijing-2007"))->builtIn());
        QCOMPARE(r.find(QStringLiteral("beijing-2007"))->title().en,
            original.value(QLatin1String("title")).toObject().value(QLatin1String("en")).toString());
    }
};

QTEST_GUILESS_MAIN(TestChecklistRegistry)
#include "TestChecklistRegistry.moc"
