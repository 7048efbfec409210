#include "FieldMerger.h"

#include <QTest>

using namespace psv;

namespace {

HlcTimestamp at(qint64 ms, const char *device)
{
    return {ms, 0, QString::fromLatin1(device)};
}

VersionedFields version(const QJsonObject &values, const QMap<QString, HlcTimestamp> &stamps)
{
    return {values, stamps};
}

} // namespace

class TestFieldMerger : public QObject
{
    Q_OBJECT

    const QJsonObject baseValues {{QStringLiteral("name"), QStringLiteral("示例公司")},
        {QStringLiteral("phone"), QStringLiteral("0591-1")}, {QStringLiteral("address"), QStringLiteral("鼓楼区1号")}};
    const FieldStamps baseStamps {{QStringLiteral("name"), at(100, "A")}, {QStringLiteral("phone"), at(100, "A")},
        {QStringLiteral("address"), at(100, "A")}};

    VersionedFields base() const { return version(baseValues, baseStamps); }
    VersionedFields edited(const QString &field, const QJsonValue &v, const HlcTimestamp &t) const
    {
        VersionedFields x = base();
        if (v.isUndefined())
            x.values.remove(field);
        else
            x.values.insert(field, v);
        x.stamps.insert(field, t);
        return x;
    }

private Q_SLOTS:
    void neitherSideChanged()
    {
        const FieldMergeResult r = FieldMerger::merge(base(), base(), base());
        QCOMPARE(r.merged, baseValues);
        QVERIFY(!r.hasConflicts());
        QVERIFY(!r.localChanged);
        QVERIFY(r.takenFromRemote.isEmpty());
    }

    void oneSideChanged()
    {
        const auto remote = edited(QStringLiteral("phone"), QStringLiteral("0591-2"), at(200, "B"));
        FieldMergeResult r = FieldMerger::merge(base(), base(), remote);
        QCOMPARE(r.merged.value(QStringLiteral("phone")).toString(), QStringLiteral("0591-2"));
        QCOMPARE(r.stamps.value(QStringLiteral("phone")), at(200, "B"));
        QCOMPARE(r.takenFromRemote, QStringList {QStringLiteral("phone")});
        QVERIFY(r.localChanged);
        QVERIFY(!r.hasConflicts());
        // The other way round: the local change stays, even if the remote stamp of another field is older.
        const auto local = edited(QStringLiteral("name"), QStringLiteral("新名称"), at(300, "A"));
        r = FieldMerger::merge(base(), local, base());
        QCOMPARE(r.merged.value(QStringLiteral("name")).toString(), QStringLiteral("新名称"));
        QCOMPARE(r.keptLocal, QStringList {QStringLiteral("name")});
        QVERIFY(!r.localChanged);
        // Different fields on each side: both changes survive.
        r = FieldMerger::merge(base(), local, remote);
        QCOMPARE(r.merged.value(QStringLiteral("name")).toString(), QStringLiteral("新名称"));
        QCOMPARE(r.merged.value(QStringLiteral("phone")).toString(), QStringLiteral("0591-2"));
        QVERIFY(!r.hasConflicts());
    }

    void bothChangedIsAConflictKeepingBoth()
    {
        const auto local = edited(QStringLiteral("address"), QStringLiteral("台江区2号"), at(300, "A"));
        const auto remote = edited(QStringLiteral("address"), QStringLiteral("仓山区3号"), at(200, "B"));
        const FieldMergeResult r = FieldMerger::merge(base(), local, remote);
        QCOMPARE(r.conflicts.size(), 1);
        const FieldConflict &c = r.conflicts.first();
        QCOMPARE(c.field, QStringLiteral("address"));
        QCOMPARE(c.base.toString(), QStringLiteral("鼓楼区1号"));
        QCOMPARE(c.local.toString(), QStringLiteral("台江区2号"));
        QCOMPARE(c.remote.toString(), QStringLiteral("仓山区3号"));
        QCOMPARE(c.localStamp, at(300, "A"));
        QCOMPARE(c.remoteStamp, at(200, "B"));
        // Provisional value: the newer stamp — the same on both devices.
        QCOMPARE(r.merged.value(QStringLiteral("address")).toString(), QStringLiteral("台江区2号"));
        const FieldMergeResult mirrored = FieldMerger::merge(base(), remote, local);
        QCOMPARE(mirrored.merged, r.merged);
        QCOMPARE(mirrored.conflicts.size(), 1);
    }

    void bothChangedToTheSameValueConverges()
    {
        const auto local = edited(QStringLiteral("phone"), QStringLiteral("0591-9"), at(300, "A"));
        const auto remote = edited(QStringLiteral("phone"), QStringLiteral("0591-9"), at(400, "B"));
        const FieldMergeResult r = FieldMerger::merge(base(), local, remote);
        QVERIFY(!r.hasConflicts());
        QCOMPARE(r.converged, QStringList {QStringLiteral("phone")});
        QCOMPARE(r.stamps.value(QStringLiteral("phone")), at(400, "B"));
    }

    void deletionAgainstEditIsAConflict()
    {
        const auto local = edited(QStringLiteral("phone"), QJsonValue(QJsonValue::Undefined), at(300, "A"));
        const auto remote = edited(QStringLiteral("phone"), QStringLiteral("0591-5"), at(200, "B"));
        const FieldMergeResult r = FieldMerger::merge(base(), local, remote);
        QCOMPARE(r.conflicts.size(), 1);
        QVERIFY(r.conflicts.first().local.isUndefined());
        QCOMPARE(r.conflicts.first().remote.toString(), QStringLiteral("0591-5"));
        QVERIFY(!r.merged.contains(QStringLiteral("phone"))); // the deletion is newer
        // A deletion on one side only is taken.
        const FieldMergeResult d = FieldMerger::merge(
            base(), base(), edited(QStringLiteral("phone"), QJsonValue(QJsonValue::Undefined), at(200, "B")));
        QVERIFY(!d.merged.contains(QStringLiteral("phone")));
        QVERIFY(!d.hasConflicts());
    }

    void changedAndChangedBackStillCounts()
    {
        // Local set the phone to something else and back (same value as base, newer stamp);
        // remote changed it: both sides touched it, so a person decides.
        const auto local = edited(QStringLiteral("phone"), QStringLiteral("0591-1"), at(300, "A"));
        const auto remote = edited(QStringLiteral("phone"), QStringLiteral("0591-7"), at(200, "B"));
        QCOMPARE(FieldMerger::merge(base(), local, remote).conflicts.size(), 1);
    }

    void withoutBaseEveryDifferenceIsAConflict()
    {
        const VersionedFields local
            = version({{QStringLiteral("name"), QStringLiteral("甲")}, {QStringLiteral("a"), 1}}, {});
        const VersionedFields remote
            = version({{QStringLiteral("name"), QStringLiteral("乙")}, {QStringLiteral("b"), 2}}, {});
        const FieldMergeResult r = FieldMerger::merge(std::nullopt, local, remote);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().field, QStringLiteral("name"));
        QCOMPARE(r.merged.value(QStringLiteral("a")).toInt(), 1);
        QCOMPARE(r.merged.value(QStringLiteral("b")).toInt(), 2);
        QCOMPARE(r.merged.value(QStringLiteral("name")).toString(), QStringLiteral("甲"));
    }
};

QTEST_GUILESS_MAIN(TestFieldMerger)
#include "TestFieldMerger.moc"
