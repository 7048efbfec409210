// 核验纸质笔录 on a real store: the right number and seal hash (typed, or pasted as QR text) match,
// a changed hash and a changed store do not, and each check is audited.
#include "AppSession.h"
#include "AuditLog.h"
#include "RecordStore.h"
#include "RecordVerifier.h"
#include "Settings.h"
#include "VerifyRecordDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace psv;
using namespace psv::ui;

class TestVerifyRecordDialog : public QObject
{
    Q_OBJECT

    static int verifyAudits(AppSession &s, const QString &id)
    {
        AuditLog::Filter f;
        f.entityType = QStringLiteral("inspection");
        f.entityId = id;
        f.limit = 1000;
        int n = 0;
        const QList<AuditEntry> all = AuditLog(s.db()).list(f).value();
        for (const AuditEntry &e : all)
            n += e.action == QLatin1String("verify");
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saysMatchAndMismatch()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        RecordStore store;
        QVERIFY(store.populate(*session.value(), true));
        const QString hash = store.inspection.sealHash;

        VerifyRecordDialog dialog(*session.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("numberEdit"));
        auto *hashEdit = dialog.findChild<QLineEdit *>(QStringLiteral("hashEdit"));
        auto *verify = dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"));
        QVERIFY(number && hashEdit && verify);

        // typed: number and hash
        QTest::keyClicks(number, store.inspection.number);
        QTest::keyClicks(hashEdit, hash);
        QTest::mouseClick(verify, Qt::LeftButton);
        QCOMPARE(dialog.outcome(), VerifyRecordDialog::Outcome::Match);
        QVERIFY(dialog.resultText().contains(store.inspection.number));
        QCOMPARE(verifyAudits(*session.value(), store.inspection.id), 1);

        // a changed hash: one digit different
        QString changed = hash;
        changed[10] = changed[10] == u'0' ? u'1' : u'0';
        hashEdit->clear();
        QTest::keyClicks(hashEdit, changed);
        QCOMPARE(dialog.outcome(), VerifyRecordDialog::Outcome::None); // editing clears the verdict
        QTest::keyClick(hashEdit, Qt::Key_Return);
        QCOMPARE(dialog.outcome(), VerifyRecordDialog::Outcome::Mismatch);
        QCOMPARE(verifyAudits(*session.value(), store.inspection.id), 2);

        // pasted QR text, hash field empty
        dialog.setInput(RecordVerifier::qrPayload(store.inspection.number, hash));
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Match);
        dialog.setInput(RecordVerifier::qrPayload(store.inspection.number, changed));
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Mismatch);

        // the stored data changed behind the app's back: the right paper no longer matches
        QSqlQuery q(session.value()->db().sql());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER item_results_sealed_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE item_results SET observation = '已改' WHERE inspection_id = '%1'")
                .arg(store.inspection.id)));
        dialog.setInput(store.inspection.number, hash);
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Mismatch);
    }

    void refusesIncompleteInput()
    {
        QTemporaryDir dir;
        Settings settings(dir.path());
        auto session = AppSession::open(dir.path(), settings);
        QVERIFY(session);
        VerifyRecordDialog dialog(*session.value());
        dialog.setInput(QString());
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Error);
        dialog.setInput(QStringLiteral("A7F3-2026-0001"));
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Error); // no hash
        dialog.setInput(QStringLiteral("PSV1|A7F3-2026-0001|nothex"));
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Error);
        dialog.setInput(QStringLiteral("A7F3-2026-0001"), QString(64, u'a'));
        QCOMPARE(dialog.verify(), VerifyRecordDialog::Outcome::Error); // no such inspection
    }
};

QTEST_MAIN(TestVerifyRecordDialog)
#include "TestVerifyRecordDialog.moc"
