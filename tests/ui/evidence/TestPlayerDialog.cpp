// The player on real evidence: a recording loads into QMediaPlayer, a marked segment is linked
// to a checklist item (item_evidence row with the range, audited); a photo links without one.
// Playback itself is not asserted (the offscreen platform has no audio/video output to watch);
// the marks are driven through the dialog's own controls, and through the player's position
// when the FFmpeg backend loads the file headless.
#include "EvidenceGuiFixture.h"
#include "EvidenceImportJob.h"
#include "PlayerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSqlQuery>

using namespace psv;
using namespace psv::ui;

class TestPlayerDialog : public QObject
{
    Q_OBJECT

    static QString importOne(EvidenceGuiFixture &fx, const QString &path)
    {
        EvidenceImportJob job(fx.dir.path(), fx.session->actor(), fx.inspection.id);
        const ImportSummary s = job.run({path});
        if (!s.allSucceeded())
            return {};
        const QStringList ids
            = fx.column(QStringLiteral("SELECT id FROM evidence WHERE sha256 = '%1'").arg(testmedia::sha256sum(path)));
        return ids.value(0);
    }

    static void typeInto(QDoubleSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Tab);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void marksASegmentAndLinksIt()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString id = importOne(fx, fx.recording(9, 30, 4));
        QVERIFY(!id.isEmpty());
        PlayerDialog player(*fx.session, id);
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QVERIFY(player.isLoaded());
        QVERIFY(player.player());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view'")), 1);

        auto *range = player.findChild<QCheckBox *>(QStringLiteral("rangeCheck"));
        QVERIFY(range->isEnabled());
        QTest::mouseClick(range, Qt::LeftButton);
        QVERIFY(range->isChecked());
        typeInto(player.findChild<QDoubleSpinBox *>(QStringLiteral("startSpin")), QStringLiteral("1.5"));
        typeInto(player.findChild<QDoubleSpinBox *>(QStringLiteral("endSpin")), QStringLiteral("3.2"));
        QCOMPARE(player.rangeStart(), std::optional<qint64>(1500));
        QCOMPARE(player.rangeEnd(), std::optional<qint64>(3200));
        auto *items = player.findChild<QComboBox *>(QStringLiteral("itemCombo"));
        QVERIFY(items->count() >= 13);
        items->setCurrentIndex(items->findData(QStringLiteral("4")));
        QVERIFY(items->currentIndex() >= 0);
        QTest::mouseClick(player.findChild<QPushButton *>(QStringLiteral("linkButton")), Qt::LeftButton);

        QSqlQuery q(fx.session->db().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT inspection_id, item_key, evidence_id, start_ms, end_ms FROM "
                                      "item_evidence")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), fx.inspection.id);
        QCOMPARE(q.value(1).toString(), QStringLiteral("4"));
        QCOMPARE(q.value(2).toString(), id);
        QCOMPARE(q.value(3).toLongLong(), 1500);
        QCOMPARE(q.value(4).toLongLong(), 3200);
        QVERIFY(!q.next());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'set-item'")), 1);
        QVERIFY(player.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("Linked")));

        // A reversed range is refused by the store and adds nothing.
        typeInto(player.findChild<QDoubleSpinBox *>(QStringLiteral("startSpin")), QStringLiteral("3.5"));
        typeInto(player.findChild<QDoubleSpinBox *>(QStringLiteral("endSpin")), QStringLiteral("1.0"));
        QVERIFY(!player.linkToItem());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM item_evidence")), 1);
    }

    // Mark start/end take the player's position. Needs a multimedia backend that loads and seeks
    // the file headless; where it cannot, the test says so (skipped) rather than passing.
    void marksStartAndEndAtThePlayersPosition()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString id = importOne(fx, fx.recording(9, 30, 4));
        QVERIFY(!id.isEmpty());
        PlayerDialog player(*fx.session, id);
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QVERIFY(player.player());
        if (!QTest::qWaitFor([&] { return player.player()->mediaStatus() != QMediaPlayer::LoadingMedia; }, 10000))
            QSKIP("the multimedia backend did not load the file within 10 s");
        if (!player.player()->isSeekable())
            QSKIP(qPrintable(QStringLiteral("the multimedia backend cannot seek this file here (media status %1, "
                                            "error '%2')")
                    .arg(int(player.player()->mediaStatus()))
                    .arg(player.player()->errorString())));
        QTest::mouseClick(player.findChild<QCheckBox *>(QStringLiteral("rangeCheck")), Qt::LeftButton);
        player.setPosition(2000);
        if (!QTest::qWaitFor([&] { return player.position() >= 1900; }, 5000))
            QSKIP(qPrintable(QStringLiteral("the multimedia backend reports the file seekable but did not move to "
                                            "2 s (position %1 ms, media status %2)")
                    .arg(player.position())
                    .arg(int(player.player()->mediaStatus()))));
        QTest::mouseClick(player.findChild<QPushButton *>(QStringLiteral("markStartButton")), Qt::LeftButton);
        QVERIFY(*player.rangeStart() >= 1900);
        player.setPosition(3000);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 2900, 5000);
        QTest::mouseClick(player.findChild<QPushButton *>(QStringLiteral("markEndButton")), Qt::LeftButton);
        QVERIFY(*player.rangeEnd() >= 2900);
    }

    void photoLinksWithoutRange()
    {
        EvidenceGuiFixture fx;
        QVERIFY(fx.open());
        const QString photo = fx.mediaPath(QStringLiteral("IMG_20260510_093500.jpg"));
        QVERIFY(testmedia::picture(640, 480).save(photo, "JPEG"));
        const QString id = importOne(fx, photo);
        QVERIFY(!id.isEmpty());
        PlayerDialog player(*fx.session, id);
        QVERIFY(player.isLoaded());
        QVERIFY(!player.player());
        QVERIFY(!player.findChild<QLabel *>(QStringLiteral("photoLabel"))->pixmap().isNull());
        QVERIFY(!player.findChild<QCheckBox *>(QStringLiteral("rangeCheck"))->isEnabled());
        auto *items = player.findChild<QComboBox *>(QStringLiteral("itemCombo"));
        items->setCurrentIndex(items->findData(QStringLiteral("2")));
        QVERIFY(player.linkToItem());
        QCOMPARE(fx.count(QStringLiteral("SELECT COUNT(*) FROM item_evidence WHERE item_key = '2' AND "
                                         "evidence_id = '%1' AND start_ms IS NULL AND end_ms IS NULL")
                         .arg(id)),
            1);
    }
};

QTEST_MAIN(TestPlayerDialog)
#include "TestPlayerDialog.moc"
