#pragma once

#include "Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace psv::cli {

// Exit statuses shared by every psvctl command.
enum Exit { Success = 0, Refused = 1, Usage = 2, Failure = 3 };

// What a command gets: its arguments, the global options, and where to write.
class CliContext
{
public:
    CliContext(QStringList args, QString dataDir, bool json);

    const QStringList &args() const { return m_args; }
    QString dataDir() const { return m_dataDir; } // as given (--data-dir), may be empty
    bool json() const { return m_json; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints value as compact JSON (one line) when --json, otherwise text.
    void print(const QJsonValue &value, const QString &text);
    // Reports an error and returns its exit code (1 refused input, 2 usage, 3 failure).
    int fail(const Error &error);
    int usage(const QString &message);

    // Option helpers: "--name value" or "--name=value"; takes it out of args.
    std::optional<QString> takeOption(const QString &name);
    bool takeFlag(const QString &name);
    QStringList takeAll(const QString &name); // repeated --name values
    // The first argument that is not an option; take options first so that their values are gone.
    std::optional<QString> takePositional();

private:
    QStringList m_args;
    QString m_dataDir;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace psv::cli
