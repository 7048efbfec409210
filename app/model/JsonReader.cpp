#include "JsonReader.h"

#include "IsoTime.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace psv {

JsonReader::JsonReader(QJsonObject object, QString where) : m_object(std::move(object)), m_where(std::move(where)) { }

void JsonReader::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    fail(makeError(message, path(key)));
}

bool JsonReader::present(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QCoreApplication::translate("JsonReader", "The field is missing; it is required."));
        return false;
    }
    return true;
}

void JsonReader::wrongType(const QString &key, const QString &expected)
{
    fail(key, QCoreApplication::translate("JsonReader", "The field has the wrong type; expected %1.").arg(expected));
}

QString JsonReader::string(const QString &key, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        wrongType(key, QCoreApplication::translate("JsonReader", "a string"));
        return {};
    }
    if (required && v.toString().trimmed().isEmpty())
        fail(key, QCoreApplication::translate("JsonReader", "The field is empty; it is required."));
    return v.toString();
}

QStringList JsonReader::stringList(const QString &key)
{
    QStringList out;
    if (!present(key, false))
        return out;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        wrongType(key, QCoreApplication::translate("JsonReader", "an array of strings"));
        return out;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            wrongType(key, QCoreApplication::translate("JsonReader", "an array of strings"));
            return {};
        }
        out << e.toString();
    }
    return out;
}

QDate JsonReader::date(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDate d = IsoTime::parseDate(s);
    if (!d.isValid())
        fail(key, QCoreApplication::translate("JsonReader", "'%1' is not a date; expected YYYY-MM-DD.").arg(s));
    return d;
}

QDateTime JsonReader::time(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDateTime t = IsoTime::parseTime(s);
    if (!t.isValid())
        fail(key,
            QCoreApplication::translate("JsonReader",
                "'%1' is not a time; expected ISO 8601 with a time zone, e.g. "
                "2026-03-01T08:15:00Z.")
                .arg(s));
    return t;
}

std::optional<qint64> JsonReader::integer(const QString &key, bool required)
{
    if (!present(key, required))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::trunc(d) || std::fabs(d) > 9007199254740991.0) {
        wrongType(key, QCoreApplication::translate("JsonReader", "an integer"));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<double> JsonReader::number(const QString &key)
{
    if (!present(key, false))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        wrongType(key, QCoreApplication::translate("JsonReader", "a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

bool JsonReader::boolean(const QString &key, bool defaultValue)
{
    if (!present(key, false))
        return defaultValue;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        wrongType(key, QCoreApplication::translate("JsonReader", "true or false"));
        return defaultValue;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(const QString &key)
{
    if (!present(key, false))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        wrongType(key, QCoreApplication::translate("JsonReader", "an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key)
{
    if (!present(key, false))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        wrongType(key, QCoreApplication::translate("JsonReader", "an array"));
        return {};
    }
    return v.toArray();
}

} // namespace psv
