#include "HlcTimestamp.h"

namespace psv {

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
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
    // 13 digits, '-', 5 digits, '-', device id
    if (text.size() < 13 + 1 + 5 + 1 + 1 || text.at(13) != u'-' || text.at(19) != u'-')
        return std::nullopt;
    const auto digits = [&](qsizetype from, qsizetype n) {
        for (qsizetype i = from; i < from + n; ++i) {
            if (text.at(i) < u'0' || text.at(i) > u'9')
                return false;
        }
        return true;
    };
    if (!digits(0, 13) || !digits(14, 5))
        return std::nullopt;
    HlcTimestamp t;
    t.wallMs = QStringView(text).first(13).toLongLong();
    t.counter = QStringView(text).sliced(14, 5).toInt();
    t.deviceId = text.sliced(20);
    if (!isValidDeviceId(t.deviceId))
        return std::nullopt;
    return t;
}

} // namespace psv
