#include "ChecklistRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace psv {

namespace {

using Issue = ChecklistSchema::Issue;

QString at(const QString &pointer, const QString &key)
{
    return pointer + u'/' + ChecklistSchema::escapePointerToken(key);
}
QString at(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInt());
}

// Every object with a "law" member is a law reference; it must name a law listed in "laws".
void checkLawRefs(
    const QJsonValue &v, const QString &pointer, const QSet<QString> &laws, const QString &lawList, QList<Issue> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QJsonValue law = o.value(QLatin1String("law"));
        if (law.isString() && !laws.contains(law.toString()))
            out << Issue {at(pointer, QStringLiteral("law")),
                QCoreApplication::translate(
                    "ChecklistRules", "the law \"%1\" is not listed in \"laws\"; expected one of: %2")
                    .arg(law.toString(), lawList)};
        for (auto it = o.begin(); it != o.end(); ++it)
            checkLawRefs(it.value(), at(pointer, it.key()), laws, lawList, out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkLawRefs(a.at(i), at(pointer, i), laws, lawList, out);
    }
}

// Values of `key` in the objects of `array` must differ; reports each repetition at its own place.
void checkUnique(
    const QJsonArray &array, const QString &pointer, const QString &key, const QString &what, QList<Issue> &out)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i).toObject().value(key);
        if (!v.isString() && !isWholeNumber(v))
            continue;
        const QString value = v.isString() ? v.toString() : QString::number(v.toInt());
        if (seen.contains(value))
            out << Issue {at(at(pointer, i), key),
                QCoreApplication::translate(
                    "ChecklistRules", "%1 \"%2\" is used twice (also at %3); each must be different")
                    .arg(what, value, at(at(pointer, seen.value(value)), key))};
        else
            seen.insert(value, i);
    }
}

void checkDate(const QJsonValue &v, const QString &pointer, QList<Issue> &out)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (v.isString() && shape.match(v.toString()).hasMatch() && !QDate::fromString(v.toString(), Qt::ISODate).isValid())
        out << Issue {pointer,
            QCoreApplication::translate(
                "ChecklistRules", "\"%1\" is not a real calendar date; expected a date written YYYY-MM-DD")
                .arg(v.toString())};
}

void checkItems(const QJsonArray &items, QList<Issue> &out)
{
    const QString itemsPtr = QStringLiteral("/items");
    checkUnique(items, itemsPtr, QStringLiteral("number"),
        QCoreApplication::translate("ChecklistRules", "the item number"), out);
    QList<int> numbers;
    bool allNumbered = true;
    for (const QJsonValue &v : items) {
        const QJsonValue n = v.toObject().value(QLatin1String("number"));
        allNumbered = allNumbered && isWholeNumber(n);
        numbers << n.toInt();
    }
    if (allNumbered && QSet<int>(numbers.begin(), numbers.end()).size() == numbers.size()) {
        QStringList missing;
        for (int n = 1; n <= int(items.size()); ++n)
            if (!numbers.contains(n))
                missing << QString::number(n);
        if (!missing.isEmpty())
            out << Issue {itemsPtr,
                QCoreApplication::translate(
                    "ChecklistRules", "the items must be numbered 1 to %1 without gaps; missing: %2")
                    .arg(items.size())
                    .arg(missing.join(QStringLiteral(", ")))};
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        checkUnique(item.value(QLatin1String("observations")).toArray(),
            at(at(itemsPtr, i), QStringLiteral("observations")), QStringLiteral("key"),
            QCoreApplication::translate("ChecklistRules", "the observation key"), out);
        checkUnique(item.value(QLatin1String("findings")).toArray(), at(at(itemsPtr, i), QStringLiteral("findings")),
            QStringLiteral("key"), QCoreApplication::translate("ChecklistRules", "the finding key"), out);
    }
}

void checkFocusNumbers(
    const QJsonArray &numbers, const QString &pointer, const QSet<int> &existing, int count, QList<Issue> &out)
{
    for (qsizetype i = 0; i < numbers.size(); ++i)
        if (isWholeNumber(numbers.at(i)) && !existing.contains(numbers.at(i).toInt()))
            out << Issue {at(pointer, i),
                QCoreApplication::translate(
                    "ChecklistRules", "there is no item %1 in this checklist; expected an item number from 1 to %2")
                    .arg(numbers.at(i).toInt())
                    .arg(count)};
}

} // namespace

QList<Issue> ChecklistRules::check(const QJsonObject &doc)
{
    QList<Issue> out;
    const QJsonArray laws = doc.value(QLatin1String("laws")).toArray();
    checkUnique(laws, QStringLiteral("/laws"), QStringLiteral("id"),
        QCoreApplication::translate("ChecklistRules", "the law id"), out);
    QSet<QString> lawIds;
    for (const QJsonValue &l : laws)
        if (l.toObject().value(QLatin1String("id")).isString())
            lawIds.insert(l.toObject().value(QLatin1String("id")).toString());
    QStringList sortedIds(lawIds.begin(), lawIds.end());
    std::sort(sortedIds.begin(), sortedIds.end());
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (it.key() != QLatin1String("laws"))
            checkLawRefs(it.value(), at(QString(), it.key()), lawIds, sortedIds.join(QStringLiteral(", ")), out);

    const QJsonArray items = doc.value(QLatin1String("items")).toArray();
    checkItems(items, out);
    QSet<int> numbers;
    for (const QJsonValue &v : items)
        if (isWholeNumber(v.toObject().value(QLatin1String("number"))))
            numbers.insert(v.toObject().value(QLatin1String("number")).toInt());

    const QJsonArray kinds = doc.value(QLatin1String("inspectionKinds")).toArray();
    checkUnique(kinds, QStringLiteral("/inspectionKinds"), QStringLiteral("kind"),
        QCoreApplication::translate("ChecklistRules", "the inspection kind"), out);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        checkFocusNumbers(kinds.at(i).toObject().value(QLatin1String("focusItems")).toArray(),
            at(at(QStringLiteral("/inspectionKinds"), i), QStringLiteral("focusItems")), numbers, int(items.size()),
            out);
    const QJsonArray rules = doc.value(QLatin1String("placeRules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i)
        checkFocusNumbers(
            rules.at(i).toObject().value(QLatin1String("focus")).toObject().value(QLatin1String("items")).toArray(),
            at(at(at(QStringLiteral("/placeRules"), i), QStringLiteral("focus")), QStringLiteral("items")), numbers,
            int(items.size()), out);
    checkUnique(doc.value(QLatin1String("reinspection")).toArray(), QStringLiteral("/reinspection"),
        QStringLiteral("order"), QCoreApplication::translate("ChecklistRules", "the order kind"), out);

    checkDate(doc.value(QLatin1String("effective")), QStringLiteral("/effective"), out);
    for (qsizetype i = 0; i < laws.size(); ++i)
        checkDate(laws.at(i).toObject().value(QLatin1String("effective")),
            at(at(QStringLiteral("/laws"), i), QStringLiteral("effective")), out);

    const QJsonValue code = doc.value(QLatin1String("jurisdiction")).toObject().value(QLatin1String("divisionCode"));
    if (code.isString() && code.toString().size() > 2 && code.toString().endsWith(QLatin1String("00")))
        out << Issue {QStringLiteral("/jurisdiction/divisionCode"),
            QCoreApplication::translate("ChecklistRules",
                "\"%1\" ends in 00 and would match only that exact code; expected the significant digits "
                "only (e.g. 11 for 110000)")
                .arg(code.toString())};
    return out;
}

} // namespace psv
