// Test helpers: read and change a JSON document at a JSON pointer (RFC 6901).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>

namespace jsonptr {

inline QStringList tokens(const QString &pointer)
{
    QStringList t = pointer.split(u'/');
    t.removeFirst();
    for (QString &s : t)
        s.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return t;
}

// Applies `change` to the value at `pointer` (which may not exist yet) and returns the new document.
// `change` returns the new value, or an undefined QJsonValue to remove it.
inline QJsonValue edit(
    const QJsonValue &root, const QStringList &path, const std::function<QJsonValue(const QJsonValue &)> &change)
{
    if (path.isEmpty())
        return change(root);
    const QString head = path.first();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        const QJsonValue v = edit(a.at(i), path.mid(1), change);
        if (v.isUndefined())
            a.removeAt(i);
        else if (i >= a.size())
            a.append(v);
        else
            a[i] = v;
        return a;
    }
    QJsonObject o = root.toObject();
    const QJsonValue v = edit(o.value(head), path.mid(1), change);
    if (v.isUndefined())
        o.remove(head);
    else
        o.insert(head, v);
    return o;
}

inline QJsonObject edit(
    const QJsonObject &root, const QString &pointer, const std::function<QJsonValue(const QJsonValue &)> &change)
{
    return edit(QJsonValue(root), tokens(pointer), change).toObject();
}
inline QJsonObject remove(const QJsonObject &root, const QString &pointer)
{
    return edit(root, pointer, [](const QJsonValue &) { return QJsonValue(QJsonValue::Undefined); });
}
inline QJsonObject set(const QJsonObject &root, const QString &pointer, const QJsonValue &value)
{
    return edit(root, pointer, [value](const QJsonValue &) { return value; });
}

} // namespace jsonptr
