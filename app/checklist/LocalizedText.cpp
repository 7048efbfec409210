#include "LocalizedText.h"

#include "Translator.h"

namespace psv {

QString LocalizedText::text(const QString &language) const
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    const QString &first = chinese ? zh : en;
    return first.isEmpty() ? (chinese ? en : zh) : first;
}

QString LocalizedText::text() const
{
    return text(Translator::current());
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("zh")).toString(), o.value(QLatin1String("en")).toString()};
}

} // namespace psv
