#pragma once

#include "Codes.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace psv {

// Reads the fields of a JSON object with type checks, for the fromJson() of every value type.
// The first problem is kept with its location ("unit/type") and what was expected; later reads
// return defaults, so that a fromJson() reads everything and checks ok() once at the end.
class JsonReader
{
public:
    JsonReader(QJsonObject object, QString where);

    QString string(const QString &key, bool required = false);
    QStringList stringList(const QString &key);
    QDate date(const QString &key, bool required = false);
    QDateTime time(const QString &key, bool required = false);
    std::optional<qint64> integer(const QString &key, bool required = false);
    std::optional<double> number(const QString &key);
    bool boolean(const QString &key, bool defaultValue);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);

    template<typename E> E code(const QString &key, E defaultValue, bool required = true)
    {
        const QString s = string(key, required);
        if (s.isEmpty() || !ok())
            return defaultValue;
        auto r = parseCode<E>(s, path(key));
        if (!r.ok()) {
            fail(r.error());
            return defaultValue;
        }
        return r.value();
    }

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error {}); }
    QString path(const QString &key) const { return m_where + u'/' + key; }
    void fail(const Error &error);
    void fail(const QString &key, const QString &message);

private:
    bool present(const QString &key, bool required);
    void wrongType(const QString &key, const QString &expected);

    QJsonObject m_object;
    QString m_where;
    std::optional<Error> m_error;
};

} // namespace psv
