// The facts table (tests/data/facts/holidays-cn-2024-2026.md) read on its own,
// without psv_calendar, and the default counting rule (DeadlineCalculator.h) written out plainly: the
// oracle the calendar code is compared with.
#pragma once

#include <QDate>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QString>

struct FactsDay
{
    bool work = false;
    QString weekday; // "周一" …
    QString name;
};

inline QMap<QDate, FactsDay> readFacts()
{
    QMap<QDate, FactsDay> days;
    QFile f(QStringLiteral(PSV_SOURCE_DIR "/tests/data/facts/holidays-cn-2024-2026.md"));
    if (!f.open(QIODevice::ReadOnly))
        return days;
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s+(off|work)\\s+(\\S+)\\s+(\\S.*)$"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QRegularExpressionMatch m = re.match(line.trimmed());
        if (m.hasMatch())
            days.insert(QDate::fromString(m.captured(1), Qt::ISODate),
                {m.captured(2) == QLatin1String("work"), m.captured(3), m.captured(4).trimmed()});
    }
    return days;
}

// The oracle: working day per the facts file for 2024–2026 (make-up days as working days unless
// makeUpOff), Monday–Friday for any other year.
class FactsOracle
{
public:
    explicit FactsOracle(bool makeUpOff = false) : m_days(readFacts()), m_makeUpOff(makeUpOff) { }

    bool covered(const QDate &d) const { return d.year() >= 2024 && d.year() <= 2026; }
    bool working(const QDate &d) const
    {
        const auto it = m_days.constFind(d);
        if (it != m_days.constEnd())
            return it->work && !m_makeUpOff;
        return d.dayOfWeek() <= 5;
    }
    // The n-th working day after `from`; sets *provisional when a day walked is outside 2024–2026.
    QDate nth(const QDate &from, int n, bool *provisional = nullptr) const
    {
        QDate d = from;
        while (n > 0) {
            d = d.addDays(1);
            if (provisional && !covered(d))
                *provisional = true;
            if (working(d))
                --n;
        }
        return d;
    }
    QDate onOrAfter(const QDate &date, bool *provisional = nullptr) const
    {
        QDate d = date;
        for (;; d = d.addDays(1)) {
            if (provisional && !covered(d))
                *provisional = true;
            if (working(d))
                return d;
        }
    }
    const QMap<QDate, FactsDay> &days() const { return m_days; }

private:
    QMap<QDate, FactsDay> m_days;
    bool m_makeUpOff;
};
