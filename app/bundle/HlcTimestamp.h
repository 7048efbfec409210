#pragma once

#include <QMap>
#include <QString>

#include <compare>
#include <optional>

namespace psv {

// One hybrid-logical-clock reading: physical milliseconds since the epoch (UTC), a logical
// counter that orders events within the same millisecond, and the device that made it (the
// tie-breaker, so that two devices never produce equal stamps).
//
// String form "WWWWWWWWWWWWW-CCCCC-DEVICE": 13 decimal digits of milliseconds, 5 of counter,
// then the device id. The numeric parts are fixed-width, so comparing two strings with
// QString::compare gives the same order as comparing the stamps.
struct HlcTimestamp
{
    static constexpr qint64 MaxWallMs = 9'999'999'999'999; // 13 digits: year 2286
    static constexpr int MaxCounter = 99'999; // 5 digits

    qint64 wallMs = 0;
    int counter = 0;
    QString deviceId;

    bool isNull() const { return deviceId.isEmpty(); }
    QString toString() const;
    // Strict: exactly the form toString() writes, with a valid device id; nullopt otherwise.
    static std::optional<HlcTimestamp> parse(const QString &text);
    // Device ids: 1–32 of A–Z a–z 0–9 _ -, starting with a letter or digit (e.g. "A7F3").
    static bool isValidDeviceId(const QString &deviceId);

    friend bool operator==(const HlcTimestamp &a, const HlcTimestamp &b)
    {
        return a.wallMs == b.wallMs && a.counter == b.counter && a.deviceId == b.deviceId;
    }
    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b)
    {
        if (auto c = a.wallMs <=> b.wallMs; c != 0)
            return c;
        if (auto c = a.counter <=> b.counter; c != 0)
            return c;
        const int d = QString::compare(a.deviceId, b.deviceId, Qt::CaseSensitive);
        return d < 0 ? std::strong_ordering::less
                     : (d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
};

// Per-field stamps: field name → stamp of its last change (unit and site records).
using FieldStamps = QMap<QString, HlcTimestamp>;

} // namespace psv
