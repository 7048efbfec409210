// psvctl uscc validate CODE: checks a 统一社会信用代码 (GB 32100-2015).
#include "CliOptions.h"
#include "CliRegistry.h"
#include "Uscc.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace psv::cli {

namespace {

int validate(CliContext &ctx)
{
    CliOptions opt(ctx);
    // The code may be typed with spaces ("9144 0300 …"): every remaining argument is part of it.
    QString code = opt.positional(QStringLiteral("CODE"));
    while (const auto more = ctx.takePositional())
        code += *more;
    if (Status s = opt.finish(); !s)
        return ctx.fail(s.error());
    const Uscc::Verdict v = Uscc::check(code);
    QJsonObject o {{QStringLiteral("input"), code}, {QStringLiteral("normalized"), v.normalized},
        {QStringLiteral("valid"), v.ok()}};
    if (v.ok()) {
        ctx.print(
            o, QCoreApplication::translate("psvctl", "%1 is a valid unified social credit code.").arg(v.normalized));
        return Success;
    }
    o.insert(QStringLiteral("problem"), Uscc::problemCode(v.problem));
    o.insert(QStringLiteral("message"), v.message());
    if (v.problem == Uscc::Problem::BadCharacter)
        o.insert(QStringLiteral("position"), v.position);
    if (v.problem == Uscc::Problem::WrongCheckCharacter)
        o.insert(QStringLiteral("expected"), QString(v.expected));
    if (ctx.json()) {
        ctx.print(o, {});
        return Refused;
    }
    return ctx.fail(makeError(v.message(), v.normalized));
}

} // namespace

void registerUsccCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("uscc validate"), QStringLiteral("CODE"),
        QCoreApplication::translate("psvctl",
            "Check a unified social credit code: exit 0 when valid, 1 with the "
            "reason (length, a character and its position, or the check character)."),
        validate});
}

} // namespace psv::cli
