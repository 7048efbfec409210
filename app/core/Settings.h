#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace psv {

// All settings keys in one table (name + default) instead of a getter/setter per key.
// Stored as INI in the data directory, so a --data-dir holds everything a device has.
class Settings
{
public:
    enum class Key {
        UiLanguage, // "zh_CN" (default) or "en"
        MainWindowGeometry,
        MainWindowState,
        OrganName, // issuing organ printed on records and notices
        DeviceId, // short device prefix for inspection numbers
        IdleLockMinutes,
        RepeatInspectionDays, // 规定 Art. 17: warn when a site was inspected within this many days
        ClockSkewMinutes, // evidence preselection tolerance
        MakeUpDaysAreWorkdays,
        LastInspectionId, // the inspection open in the walkthrough when the app last closed or crashed
        LastInspectionItem, // and its current item key (written on every move)
        ReinspectionSoonDays, // re-inspections view: "due in the next N working days" (default 3)
    };

    explicit Settings(const QString &dataDir);
    ~Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void sync();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace psv
