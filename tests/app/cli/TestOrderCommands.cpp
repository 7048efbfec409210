// psvctl order add computes the deadline and re-inspection date on the working-day calendar
// (规定 Art. 15) through OrderIssuer; the real binary on a real data directory.
#include "CliStoreSetup.h"
#include "StoreState.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestOrderCommands : public QObject
{
    Q_OBJECT

    static QStringList add(const QString &number, const QStringList &more)
    {
        return QStringList {QStringLiteral("--json"), QStringLiteral("order"), QStringLiteral("add"), number,
                   QStringLiteral("--finding"), QStringLiteral("4"), QStringLiteral("--legal-basis"),
                   QStringLiteral("《条例》第二十九条"), QStringLiteral("--issued"), QStringLiteral("2025-09-30")}
        + more;
    }

private Q_SLOTS:
    void computesDates_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<QString>("due");
        QTest::newRow("correction") << QStringList {QStringLiteral("--kind"), QStringLiteral("correction")} << QString()
                                    << QStringLiteral("2025-10-11");
        QTest::newRow("10 days") << QStringList {QStringLiteral("--kind"), QStringLiteral("correction-deadline"),
            QStringLiteral("--deadline-days"), QStringLiteral("10")}
                                 << QStringLiteral("2025-10-10") << QStringLiteral("2025-10-14");
        QTest::newRow("10 working days") << QStringList {QStringLiteral("--kind"),
            QStringLiteral("correction-deadline"), QStringLiteral("--deadline-workdays"), QStringLiteral("10")}
                                         << QStringLiteral("2025-10-21") << QStringLiteral("2025-10-24");
        QTest::newRow("until a holiday") << QStringList {QStringLiteral("--kind"),
            QStringLiteral("correction-deadline"), QStringLiteral("--deadline"), QStringLiteral("2025-10-05")}
                                         << QStringLiteral("2025-10-09") << QStringLiteral("2025-10-13");
        QTest::newRow("matching --reinspection-due") << QStringList {QStringLiteral("--kind"),
            QStringLiteral("correction"), QStringLiteral("--reinspection-due"), QStringLiteral("2025-10-11")}
                                                     << QString() << QStringLiteral("2025-10-11");
        QTest::newRow("--due-basis is a note") << QStringList {QStringLiteral("--kind"), QStringLiteral("correction"),
            QStringLiteral("--due-basis"), QStringLiteral("经法制部门审核")}
                                               << QString() << QStringLiteral("2025-10-11");
    }

    void computesDates()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, deadline);
        QFETCH(QString, due);
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("4"),
                           QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
                           QStringLiteral("未备案")})
                     .exitCode,
            0);
        auto r = s.run(add(number, args));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("reinspection_due")).toString(), due);
        QCOMPARE(o.value(QStringLiteral("deadline")).toString(), deadline);
        const QString basis = o.value(QStringLiteral("due_basis")).toString();
        QVERIFY(basis.contains(QStringLiteral("2025-10")));
        if (args.contains(QStringLiteral("--due-basis")))
            QVERIFY2(basis.endsWith(QStringLiteral("\n经法制部门审核")), qPrintable(basis));
        QCOMPARE(o.value(QStringLiteral("document_number")).toString(), QStringLiteral("A7F3-2025-Z0001"));
        QCOMPARE(o.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("provisional")).toBool(), false);
    }

    void refusesAndChangesNothing()
    {
        QTemporaryDir dir;
        CliStoreSetup s(dir.path());
        QVERIFY(s.ok);
        const QString number = s.newInspection();
        QCOMPARE(s.run({QStringLiteral("inspection"), QStringLiteral("set-item"), number, QStringLiteral("4"),
                           QStringLiteral("--status"), QStringLiteral("non-compliant"), QStringLiteral("--observation"),
                           QStringLiteral("未备案")})
                     .exitCode,
            0);
        const QString before = storeState(s.dir);
        const QList<QStringList> refused {
            {QStringLiteral("--kind"), QStringLiteral("correction"), QStringLiteral("--reinspection-due"),
                QStringLiteral("2025-10-10")},
            {QStringLiteral("--kind"), QStringLiteral("correction-deadline")},
            {QStringLiteral("--kind"), QStringLiteral("correction"), QStringLiteral("--deadline-days"),
                QStringLiteral("5")},
            {QStringLiteral("--kind"), QStringLiteral("correction-deadline"), QStringLiteral("--deadline-days"),
                QStringLiteral("5"), QStringLiteral("--deadline-workdays"), QStringLiteral("5")},
        };
        for (const QStringList &args : refused) {
            auto r = s.run(add(number, args));
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY(!r.err.isEmpty());
            QCOMPARE(storeState(s.dir), before);
        }
        auto r = s.run(add(number,
            {QStringLiteral("--kind"), QStringLiteral("correction"), QStringLiteral("--reinspection-due"),
                QStringLiteral("2025-10-10")}));
        QVERIFY2(r.err.contains(QStringLiteral("2025-10-11")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestOrderCommands)
#include "TestOrderCommands.moc"
