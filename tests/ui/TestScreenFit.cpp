// Every main page and the dialogs of an inspection fit a 1366×768 screen, in Chinese and in
// English: the window's minimum size fits what a window gets there (the work area less a title
// bar), and shown at that size and at its minimum size no widget lies outside the window (cut off)
// — what does not fit scrolls inside a scroll area. The offscreen screen is that of a 1366×768
// laptop less its 40 px task bar. ctest runs the test twice: as is, and as TestScreenFitAt200 with
// QT_SCALE_FACTOR=2 on a screen of twice the pixels (a 2732×1536 laptop at 200 %), where the layout
// in logical pixels must be the same.
#include "AboutDialog.h"
#include "CaptureDialog.h"
#include "CompletionDialog.h"
#include "EvidenceImportDialog.h"
#include "EvidenceLinkDialog.h"
#include "FirstRunDialog.h"
#include "HelpDialog.h"
#include "InspectionsPage.h"
#include "LockDialog.h"
#include "MainWindow.h"
#include "NewInspectionWizard.h"
#include "OfficersDialog.h"
#include "OutcomeDialog.h"
#include "SignInDialog.h"
#include "SiteDialog.h"
#include "Translator.h"
#include "UiInspectionSetup.h"
#include "UnitDialog.h"
#include "VerifyRecordDialog.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <functional>

using namespace psv;
using namespace psv::ui;

namespace {

// The work area of a 1366×768 screen with a 40 px task bar, in logical pixels; a window's content
// gets that less a 30 px title bar.
const QSize WorkArea(1366, 768 - 40);
const QSize Available = WorkArea - QSize(0, 30);

// The offscreen platform's screen (its configuration file), in device pixels at the scale factor.
QByteArray screenConfiguration(double factor)
{
    return QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
        .arg(qRound(WorkArea.width() * factor))
        .arg(qRound(WorkArea.height() * factor))
        .toUtf8();
}

using Make = std::function<std::unique_ptr<QWidget>(UiInspectionSetup &)>;

std::unique_ptr<QWidget> mainWindowAt(UiInspectionSetup &s, MainWindow::Page page)
{
    auto w = std::make_unique<MainWindow>(*s.session);
    w->showPage(page);
    return w;
}

const QList<std::pair<const char *, Make>> &screens()
{
    static const QList<std::pair<const char *, Make>> list {
        {"dashboard",
            [](auto &s) {
                return mainWindowAt(s, MainWindow::Page::Dashboard);
            }},
        {"inspections",
            [](auto &s) {
                return mainWindowAt(s, MainWindow::Page::Inspections);
            }},
        {"walkthrough",
            [](auto &s) -> std::unique_ptr<QWidget> {
                auto w = std::make_unique<MainWindow>(*s.session);
                if (!w->openInspection(s.inspection.id, QStringLiteral("4")))
                    return {};
                return w;
            }},
        {"sites",
            [](auto &s) {
                return mainWindowAt(s, MainWindow::Page::Sites);
            }},
        {"reinspections",
            [](auto &s) {
                return mainWindowAt(s, MainWindow::Page::Reinspections);
            }},
        {"evidence",
            [](auto &s) {
                return mainWindowAt(s, MainWindow::Page::Evidence);
            }},
        {"sync",
            [](auto &s) {
                return mainWindowAt(s, MainWindow::Page::Sync);
            }},
        {"wizard",
            [](auto &s) {
                return std::make_unique<NewInspectionWizard>(*s.session);
            }},
        {"outcome",
            [](auto &s) {
                return std::make_unique<OutcomeDialog>(*s.session, s.inspection.id);
            }},
        {"completion",
            [](auto &s) {
                return std::make_unique<CompletionDialog>(*s.session, s.inspection.id);
            }},
        {"unit",
            [](auto &s) {
                return std::make_unique<UnitDialog>(*s.session);
            }},
        {"site",
            [](auto &s) {
                return std::make_unique<SiteDialog>(*s.session);
            }},
        {"first-run",
            [](auto &s) {
                return std::make_unique<FirstRunDialog>(*s.session);
            }},
        {"sign-in",
            [](auto &s) {
                return std::make_unique<SignInDialog>(*s.session);
            }},
        {"lock",
            [](auto &s) {
                return std::make_unique<LockDialog>(*s.session);
            }},
        {"help",
            [](auto &) {
                return std::make_unique<HelpDialog>();
            }},
        {"about",
            [](auto &) {
                return std::make_unique<AboutDialog>();
            }},
        {"evidence-link",
            [](auto &s) {
                return std::make_unique<EvidenceLinkDialog>(*s.session, s.inspection.id, QStringLiteral("2"));
            }},
        {"evidence-import",
            [](auto &s) {
                return std::make_unique<EvidenceImportDialog>(*s.session, s.inspection.id);
            }},
        {"capture",
            [](auto &s) {
                return std::make_unique<CaptureDialog>(*s.session, s.inspection.id);
            }},
        {"verify-record",
            [](auto &s) {
                return std::make_unique<VerifyRecordDialog>(*s.session);
            }},
        {"officers",
            [](auto &s) {
                return std::make_unique<OfficersDialog>(*s.session);
            }},
    };
    return list;
}

// A widget inside a scroll area's viewport may reach beyond what shows: it scrolls.
bool scrolls(QWidget *w, QWidget *top)
{
    for (QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return true;
    return false;
}

// The visible widgets that reach beyond the window, with where they are.
QStringList cutOff(QWidget *top)
{
    QStringList problems;
    const QList<QWidget *> children = top->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->isWindow() || !w->isVisibleTo(top) || scrolls(w, top))
            continue;
        const QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
        if (!top->rect().contains(r))
            problems << QStringLiteral("%1 (%2) at %3,%4 %5×%6 outside %7×%8")
                            .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                            .arg(r.x())
                            .arg(r.y())
                            .arg(r.width())
                            .arg(r.height())
                            .arg(top->width())
                            .arg(top->height());
    }
    return problems;
}

QString sizeText(const QSize &s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Under QT_SCALE_FACTOR the run is only worth something if the factor took effect.
        bool ok = false;
        const double factor = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&ok);
        if (ok)
            QCOMPARE(qApp->devicePixelRatio(), factor);
        qInfo() << "device pixel ratio" << qApp->devicePixelRatio();
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), WorkArea);
    }

    void theCheckSeesACutOffWidget()
    {
        QWidget top;
        top.resize(200, 100);
        auto *inside = new QWidget(&top);
        inside->setGeometry(10, 10, 50, 50);
        QVERIFY(cutOff(&top).isEmpty());
        auto *beyond = new QWidget(&top);
        beyond->setObjectName(QStringLiteral("beyond"));
        beyond->setGeometry(150, 10, 100, 50);
        const QStringList problems = cutOff(&top);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("beyond")));
    }

    void theFirstStartFitsTheScreen()
    {
        // No remembered geometry: the designed 1200×720 and a title bar would not fit 1366×728.
        UiInspectionSetup s;
        QVERIFY(s.setUp());
        MainWindow window(*s.session);
        QVERIFY2(window.width() <= Available.width() && window.height() <= Available.height(),
            qPrintable(sizeText(window.size())));
        QVERIFY(window.width() >= 1000); // still the designed width where there is room
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(cutOff(&window).isEmpty());
    }
    void cleanupTestCase() { Translator::install(QStringLiteral("en")); }

    void fitsA1366x768Screen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("screen");
        for (const char *language : {"zh_CN", "en"})
            for (int i = 0; i < screens().size(); ++i)
                QTest::addRow("%s %s", language, screens().at(i).first) << QString::fromLatin1(language) << i;
    }

    void fitsA1366x768Screen()
    {
        QFETCH(QString, language);
        QFETCH(int, screen);
        QVERIFY(Translator::install(language));
        UiInspectionSetup s;
        QVERIFY(s.setUp());
        QVERIFY(s.walkthroughWithTwoFindings()); // proposals for the outcome, a summary for completion
        QVERIFY(s.session->signIn(QStringLiteral("012345"), QString()));
        const std::unique_ptr<QWidget> w = screens().at(screen).second(s);
        QVERIFY(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));

        const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
        qInfo().noquote() << screens().at(screen).first << language << "minimum" << sizeText(minimum) << "hint"
                          << sizeText(w->sizeHint());
        QVERIFY2(minimum.width() <= Available.width() && minimum.height() <= Available.height(),
            qPrintable(QStringLiteral("needs at least %1, a 1366×768 screen offers %2")
                    .arg(sizeText(minimum), sizeText(Available))));

        // As large as it would like on that screen, and as small as it can be: nothing cut off.
        for (const QSize &size : {w->sizeHint().boundedTo(Available).expandedTo(minimum), minimum}) {
            w->resize(size);
            QTRY_COMPARE(w->size(), size);
            QCoreApplication::processEvents();
            const QStringList problems = cutOff(w.get());
            QVERIFY2(problems.isEmpty(), qPrintable(sizeText(size) + QStringLiteral(": ") + problems.join(u'\n')));
        }
    }
};

int main(int argc, char **argv)
{
    // Before QApplication: the platform reads its screen from the file.
    bool scaled = false;
    const double factor = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&scaled);
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/psv-screen-XXXXXX.json"));
    if (!config.open() || config.write(screenConfiguration(scaled ? factor : 1.0)) < 0 || !config.flush())
        return 3;
    const QByteArray platform = "offscreen:configfile=" + config.fileName().toLocal8Bit();
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestScreenFit.moc"
