// Committed writes announce the entity types they changed, once, after the commit; a refused or
// rolled-back write and a write that only appends to the audit log announce nothing.
#include "AuditLog.h"
#include "ChangeLog.h"
#include "ItemResultRepository.h"
#include "OfficerRepository.h"
#include "StoreEvents.h"
#include "StoreFixture.h"
#include "WriteScope.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace psv;

class TestStoreEvents : public QObject
{
    Q_OBJECT

    static QStringList typesOf(const QSignalSpy &spy, int n) { return spy.at(n).at(1).toStringList(); }

private Q_SLOTS:
    void aWriteAnnouncesItsEntityTypesOnceAfterCommit()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        QSignalSpy spy(&StoreEvents::instance(), &StoreEvents::committed);
        const Inspection i = fx.newInspection();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QFileInfo(fx.path()).canonicalFilePath());
        QCOMPARE(typesOf(spy, 0), QStringList {QStringLiteral("inspection")});

        // Several changes of several types in one transaction: each type once, sorted; and the
        // announcement comes after the commit (a listener sees the change on another connection).
        auto reader = Database::open(fx.dir.path());
        QVERIFY(reader);
        qint64 seenSeq = -1;
        const QMetaObject::Connection seen = connect(&StoreEvents::instance(), &StoreEvents::committed, this,
            [&] { seenSeq = ChangeLog(*reader.value()).lastSeq().value(); });
        const qint64 before = ChangeLog(*fx.db).lastSeq().value();
        QVERIFY(fx.db->write(fx.actor, [&](WriteScope &w) -> Status {
            for (const char *type : {"site", "unit", "site"})
                if (Status s = w.changed(QLatin1String(type), fx.site.id, QStringLiteral("update")); !s)
                    return s;
            return {};
        }));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(typesOf(spy, 1), QStringList({QStringLiteral("site"), QStringLiteral("unit")}));
        QCOMPARE(seenSeq, before + 3);
        disconnect(seen);

        ItemResult r;
        r.inspectionId = i.id;
        r.itemKey = QStringLiteral("1");
        QVERIFY(ItemResultRepository(*fx.db).set(r, fx.actor));
        QCOMPARE(spy.size(), 3);
        QCOMPARE(typesOf(spy, 2), QStringList {QStringLiteral("item")});

        // A change without a change-log row that the write names itself.
        QVERIFY(OfficerRepository(*fx.db).setSecret(fx.officer1.id, QStringLiteral("Sesam-2025"), fx.actor));
        QCOMPARE(spy.size(), 4);
        QCOMPARE(typesOf(spy, 3), QStringList {QStringLiteral("officer")});
    }

    void nothingIsAnnouncedForARefusedOrRolledBackWrite()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        QSignalSpy spy(&StoreEvents::instance(), &StoreEvents::committed);
        const qint64 before = ChangeLog(*fx.db).lastSeq().value();

        // Refused by the repository before anything is written.
        Unit invalid;
        invalid.name = QStringLiteral("无统一社会信用代码");
        invalid.type = UnitType::Enterprise;
        invalid.uscc = QStringLiteral("914403001922038217"); // wrong check character
        QVERIFY(!UnitRepository(*fx.db).add(invalid, fx.actor));

        // Rolled back after a change was logged.
        const Status failed = fx.db->write(fx.actor, [&](WriteScope &w) -> Status {
            if (Status s = w.changed(QStringLiteral("unit"), fx.unit.id, QStringLiteral("update")); !s)
                return s;
            return makeError(QStringLiteral("refused on purpose"));
        });
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("refused on purpose"));

        // Refused for want of an actor.
        QVERIFY(!fx.db->write(Actor {},
            [&](WriteScope &w) { return w.changed(QStringLiteral("unit"), fx.unit.id, QStringLiteral("update")); }));

        QCOMPARE(spy.size(), 0);
        QCOMPARE(ChangeLog(*fx.db).lastSeq().value(), before);
    }

    void anAuditOnlyWriteAnnouncesNothing()
    {
        StoreFixture fx;
        QVERIFY(fx.open());
        QSignalSpy spy(&StoreEvents::instance(), &StoreEvents::committed);
        QVERIFY(AuditLog(*fx.db).record(fx.actor, QStringLiteral("view"), QStringLiteral("unit"), fx.unit.id));
        QCOMPARE(spy.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreEvents)
#include "TestStoreEvents.moc"
