#include "CliRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace psv::cli {

void CliRegistry::add(CliCommand command)
{
    m_commands.append(std::move(command));
}

const CliCommand *CliRegistry::match(QStringList &args) const
{
    const CliCommand *best = nullptr;
    qsizetype bestWords = 0;
    for (const CliCommand &c : m_commands) {
        const QStringList words = c.name.split(u' ');
        if (words.size() > args.size() || words.size() <= bestWords)
            continue;
        if (std::equal(words.begin(), words.end(), args.begin())) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (best)
        args.remove(0, bestWords);
    return best;
}

QString CliRegistry::help() const
{
    QList<CliCommand> sorted = m_commands;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    QString text = QCoreApplication::translate("psvctl",
        "Usage: psvctl [--data-dir DIR] [--json] [--lang LANG] COMMAND [ARGS]\n"
        "       psvctl --help | --version\n\n"
        "Global options:\n"
        "  --data-dir DIR  the device's data directory (default: $PSV_DATA_DIR, else the platform's)\n"
        "  --json          machine-readable output: one JSON value on standard output\n"
        "  --lang LANG     message language: zh_CN or en (default: zh_CN when $LANG starts with zh, else en)\n\n"
        "Exit status: 0 success, 1 refused input, 2 usage error, 3 failure of the environment.\n\n"
        "Commands:\n");
    for (const CliCommand &c : sorted) {
        if (c.hidden)
            continue;
        QString head = QStringLiteral("  ") + c.name;
        if (!c.synopsis.isEmpty())
            head += u' ' + c.synopsis;
        text += head + QStringLiteral("\n      ") + c.summary + u'\n';
    }
    text += QCoreApplication::translate("psvctl",
        "\nWrite commands take --officer POLICE_NO (also before the command): the officer named as the actor in "
        "the audit log; an officer with a sign-in secret gives it in the environment variable PSV_SECRET. "
        "Without --officer the actor is cli:<operating-system user>.\n");
    return text;
}

} // namespace psv::cli
