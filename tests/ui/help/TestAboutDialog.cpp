#include "AboutDialog.h"
#include "AppInfo.h"

#include <QLabel>
#include <QTest>

using namespace psv;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionsAndLicences()
    {
        ui::AboutDialog dialog;
        const auto *components = dialog.findChild<QLabel *>(QStringLiteral("componentsLabel"));
        QVERIFY(components);
        const QString text = components->text();
        for (const QString &needle : {AppInfo::qtVersion(), AppInfo::kArchiveVersion(), AppInfo::openSslVersion(),
                 QStringLiteral("LGPL-3.0"), QStringLiteral("Apache-2.0")})
            QVERIFY2(text.contains(needle), qPrintable(needle));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("titleLabel"))->text().contains(AppInfo::version()));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
