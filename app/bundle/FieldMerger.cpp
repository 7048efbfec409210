#include "FieldMerger.h"

#include <QSet>

#include <algorithm>

namespace psv {

namespace {

QJsonValue valueOf(const QJsonObject &o, const QString &field)
{
    const auto it = o.constFind(field);
    return it == o.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
}

HlcTimestamp stampOf(const FieldStamps &s, const QString &field)
{
    return s.value(field);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    // Undefined (absent) equals only absent; QJsonValue treats Undefined == Undefined.
    if (a.isUndefined() || b.isUndefined())
        return a.isUndefined() && b.isUndefined();
    return a == b;
}

bool changed(const VersionedFields &side, const std::optional<VersionedFields> &base, const QString &field)
{
    const QJsonValue v = valueOf(side.values, field);
    if (!base)
        return !v.isUndefined() || !stampOf(side.stamps, field).isNull();
    if (!sameValue(v, valueOf(base->values, field)))
        return true;
    const HlcTimestamp s = stampOf(side.stamps, field);
    return !s.isNull() && s > stampOf(base->stamps, field);
}

void put(FieldMergeResult &r, const QString &field, const QJsonValue &v, const HlcTimestamp &stamp)
{
    if (v.isUndefined())
        r.merged.remove(field);
    else
        r.merged.insert(field, v);
    if (stamp.isNull())
        r.stamps.remove(field);
    else
        r.stamps.insert(field, stamp);
}

} // namespace

FieldMergeResult FieldMerger::merge(
    const std::optional<VersionedFields> &base, const VersionedFields &local, const VersionedFields &remote)
{
    QSet<QString> names;
    for (const QJsonObject *o : {&local.values, &remote.values})
        for (auto it = o->constBegin(); it != o->constEnd(); ++it)
            names.insert(it.key());
    for (const FieldStamps *s : {&local.stamps, &remote.stamps})
        for (auto it = s->constBegin(); it != s->constEnd(); ++it)
            names.insert(it.key());
    if (base)
        for (auto it = base->values.constBegin(); it != base->values.constEnd(); ++it)
            names.insert(it.key());
    QStringList fields(names.cbegin(), names.cend());
    std::sort(fields.begin(), fields.end());

    FieldMergeResult r;
    r.merged = local.values;
    r.stamps = local.stamps;
    for (const QString &f : std::as_const(fields)) {
        const bool l = changed(local, base, f);
        const bool m = changed(remote, base, f);
        const QJsonValue lv = valueOf(local.values, f);
        const QJsonValue rv = valueOf(remote.values, f);
        const HlcTimestamp ls = stampOf(local.stamps, f);
        const HlcTimestamp rs = stampOf(remote.stamps, f);
        if (!l && !m)
            continue;
        if (l && !m) {
            r.keptLocal << f;
        } else if (!l && m) {
            put(r, f, rv, rs);
            r.takenFromRemote << f;
        } else if (sameValue(lv, rv)) {
            put(r, f, lv, std::max(ls, rs));
            r.converged << f;
        } else {
            FieldConflict c {f, base ? valueOf(base->values, f) : QJsonValue(QJsonValue::Undefined), lv, rv, ls, rs};
            r.conflicts << c;
            if (rs > ls)
                put(r, f, rv, rs);
        }
    }
    r.localChanged = r.merged != local.values || r.stamps != local.stamps;
    return r;
}

} // namespace psv
