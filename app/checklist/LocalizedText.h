#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace psv {

// A text a user sees, in Chinese (authoritative) and English (working translation).
struct LocalizedText
{
    QString zh;
    QString en;

    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    // "zh" for any Chinese language code (zh, zh_CN), else English; falls back to the other text when empty.
    QString text(const QString &language) const;
    QString text() const; // in the installed UI language (psv::Translator::current())

    static LocalizedText fromJson(const QJsonValue &value);
    QJsonObject toJson() const { return {{QStringLiteral("zh"), zh}, {QStringLiteral("en"), en}}; }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace psv
