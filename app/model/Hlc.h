#pragma once

#include <QString>

namespace psv {

// Hybrid logical clock (Kulkarni et al. 2014): wall-clock milliseconds plus a counter, never going
// backwards on one device even when the clock does, and advanced past any clock received from
// another device. Its text form sorts in clock order:
//   "0001767225600000-00000-A7F3" (16-digit ms, 5-digit counter, device id).
struct Hlc
{
    qint64 ms = 0;
    int counter = 0;
    QString device;

    bool isNull() const { return ms == 0 && counter == 0; }
    QString toString() const;
    static Hlc parse(const QString &text); // null on error
    // The next local stamp after *this at wall time nowMs.
    Hlc tick(qint64 nowMs, const QString &device) const;
    // The next local stamp after *this and a remote stamp (on receiving a change).
    Hlc receive(const Hlc &remote, qint64 nowMs, const QString &device) const;
    friend bool operator<(const Hlc &a, const Hlc &b)
    {
        if (a.ms != b.ms)
            return a.ms < b.ms;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        return a.device < b.device;
    }
};

} // namespace psv
