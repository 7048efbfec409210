#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace psv {

// Reads the view-model JSON of records and notices field by field. A missing key reads as empty
// (the renderer prints "/" for it); a value of the wrong type is an error naming its JSON path
// ("/items/3/text"). The first error is kept and later reads do nothing.
class RecordJsonReader
{
public:
    explicit RecordJsonReader(QJsonObject object, QString path = {});

    // The top-level object of a JSON document, or an error saying where it stopped parsing.
    static Result<QJsonObject> parseObject(const QByteArray &json);
    static bool isSha256Hex(const QString &s); // 64 lowercase hex digits

    QString string(const QString &key);
    bool boolean(const QString &key);
    QStringList strings(const QString &key);
    // Calls read(child) for every element of an array of objects.
    void objects(const QString &key, const std::function<void(RecordJsonReader &)> &read);
    // Calls read(child) for a nested object (a missing key reads as an empty object).
    void object(const QString &key, const std::function<void(RecordJsonReader &)> &read);
    // A string that must be one of allowed (an empty or missing value gives fallback).
    QString code(const QString &key, const QStringList &allowed, const QString &fallback);

    // Records an error for key unless one is recorded already.
    void fail(const QString &key, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    QJsonValue take(const QString &key, QJsonValue::Type type, const QString &expected);
    QString at(const QString &key) const { return m_path + u'/' + key; }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace psv
