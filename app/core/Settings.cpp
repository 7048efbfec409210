#include "Settings.h"

#include <QDir>

namespace psv {

namespace {
struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant def;
};

const Entry &entry(Settings::Key key)
{
    static const Entry table[] = {
        {Settings::Key::UiLanguage, "ui/language", QStringLiteral("zh_CN")},
        {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Settings::Key::OrganName, "organ/name", QString()},
        {Settings::Key::DeviceId, "device/id", QString()},
        {Settings::Key::IdleLockMinutes, "security/idleLockMinutes", 10},
        {Settings::Key::RepeatInspectionDays, "inspection/repeatWarningDays", 30},
        {Settings::Key::ClockSkewMinutes, "evidence/clockSkewMinutes", 10},
        {Settings::Key::MakeUpDaysAreWorkdays, "calendar/makeUpDaysAreWorkdays", true},
        {Settings::Key::LastInspectionId, "walkthrough/lastInspection", QString()},
        {Settings::Key::LastInspectionItem, "walkthrough/lastItem", QString()},
        {Settings::Key::ReinspectionSoonDays, "reinspection/soonWorkingDays", 3},
    };
    for (const Entry &e : table)
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}
} // namespace

Settings::Settings(const QString &dataDir)
    : m_settings(
          std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}
QVariant Settings::defaultValue(Key key)
{
    return entry(key).def;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
    m_settings->sync();
}

void Settings::sync()
{
    m_settings->sync();
}
QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace psv
