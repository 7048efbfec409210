#include "CliOptions.h"

#include "IsoTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace psv::cli {

void CliOptions::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

QString CliOptions::required(const QString &name)
{
    const auto v = m_ctx.takeOption(name);
    if (!v || v->trimmed().isEmpty()) {
        fail(
            makeError(QCoreApplication::translate("psvctl", "The option --%1 is required and was not given.").arg(name),
                QStringLiteral("--") + name));
        return {};
    }
    return *v;
}

std::optional<int> CliOptions::integer(const QString &name, int minimum)
{
    const auto v = m_ctx.takeOption(name);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const int n = v->toInt(&ok);
    if (!ok || n < minimum) {
        fail(makeError(
            QCoreApplication::translate("psvctl", "'%1' is not a whole number of at least %2.").arg(*v).arg(minimum),
            QStringLiteral("--") + name));
        return std::nullopt;
    }
    return n;
}

std::optional<double> CliOptions::real(const QString &name)
{
    const auto v = m_ctx.takeOption(name);
    if (!v)
        return std::nullopt;
    bool ok = false;
    const double d = v->toDouble(&ok);
    if (!ok) {
        fail(makeError(
            QCoreApplication::translate("psvctl", "'%1' is not a number.").arg(*v), QStringLiteral("--") + name));
        return std::nullopt;
    }
    return d;
}

QDate CliOptions::date(const QString &name)
{
    const auto v = m_ctx.takeOption(name);
    if (!v)
        return {};
    const QDate d = IsoTime::parseDate(v->trimmed());
    if (!d.isValid())
        fail(makeError(QCoreApplication::translate("psvctl", "'%1' is not a date; expected YYYY-MM-DD.").arg(*v),
            QStringLiteral("--") + name));
    return d;
}

QDateTime CliOptions::time(const QString &name)
{
    const auto v = m_ctx.takeOption(name);
    if (!v)
        return {};
    const QDateTime t = IsoTime::parseTime(v->trimmed());
    if (!t.isValid())
        fail(makeError(QCoreApplication::translate("psvctl",
                           "'%1' is not a time; expected ISO 8601 with a time zone, e.g. "
                           "2026-03-01T09:30:00+08:00.")
                           .arg(*v),
            QStringLiteral("--") + name));
    return t;
}

QJsonObject CliOptions::json(const QString &name)
{
    const auto v = m_ctx.takeOption(name);
    if (!v)
        return {};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(v->toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(makeError(QCoreApplication::translate("psvctl", "The value is not a JSON object: %1")
                           .arg(err.error != QJsonParseError::NoError ? err.errorString() : *v),
            QStringLiteral("--") + name));
        return {};
    }
    return doc.object();
}

QString CliOptions::positional(const QString &what, bool required)
{
    if (const auto v = m_ctx.takePositional())
        return *v;
    if (required)
        fail(makeError(QCoreApplication::translate("psvctl", "The %1 is missing; it is required.").arg(what), what));
    return {};
}

Status CliOptions::finish()
{
    if (m_error)
        return *m_error;
    const QStringList &rest = m_ctx.args();
    if (rest.isEmpty())
        return {};
    const QString first = rest.first();
    if (first.startsWith(QLatin1String("--")))
        return makeError(
            QCoreApplication::translate("psvctl", "Unknown option %1 for this command; see psvctl --help.").arg(first),
            first, 2);
    return makeError(
        QCoreApplication::translate("psvctl", "Unexpected argument '%1'; see psvctl --help.").arg(first), first, 2);
}

} // namespace psv::cli
