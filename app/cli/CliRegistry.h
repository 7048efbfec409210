#pragma once

#include "CliContext.h"

#include <QList>
#include <QString>

#include <functional>

namespace psv::cli {

// A psvctl command: "uscc validate", "unit add", ... Groups register their commands at start-up.
struct CliCommand
{
    QString name; // words, e.g. "unit add"
    QString synopsis; // arguments, e.g. "--name NAME --type TYPE [--uscc CODE]"
    QString summary; // one line
    std::function<int(CliContext &)> run;
    bool hidden = false; // developer commands (e.g. "dev write-loop"), left out of --help
};

class CliRegistry
{
public:
    void add(CliCommand command);
    // Finds the longest command name matching the leading words; removes them from args.
    const CliCommand *match(QStringList &args) const;
    QString help() const;
    const QList<CliCommand> &commands() const { return m_commands; }

private:
    QList<CliCommand> m_commands;
};

// Every command group: one function each, defined in its *Commands.cpp.
void registerInfoCommands(CliRegistry &registry);
void registerCalendarCommands(CliRegistry &registry);
void registerRecordCommands(CliRegistry &registry);
void registerChecklistCommands(CliRegistry &registry);
void registerBundleCommands(CliRegistry &registry);
void registerStoreCommands(CliRegistry &registry); // init, audit verify|list, dev write-loop
void registerUsccCommands(CliRegistry &registry); // uscc validate
void registerUnitCommands(CliRegistry &registry); // unit add|list|show
void registerSiteCommands(CliRegistry &registry); // site add|list|show
void registerOfficerCommands(CliRegistry &registry); // officer add|list
void registerInspectionCommands(CliRegistry &registry); // inspection new|show|list|set-item
void registerSealCommands(CliRegistry &registry); // inspection seal|verify|correct
void registerOrderCommands(CliRegistry &registry); // order add|list|set-status
void registerEvidenceCommands(CliRegistry &registry); // evidence import|verify|list
void registerPrintCommands(CliRegistry &registry); // record pdf, notice pdf
void registerDemoCommands(CliRegistry &registry); // demo
void registerScheduleCommands(CliRegistry &registry); // schedule list|ics, order reinspect|close
void registerSyncCommands(CliRegistry &registry); // bundle export|import, sync conflicts|settle|peers, review

} // namespace psv::cli
