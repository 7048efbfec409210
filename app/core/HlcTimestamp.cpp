#include "HlcTimestamp.h"

namespace psv {

namespace {
constexpr qsizetype kWallDigits = 16;
constexpr qsizetype kEarlierWallDigits = 13; // bundles written before the one text form
} // namespace

QString HlcTimestamp::toString() const
{
    if (isNull())
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(deviceId);
}

bool HlcTimestamp::isValidDeviceId(const QString &deviceId)
{
    if (deviceId.isEmpty() || deviceId.size() > 32)
        return false;
    for (qsizetype i = 0; i < deviceId.size(); ++i) {
        const char16_t c = deviceId.at(i).unicode();
        const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        if (!alnum && (i == 0 || (c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

std::optional<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    // 16 (or 13) digits, '-', 5 digits, '-', device id
    const qsizetype w = text.size() > kWallDigits && text.at(kWallDigits) == u'-' ? kWallDigits : kEarlierWallDigits;
    if (text.size() < w + 1 + 5 + 1 + 1 || text.at(w) != u'-' || text.at(w + 6) != u'-')
        return std::nullopt;
    const auto digits = [&](qsizetype from, qsizetype n) {
        for (qsizetype i = from; i < from + n; ++i) {
            if (text.at(i) < u'0' || text.at(i) > u'9')
                return false;
        }
        return true;
    };
    if (!digits(0, w) || !digits(w + 1, 5))
        return std::nullopt;
    HlcTimestamp t;
    t.wallMs = QStringView(text).first(w).toLongLong();
    t.counter = QStringView(text).sliced(w + 1, 5).toInt();
    t.deviceId = text.sliced(w + 7);
    if (!isValidDeviceId(t.deviceId) || t.wallMs > MaxWallMs)
        return std::nullopt;
    return t;
}

} // namespace psv
