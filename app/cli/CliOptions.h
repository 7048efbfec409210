#pragma once

#include "CliContext.h"
#include "Codes.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace psv::cli {

// Reads a command's options off a CliContext, keeping the first problem: a missing required field
// or a bad value is refused input (exit 1); an unknown option or a stray argument is a usage error
// (exit 2). finish() reports it after everything has been read.
class CliOptions
{
public:
    explicit CliOptions(CliContext &ctx) : m_ctx(ctx) { }

    std::optional<QString> text(const QString &name) { return m_ctx.takeOption(name); }
    QString value(const QString &name) { return m_ctx.takeOption(name).value_or(QString()); }
    QString required(const QString &name);
    QStringList all(const QString &name) { return m_ctx.takeAll(name); }
    bool flag(const QString &name) { return m_ctx.takeFlag(name); }
    std::optional<int> integer(const QString &name, int minimum = 0);
    std::optional<double> real(const QString &name);
    QDate date(const QString &name);
    QDateTime time(const QString &name);
    QJsonObject json(const QString &name);
    // The next positional argument (not an option); required ones report a missing field.
    QString positional(const QString &what, bool required = true);

    template<typename E> std::optional<E> code(const QString &name)
    {
        const auto v = m_ctx.takeOption(name);
        if (!v)
            return std::nullopt;
        auto r = parseCode<E>(*v, QStringLiteral("--") + name);
        if (!r) {
            fail(r.error());
            return std::nullopt;
        }
        return r.value();
    }

    void fail(const Error &error);
    bool ok() const { return !m_error.has_value(); }
    // The first problem, or a usage error for anything left over; ok when the command may run.
    Status finish();

private:
    CliContext &m_ctx;
    std::optional<Error> m_error;
};

} // namespace psv::cli
