#include "Uscc.h"

#include <QCoreApplication>

namespace psv {

namespace {
constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
} // namespace

QString Uscc::alphabet()
{
    return QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
}

QString Uscc::normalize(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace())
            continue;
        out += c.toUpper();
    }
    return out;
}

QChar Uscc::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    const QString a = alphabet();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = a.indexOf(first17[i]);
        if (v < 0)
            return {};
        sum += int(v) * Weights[i];
    }
    return a[(31 - sum % 31) % 31];
}

Uscc::Verdict Uscc::check(const QString &input)
{
    Verdict v;
    v.normalized = normalize(input);
    if (v.normalized.isEmpty()) {
        v.problem = Problem::Empty;
        return v;
    }
    if (v.normalized.size() != 18) {
        v.problem = Problem::WrongLength;
        return v;
    }
    const QString a = alphabet();
    for (int i = 0; i < 18; ++i) {
        if (!a.contains(v.normalized[i])) {
            v.problem = Problem::BadCharacter;
            v.position = i + 1;
            v.found = v.normalized[i];
            return v;
        }
    }
    v.expected = checkCharacter(QStringView(v.normalized).first(17));
    v.found = v.normalized[17];
    if (v.found != v.expected)
        v.problem = Problem::WrongCheckCharacter;
    return v;
}

QString Uscc::Verdict::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate(
            "Uscc", "The unified social credit code is empty; 18 characters are expected.");
    case Problem::WrongLength:
        return QCoreApplication::translate("Uscc",
            "The unified social credit code has %n character(s); it must have exactly 18.", nullptr,
            int(normalized.size()));
    case Problem::BadCharacter:
        return QCoreApplication::translate("Uscc",
            "Character %1 of the unified social credit code, '%2', is not allowed; "
            "only digits and the capital letters %3 may appear (I, O, Z, S and V never do).")
            .arg(position)
            .arg(found)
            .arg(QStringLiteral("ABCDEFGHJKLMNPQRTUWXY"));
    case Problem::WrongCheckCharacter:
        return QCoreApplication::translate("Uscc",
            "The check character (18th) of the unified social credit code is '%1', but the "
            "first 17 characters give '%2'; the code is mistyped.")
            .arg(found)
            .arg(expected);
    }
    return {};
}

QString Uscc::problemCode(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QStringLiteral("empty");
    case Problem::WrongLength:
        return QStringLiteral("length");
    case Problem::BadCharacter:
        return QStringLiteral("character");
    case Problem::WrongCheckCharacter:
        return QStringLiteral("check");
    }
    return {};
}

Result<QString> Uscc::validateForUnit(const QString &input, UnitType type, const QString &where)
{
    const Verdict v = check(input);
    if (v.problem == Problem::Empty) {
        if (type == UnitType::Individual)
            return QString();
        return makeError(QCoreApplication::translate("Uscc",
                             "A unit of type '%1' needs its unified social credit code; only an "
                             "individual may have none.")
                             .arg(toCode(type)),
            where);
    }
    if (!v.ok())
        return makeError(v.message(), where);
    return v.normalized;
}

} // namespace psv
