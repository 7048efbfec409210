// psvctl checklist list | show | validate | select: the checklists a device knows (built-in and the
// packs in <data dir>/checklists), one checklist's items, a file checked against the schema and rules,
// and the items an inspection of a given kind offers at a given site.
#include "ChecklistRegistry.h"
#include "ChecklistValidator.h"
#include "CliRegistry.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace psv::cli {

namespace {

QJsonArray problemsJson(const QList<ChecklistProblem> &problems)
{
    QJsonArray a;
    for (const ChecklistProblem &p : problems)
        a.append(QJsonObject {{QStringLiteral("file"), p.file},
            {QStringLiteral("location"), p.location.isEmpty() ? QStringLiteral("/") : p.location},
            {QStringLiteral("message"), p.message}});
    return a;
}

// Packs that were refused, on standard error (the command's own output stays clean).
void warnRefused(CliContext &ctx, const ChecklistRegistry &registry)
{
    for (const ChecklistRegistry::RefusedPack &r : registry.refused()) {
        ctx.err()
            << QStringLiteral("psvctl: ")
            << QCoreApplication::translate("psvctl", "checklist pack refused, the others are used: %1").arg(r.file)
            << '\n';
        for (const ChecklistProblem &p : r.problems)
            ctx.err() << QStringLiteral("  ") << p.text() << '\n';
    }
    ctx.err().flush();
}

QString modeLabel(const QString &mode)
{
    return mode == QLatin1String("general") ? QCoreApplication::translate("psvctl", "general inspection")
                                            : QCoreApplication::translate("psvctl", "professional inspection");
}

// Pads to a number of terminal columns, counting CJK characters as two.
QString pad(const QString &text, int columns)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
            ? 2
            : 1;
    return text + QString(qMax(1, columns - width), u' ');
}

QString kindLabel(const Checklist &c)
{
    return c.kind() == Checklist::Kind::National ? QCoreApplication::translate("psvctl", "national")
                                                 : QCoreApplication::translate("psvctl", "local");
}

QString orderLabel(const QString &order)
{
    if (order == QLatin1String("correction"))
        return QCoreApplication::translate("psvctl", "order to correct");
    if (order == QLatin1String("correction-deadline"))
        return QCoreApplication::translate("psvctl", "order to correct within a time limit");
    if (order == QLatin1String("penalty-proposal"))
        return QCoreApplication::translate("psvctl", "proposal of an administrative penalty");
    if (order == QLatin1String("referral"))
        return QCoreApplication::translate("psvctl", "referral");
    return QCoreApplication::translate("psvctl", "no order prescribed");
}

bool extraArguments(CliContext &ctx, qsizetype expected, int &exit)
{
    if (ctx.args().size() == expected)
        return false;
    exit = ctx.usage(
        QCoreApplication::translate("psvctl", "unexpected arguments: %1").arg(ctx.args().mid(expected).join(u' ')));
    return true;
}

int list(CliContext &ctx)
{
    int exit = Success;
    if (extraArguments(ctx, 0, exit))
        return exit;
    const QString lang = Translator::current();
    const ChecklistRegistry registry = ChecklistRegistry::load(ctx.dataDir());
    QJsonArray lists;
    // Column headings of the list.
    QString text = pad(QCoreApplication::translate("psvctl", "ID"), 16)
        + pad(QCoreApplication::translate("psvctl", "VERSION"), 9)
        + pad(QCoreApplication::translate("psvctl", "KIND"), 10)
        + pad(QCoreApplication::translate("psvctl", "ITEMS"), 7)
        + pad(QCoreApplication::translate("psvctl", "REGION"), 8)
        + pad(QCoreApplication::translate("psvctl", "SOURCE"), 10) + QCoreApplication::translate("psvctl", "TITLE")
        + u'\n';
    const auto current = registry.current();
    for (const auto &c : registry.all()) {
        const bool isCurrent = current.contains(c);
        const auto j = c->jurisdiction();
        QJsonObject o {{QStringLiteral("id"), c->id()}, {QStringLiteral("version"), c->version()},
            {QStringLiteral("kind"), c->kindCode()}, {QStringLiteral("current"), isCurrent},
            {QStringLiteral("items"), int(c->items().size())}, {QStringLiteral("title"), c->title().text(lang)},
            {QStringLiteral("hash"), c->contentHash()}, {QStringLiteral("builtIn"), c->builtIn()},
            {QStringLiteral("origin"), c->origin()},
            {QStringLiteral("effective"), c->effective().toString(Qt::ISODate)}};
        if (j)
            o.insert(QStringLiteral("jurisdiction"),
                QJsonObject {
                    {QStringLiteral("divisionCode"), j->divisionCode}, {QStringLiteral("name"), j->name.text(lang)}});
        lists.append(o);
        const QString region = j ? j->divisionCode : QCoreApplication::translate("psvctl", "all");
        const QString source = c->builtIn() ? QCoreApplication::translate("psvctl", "built-in")
                                            : QCoreApplication::translate("psvctl", "pack");
        text += pad(c->id(), 16) + pad(QString::number(c->version()), 9) + pad(kindLabel(*c), 10)
            + pad(QString::number(c->items().size()), 7) + pad(region, 8) + pad(source, 10) + c->title().text(lang)
            + (isCurrent ? QString() : QStringLiteral("  ") + QCoreApplication::translate("psvctl", "(superseded)"))
            + u'\n';
    }
    QJsonArray refused;
    for (const ChecklistRegistry::RefusedPack &r : registry.refused()) {
        refused.append(
            QJsonObject {{QStringLiteral("file"), r.file}, {QStringLiteral("problems"), problemsJson(r.problems)}});
        text += u'\n' + QCoreApplication::translate("psvctl", "Refused (not used): %1").arg(r.file) + u'\n';
        for (const ChecklistProblem &p : r.problems)
            text += QStringLiteral("  ") + p.text() + u'\n';
    }
    ctx.print(QJsonObject {{QStringLiteral("checklists"), lists}, {QStringLiteral("refused"), refused}}, text);
    return Success;
}

QJsonObject showJson(const Checklist &c, const QList<int> &versions, const QString &lang)
{
    QJsonObject out = c.document();
    out.remove(QStringLiteral("$schema"));
    out.insert(QStringLiteral("title"), c.title().zh);
    out.insert(QStringLiteral("titleEn"), c.title().en);
    out.insert(QStringLiteral("hash"), c.contentHash());
    out.insert(QStringLiteral("builtIn"), c.builtIn());
    out.insert(QStringLiteral("origin"), c.origin());
    QJsonArray v;
    for (int n : versions)
        v.append(n);
    out.insert(QStringLiteral("versions"), v);
    QJsonArray items;
    for (const ChecklistItem &it : c.items()) {
        QJsonObject o = it.json;
        o.insert(QStringLiteral("text"), it.text.zh);
        o.insert(QStringLiteral("textEn"), it.text.en);
        QJsonArray cited;
        for (const LawRef &r : it.enforces)
            cited.append(c.cite(r, lang));
        o.insert(QStringLiteral("enforcesText"), cited);
        items.append(o);
    }
    out.insert(QStringLiteral("items"), items);
    return out;
}

QString showText(const Checklist &c, const QList<int> &versions, const QString &lang)
{
    QStringList v;
    for (int n : versions)
        v << QString::number(n);
    QString text = QCoreApplication::translate("psvctl", "%1 version %2 (%3): %4")
                       .arg(c.id())
                       .arg(c.version())
                       .arg(kindLabel(c), c.title().text(lang))
        + u'\n';
    text += QCoreApplication::translate("psvctl", "SHA-256: %1").arg(c.contentHash()) + u'\n';
    text += QCoreApplication::translate("psvctl", "Source: %1").arg(c.sourceCitation().text(lang)) + u'\n';
    text += QCoreApplication::translate("psvctl", "Effective: %1").arg(c.effective().toString(Qt::ISODate)) + u'\n';
    if (const auto j = c.jurisdiction())
        text += QCoreApplication::translate("psvctl", "Jurisdiction: %1 (administrative division code %2…)")
                    .arg(j->name.text(lang), j->divisionCode)
            + u'\n' + QCoreApplication::translate("psvctl", "Precedence: %1").arg(c.precedence().text(lang)) + u'\n';
    text += QCoreApplication::translate("psvctl", "Versions on this device: %1").arg(v.join(QStringLiteral(", ")))
        + u'\n';
    for (const ChecklistItem &it : c.items()) {
        text += QStringLiteral("\n%1. [%2] %3\n").arg(it.number, 2).arg(modeLabel(it.mode), it.text.zh);
        if (!lang.startsWith(QLatin1String("zh")))
            text += QStringLiteral("    ") + it.text.en + u'\n';
        text += QStringLiteral("    ")
            + QCoreApplication::translate("psvctl", "Enforces: %1").arg(c.citeAll(it.enforces, lang)) + u'\n';
        for (const ChecklistItem::Finding &f : it.findings) {
            const QString order = orderLabel(f.outcome.order);
            text += QStringLiteral("    - ") + f.label.text(lang) + QStringLiteral(" → ") + order + QStringLiteral(" (")
                + c.citeAll(f.outcome.basis, lang) + QStringLiteral(")\n");
        }
    }
    return text;
}

int show(CliContext &ctx)
{
    const std::optional<QString> versionArg = ctx.takeOption(QStringLiteral("version"));
    if (ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate(
            "psvctl", "missing checklist id; usage: psvctl checklist show ID [--version V]"));
    int exit = Success;
    if (extraArguments(ctx, 1, exit))
        return exit;
    bool ok = true;
    const int version = versionArg ? versionArg->toInt(&ok) : 0;
    if (!ok || (versionArg && version < 1))
        return ctx.usage(
            QCoreApplication::translate("psvctl", "--version expects a whole number of at least 1, not '%1'")
                .arg(*versionArg));
    const ChecklistRegistry registry = ChecklistRegistry::load(ctx.dataDir());
    warnRefused(ctx, registry);
    const QString id = ctx.args().first();
    const QList<int> versions = registry.versions(id);
    if (versions.isEmpty()) {
        QStringList ids;
        for (const auto &c : registry.current())
            ids << c->id();
        return ctx.fail(makeError(QCoreApplication::translate("psvctl", "there is no checklist \"%1\"; available: %2")
                .arg(id, ids.join(QStringLiteral(", ")))));
    }
    const auto checklist = versionArg ? registry.find(id, version) : registry.find(id);
    if (!checklist) {
        QStringList v;
        for (int n : versions)
            v << QString::number(n);
        return ctx.fail(
            makeError(QCoreApplication::translate("psvctl", "checklist \"%1\" has no version %2; available: %3")
                    .arg(id)
                    .arg(version)
                    .arg(v.join(QStringLiteral(", ")))));
    }
    const QString lang = Translator::current();
    ctx.print(showJson(*checklist, versions, lang), ctx.json() ? QString() : showText(*checklist, versions, lang));
    return Success;
}

int validate(CliContext &ctx)
{
    if (ctx.args().isEmpty())
        return ctx.usage(QCoreApplication::translate("psvctl", "missing file; usage: psvctl checklist validate FILE"));
    int exit = Success;
    if (extraArguments(ctx, 1, exit))
        return exit;
    const QString file = ctx.args().first();
    const ChecklistValidator::Report report = ChecklistValidator::validateFile(file);
    QJsonObject o {{QStringLiteral("file"), file}, {QStringLiteral("valid"), report.ok()},
        {QStringLiteral("problems"), problemsJson(report.problems)}};
    QString text;
    if (report.ok()) {
        const QString hash = Checklist::hashOf(report.document);
        o.insert(QStringLiteral("id"), report.document.value(QLatin1String("id")));
        o.insert(QStringLiteral("version"), report.document.value(QLatin1String("version")));
        o.insert(QStringLiteral("hash"), hash);
        text = QCoreApplication::translate("psvctl", "%1: valid checklist \"%2\" version %3, SHA-256 %4")
                   .arg(file, report.document.value(QLatin1String("id")).toString())
                   .arg(report.document.value(QLatin1String("version")).toInt())
                   .arg(hash);
    } else {
        for (const ChecklistProblem &p : report.problems)
            text += p.text() + u'\n';
    }
    ctx.print(o, text);
    if (!report.ok() && !ctx.json()) {
        ctx.err() << QStringLiteral("psvctl: ")
                  << QCoreApplication::translate("psvctl", "%1: %2 problem(s); the checklist would be refused")
                         .arg(file)
                         .arg(report.problems.size())
                  << '\n';
        ctx.err().flush();
    }
    return report.ok() ? Success : Refused;
}

int select(CliContext &ctx)
{
    const std::optional<QString> kind = ctx.takeOption(QStringLiteral("kind"));
    const std::optional<QString> place = ctx.takeOption(QStringLiteral("place"));
    const QString division = ctx.takeOption(QStringLiteral("division")).value_or(QString());
    if (!kind || !place)
        return ctx.usage(QCoreApplication::translate(
            "psvctl", "usage: psvctl checklist select --kind KIND --place CATEGORY [--division CODE]"));
    int exit = Success;
    if (extraArguments(ctx, 0, exit))
        return exit;
    const ChecklistRegistry registry = ChecklistRegistry::load(ctx.dataDir());
    warnRefused(ctx, registry);
    const Result<ChecklistSelection> selection = registry.select(*kind, *place, division);
    if (!selection)
        return ctx.fail(selection.error());
    const QString lang = Translator::current();
    QString text;
    for (const auto &c : QList<std::shared_ptr<const Checklist>> {selection->national()} + selection->localPacks())
        text += QCoreApplication::translate("psvctl", "%1 version %2: %3")
                    .arg(c->id())
                    .arg(c->version())
                    .arg(c->title().text(lang))
            + u'\n';
    for (const ChecklistSelection::Entry &e : selection->entries()) {
        QString status = e.applicability == ChecklistSelection::Applicability::Focus
            ? QCoreApplication::translate("psvctl", "focus")
            : e.applicability == ChecklistSelection::Applicability::NotMandatory
            ? QCoreApplication::translate("psvctl", "not mandatory")
            : QCoreApplication::translate("psvctl", "mandatory");
        if (!e.reason.isEmpty())
            status += QStringLiteral(": ") + e.reason.text(lang);
        text += QStringLiteral("%1 %2. %3 [%4]\n")
                    .arg(e.checklist->id(), -15)
                    .arg(e.item->number, 2)
                    .arg(e.item->text.zh, status);
    }
    ctx.print(selection->toJson(lang), text);
    return Success;
}

} // namespace

void registerChecklistCommands(CliRegistry &registry)
{
    registry.add({QStringLiteral("checklist list"), QString(),
        QCoreApplication::translate(
            "psvctl", "List the checklists on this device (built-in and packs in DATA/checklists), every version."),
        list});
    registry.add({QStringLiteral("checklist show"), QStringLiteral("ID [--version V]"),
        QCoreApplication::translate(
            "psvctl", "Show a checklist's items (the current version unless --version is given)."),
        show});
    registry.add({QStringLiteral("checklist validate"), QStringLiteral("FILE"),
        QCoreApplication::translate(
            "psvctl", "Check a checklist file; prints every problem as file:location: message (exit 1)."),
        validate});
    registry.add({QStringLiteral("checklist select"), QStringLiteral("--kind KIND --place CATEGORY [--division CODE]"),
        QCoreApplication::translate(
            "psvctl", "The items an inspection of this kind offers at a site, with their applicability."),
        select});
}

} // namespace psv::cli
