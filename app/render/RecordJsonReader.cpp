#include "RecordJsonReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace psv {

RecordJsonReader::RecordJsonReader(QJsonObject object, QString path)
    : m_object(std::move(object)), m_path(std::move(path))
{
}

Result<QJsonObject> RecordJsonReader::parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QCoreApplication::translate("RecordJsonReader", "The text is not valid JSON: %1 at byte %2.")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return makeError(
            QCoreApplication::translate("RecordJsonReader", "The JSON document must be an object ({...})."));
    return doc.object();
}

bool RecordJsonReader::isSha256Hex(const QString &s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(
        s.begin(), s.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

QJsonValue RecordJsonReader::take(const QString &key, QJsonValue::Type type, const QString &expected)
{
    if (!ok())
        return {};
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.type() != type) {
        fail(key,
            QCoreApplication::translate("RecordJsonReader", "The value has the wrong type; expected %1.")
                .arg(expected));
        return {};
    }
    return v;
}

void RecordJsonReader::fail(const QString &key, const QString &message)
{
    if (ok())
        m_error = makeError(message, at(key), 1);
}

QString RecordJsonReader::string(const QString &key)
{
    return take(key, QJsonValue::String, QCoreApplication::translate("RecordJsonReader", "a string"))
        .toString()
        .trimmed();
}

bool RecordJsonReader::boolean(const QString &key)
{
    return take(key, QJsonValue::Bool, QCoreApplication::translate("RecordJsonReader", "true or false")).toBool();
}

QStringList RecordJsonReader::strings(const QString &key)
{
    const QJsonArray array
        = take(key, QJsonValue::Array, QCoreApplication::translate("RecordJsonReader", "an array of strings"))
              .toArray();
    QStringList out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(key + u'/' + QString::number(i),
                QCoreApplication::translate("RecordJsonReader", "The value has the wrong type; expected %1.")
                    .arg(QCoreApplication::translate("RecordJsonReader", "a string")));
            return {};
        }
        const QString s = array.at(i).toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

void RecordJsonReader::objects(const QString &key, const std::function<void(RecordJsonReader &)> &read)
{
    const QJsonArray array
        = take(key, QJsonValue::Array, QCoreApplication::translate("RecordJsonReader", "an array of objects"))
              .toArray();
    for (qsizetype i = 0; i < array.size() && ok(); ++i) {
        const QString childKey = key + u'/' + QString::number(i);
        if (!array.at(i).isObject()) {
            fail(childKey,
                QCoreApplication::translate("RecordJsonReader", "The value has the wrong type; expected %1.")
                    .arg(QCoreApplication::translate("RecordJsonReader", "an object")));
            return;
        }
        RecordJsonReader child(array.at(i).toObject(), at(childKey));
        read(child);
        if (!child.ok())
            m_error = child.error();
    }
}

void RecordJsonReader::object(const QString &key, const std::function<void(RecordJsonReader &)> &read)
{
    const QJsonObject o
        = take(key, QJsonValue::Object, QCoreApplication::translate("RecordJsonReader", "an object")).toObject();
    if (!ok())
        return;
    RecordJsonReader child(o, at(key));
    read(child);
    if (!child.ok())
        m_error = child.error();
}

QString RecordJsonReader::code(const QString &key, const QStringList &allowed, const QString &fallback)
{
    const QString v = string(key);
    if (v.isEmpty())
        return fallback;
    if (!allowed.contains(v)) {
        fail(key,
            QCoreApplication::translate("RecordJsonReader", "'%1' is not a known value; expected one of: %2.")
                .arg(v, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return v;
}

} // namespace psv
