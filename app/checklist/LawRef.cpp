#include "LawRef.h"

namespace psv {

bool LawRef::covers(const LawRef &other) const
{
    if (law != other.law || article != other.article)
        return false;
    if (paragraph != 0 && paragraph != other.paragraph)
        return false;
    return item == 0 || item == other.item;
}

QString LawRef::chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n > 999)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    QString out;
    const int hundreds = n / 100, tens = (n / 10) % 10, ones = n % 10;
    if (hundreds) {
        out += digits.at(hundreds) + QStringLiteral("百");
        if (tens == 0 && ones != 0)
            out += digits.at(0);
    }
    if (tens) {
        if (tens > 1 || hundreds)
            out += digits.at(tens);
        out += QStringLiteral("十");
    }
    if (ones)
        out += digits.at(ones);
    return out;
}

QString LawRef::provisionText(const QString &language) const
{
    if (language.startsWith(QLatin1String("zh"))) {
        QString s = QStringLiteral("第") + chineseNumber(article) + QStringLiteral("条");
        if (paragraph)
            s += QStringLiteral("第") + chineseNumber(paragraph) + QStringLiteral("款");
        if (item)
            s += QStringLiteral("第（") + chineseNumber(item) + QStringLiteral("）项");
        return s;
    }
    QString s = QStringLiteral("Art. ") + QString::number(article);
    if (paragraph)
        s += QStringLiteral(" ¶") + QString::number(paragraph);
    if (item)
        s += QStringLiteral(" item ") + QString::number(item);
    return s;
}

LawRef LawRef::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("law")).toString(), o.value(QLatin1String("article")).toInt(),
        o.value(QLatin1String("paragraph")).toInt(), o.value(QLatin1String("item")).toInt()};
}

QList<LawRef> LawRef::listFromJson(const QJsonValue &value)
{
    QList<LawRef> refs;
    for (const QJsonValue &v : value.toArray())
        refs << fromJson(v);
    return refs;
}

QJsonObject LawRef::toJson() const
{
    QJsonObject o {{QStringLiteral("law"), law}, {QStringLiteral("article"), article}};
    if (paragraph)
        o.insert(QStringLiteral("paragraph"), paragraph);
    if (item)
        o.insert(QStringLiteral("item"), item);
    return o;
}

QJsonArray LawRef::listToJson(const QList<LawRef> &refs)
{
    QJsonArray a;
    for (const LawRef &r : refs)
        a.append(r.toJson());
    return a;
}

} // namespace psv
