#include "Hlc.h"

#include <QStringList>

#include <algorithm>

namespace psv {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(ms, 16, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(device);
}

Hlc Hlc::parse(const QString &text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() != 3 || parts[0].size() != 16 || parts[1].size() != 5)
        return {};
    bool ok1 = false, ok2 = false;
    Hlc h {parts[0].toLongLong(&ok1), parts[1].toInt(&ok2), parts[2]};
    return ok1 && ok2 ? h : Hlc {};
}

Hlc Hlc::tick(qint64 nowMs, const QString &dev) const
{
    if (nowMs > ms)
        return Hlc {nowMs, 0, dev};
    return Hlc {ms, counter + 1, dev};
}

Hlc Hlc::receive(const Hlc &remote, qint64 nowMs, const QString &dev) const
{
    const qint64 top = std::max({ms, remote.ms, nowMs});
    int c = 0;
    if (top == ms && top == remote.ms)
        c = std::max(counter, remote.counter) + 1;
    else if (top == ms)
        c = counter + 1;
    else if (top == remote.ms)
        c = remote.counter + 1;
    return Hlc {top, c, dev};
}

} // namespace psv
