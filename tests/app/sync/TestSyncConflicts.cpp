// Concurrent edits of a unit on two laptops: fields changed on one side merge, a field changed on
// both sides to different values is listed for a person, never silently dropped; settling it
// travels back. The same unit or officer registered on two laptops is kept twice and listed.
#include "SyncConflicts.h"
#include "SyncTestKit.h"
#include "UnitRepository.h"

#include <QTest>

using namespace psv;
using namespace psv::synctest;

class TestSyncConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir work;
    QString path(const QString &name) const { return work.filePath(name); }

    static bool edit(StoreFixture &fx, const QString &unitId, const std::function<void(Unit &)> &change)
    {
        auto u = UnitRepository(*fx.db).get(unitId);
        if (!u)
            return false;
        Unit unit = u.value();
        change(unit);
        auto r = UnitRepository(*fx.db).update(unit, fx.actor);
        if (!r)
            qWarning() << r.error().text();
        return bool(r);
    }

    // exports from `from` for `to` and imports it there.
    bool send(StoreFixture &from, StoreFixture &to, const QString &name, ImportSummary *summary = nullptr)
    {
        auto m = exportFrom(from, path(name), to.db->deviceId());
        if (!m) {
            qWarning() << m.error().text();
            return false;
        }
        auto r = importInto(to, path(name));
        if (!r) {
            qWarning() << r.error().text();
            return false;
        }
        if (summary)
            *summary = r.value();
        return true;
    }

private Q_SLOTS:
    void concurrentEditsMergeFieldByField()
    {
        StoreFixture a, b;
        QVERIFY(a.open());
        QVERIFY(b.open(false, QStringLiteral("B2C4")));
        const QString id = a.unit.id;
        QVERIFY(send(a, b, QStringLiteral("1.psvbundle")));
        QVERIFY(send(b, a, QStringLiteral("2.psvbundle"))); // carries B's acknowledgement
        QCOMPARE(one(*a.db, QStringLiteral("SELECT last_acked_seq > 0 FROM sync_peers WHERE peer_id = 'B2C4'")),
            QStringLiteral("1"));

        // Both edit the unit before they sync again.
        QVERIFY(edit(a, id, [](Unit &u) {
            u.contactPhone = QStringLiteral("0755-1111");
            u.address = QStringLiteral("坂田A");
        }));
        QTest::qWait(5);
        QVERIFY(edit(b, id, [](Unit &u) {
            u.address = QStringLiteral("坂田B");
            u.policeStation = QStringLiteral("坂田派出所");
        }));

        ImportSummary s;
        QVERIFY(send(a, b, QStringLiteral("3.psvbundle"), &s));
        QCOMPARE(s.conflicts, 1);
        auto u = UnitRepository(*b.db).get(id).value();
        QCOMPARE(u.contactPhone, QStringLiteral("0755-1111")); // only A changed it
        QCOMPARE(u.policeStation, QStringLiteral("坂田派出所")); // only B changed it
        auto list = SyncConflicts(*b.db).list();
        QVERIFY(list);
        QCOMPARE(list.value().size(), 1);
        const SyncConflict c = list.value().constFirst();
        QCOMPARE(c.kind, QStringLiteral("field"));
        QCOMPARE(c.field, QStringLiteral("address"));
        QCOMPARE(c.local.toString(), QStringLiteral("坂田B"));
        QCOMPARE(c.remote.toString(), QStringLiteral("坂田A"));

        // The same bundle again lists nothing twice.
        auto again = importInto(b, path(QStringLiteral("3.psvbundle")));
        QVERIFY(again && again.value().alreadyApplied);
        QCOMPARE(SyncConflicts(*b.db).list().value().size(), 1);

        // A person settles it on B with a new value; it travels to A, where only B changed it since.
        auto settled = SyncConflicts(*b.db).settle(c.id, QStringLiteral("\"深圳市龙岗区坂田\""), b.actor);
        QVERIFY2(settled, settled ? "" : qPrintable(settled.error().text()));
        QCOMPARE(settled.value().status, QStringLiteral("settled"));
        QCOMPARE(UnitRepository(*b.db).get(id).value().address, QStringLiteral("深圳市龙岗区坂田"));
        QVERIFY(!SyncConflicts(*b.db).settle(c.id, QStringLiteral("local"), b.actor));

        ImportSummary back;
        QVERIFY(send(b, a, QStringLiteral("4.psvbundle"), &back));
        const Unit onA = UnitRepository(*a.db).get(id).value();
        QCOMPARE(onA.address, QStringLiteral("深圳市龙岗区坂田"));
        QCOMPARE(onA.policeStation, QStringLiteral("坂田派出所"));
        QCOMPARE(onA.contactPhone, QStringLiteral("0755-1111"));
        QCOMPARE(back.conflicts, 0);
        QCOMPARE(SyncConflicts(*a.db).list().value().size(), 0);
    }

    void editsOnBothSidesOfAOneWaySyncConflict()
    {
        // C received the unit from A once; then both changed the same field before C sent back.
        StoreFixture a, c;
        QVERIFY(a.open());
        QVERIFY(c.open(false, QStringLiteral("C0DE")));
        QVERIFY(send(a, c, QStringLiteral("x.psvbundle")));
        QVERIFY(edit(c, a.unit.id, [](Unit &u) { u.contactPerson = QStringLiteral("王五"); }));
        QVERIFY(edit(a, a.unit.id, [](Unit &u) { u.contactPerson = QStringLiteral("赵六"); }));
        // C acknowledges only what A had sent: A's later edit is unseen by C, C's edit is new to A.
        ImportSummary s;
        QVERIFY(send(c, a, QStringLiteral("y.psvbundle"), &s));
        QCOMPARE(s.conflicts, 1);
        const auto list = SyncConflicts(*a.db).list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().field, QStringLiteral("contact_person"));
        auto kept = SyncConflicts(*a.db).settle(list.constFirst().id, QStringLiteral("local"), a.actor);
        QVERIFY(kept);
        QCOMPARE(UnitRepository(*a.db).get(a.unit.id).value().contactPerson, QStringLiteral("赵六"));
    }

    void theSameUnitAndOfficersFromTwoLaptopsAreKeptAndListed()
    {
        // Two laptops each registered the same company (USCC) and the same two colleagues (police
        // numbers) on their own; a reviewer imports both. Nothing is refused, every record is
        // kept (A's sealed inspection names A's officer ids and still verifies), and each pair is
        // listed once for a person.
        StoreFixture a, b, r;
        QVERIFY(a.open());
        QVERIFY(b.open(true, QStringLiteral("B2C4")));
        QVERIFY(r.open(false, QStringLiteral("C0DE")));
        QCOMPARE(a.unit.uscc, b.unit.uscc);
        QCOMPARE(a.officer1.policeNumber, b.officer1.policeNumber);
        QVERIFY(a.officer1.id != b.officer1.id);
        const Inspection sealed = sealedInspection(a);
        QVERIFY(!sealed.sealHash.isEmpty());

        QVERIFY(send(b, r, QStringLiteral("b.psvbundle")));
        ImportSummary s;
        QVERIFY(send(a, r, QStringLiteral("a.psvbundle"), &s));
        QCOMPARE(s.conflicts, 3); // the unit and two officers
        QCOMPARE(StoreFixture::count(*r.db, QStringLiteral("units")), 2);
        QCOMPARE(StoreFixture::count(*r.db, QStringLiteral("officers")), 4);
        const auto listed = SyncConflicts(*r.db).list().value();
        QCOMPARE(listed.size(), 3);
        for (const SyncConflict &c : listed)
            QCOMPARE(c.kind, QStringLiteral("unique"));
        auto check = SealService(*r.db).verify(sealed.id, sealed.sealHash);
        QVERIFY2(check && check.value().intact(), "the sealed inspection does not verify on the reviewer's store");
        QCOMPARE(InspectionRepository(*r.db).get(sealed.id).value().inspectorIds,
            (QStringList {a.officer1.id, a.officer2.id}));

        // Looking a person up by police number still works, and either record can be edited.
        QCOMPARE(OfficerRepository(*r.db).byPoliceNumber(a.officer1.policeNumber).value().policeNumber,
            a.officer1.policeNumber);
        Officer copy = OfficerRepository(*r.db).get(a.officer1.id).value();
        copy.unitName = QStringLiteral("坂田派出所");
        QVERIFY(OfficerRepository(*r.db).update(copy, r.actor));
        // A new local record with a number already here is still refused.
        Officer again;
        again.name = QStringLiteral("重复");
        again.policeNumber = a.officer1.policeNumber;
        QVERIFY(!OfficerRepository(*r.db).add(again, {}, r.actor));

        // Importing A's bundle again lists nothing twice.
        QVERIFY(importInto(r, path(QStringLiteral("a.psvbundle"))).value().alreadyApplied);
        QCOMPARE(SyncConflicts(*r.db).list().value().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "TestSyncConflicts.moc"
