// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/admin_role.h"
#include "core/common/result.h"
#include "core/reception/desk_data.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/report/yearly_counts.h"
#include "core/storage/database.h"
#include "core/sync/consolidation_service.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace passages::cli {

/// Exit codes of passages-cli: a contract for scripts.
enum Exit : int
{
    Ok = 0,
    DataError = 1,  ///< bad data, unknown code, database or share problem
    UsageError = 2, ///< unknown command or option, missing or malformed argument
};

/// The options of one command: `--name value` (or `--name=value`) pairs, each once.
class Options
{
public:
    /// nullopt and `problem` set on an unknown, repeated or valueless option.
    /// `flags` are options without a value ("--rebuild").
    static std::optional<Options> parse(const QStringList &args, const QStringList &allowed,
                                        QString *problem, const QStringList &flags = {});
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

private:
    QHash<QString, QString> m_values;
};

/// An open desk (or consolidated) database with its referential and, when the command
/// asked for it, the communes.
/// The desk a command works on: opened by core's openDesk(), as the GUI opens it.
using Session = DeskData;

/// Whether a command needs the commune index (tens of milliseconds to load: the
/// scheduler's nightly `sync` does without).
enum class Communes
{
    Skip,
    Load
};

/// Whether opening the desk database may create it (only `init` does).
enum class Create
{
    No,
    Yes
};

/// What every command gets: the streams, the database path and the error helpers that
/// keep the contract (one line on stderr, exit 2 for usage, 1 for data).
class Context
{
public:
    Context(QTextStream &output, QTextStream &errors, QString databasePath)
        : out(output), err(errors), dbPath(std::move(databasePath))
    {}

    /// "passages-cli: <message> (passages-cli --help)", exit 2.
    int usage(const QString &message);
    /// "passages-cli: <message>", exit 1.
    int fail(const QString &message);
    int fail(const Error &error) { return fail(error.message); }
    /// Prints UTF-8 bytes on `out` as they are (a byte order mark included).
    void print(const QByteArray &utf8);
    /// Writes `data` to `path` ("-": standard output) through QSaveFile, so a half-written
    /// export never replaces a good one; exit 1 with the reason when it cannot.
    int writeOutput(const QString &path, const QByteArray &data);
    /// Exit 2 unless every named option was given with a value.
    int require(const Options &options, const QStringList &names, const QString &command);

    /// Opens the database at dbPath (migrating it), its referential and, if asked, the
    /// communes. Only `init` creates a database (Create::Yes): a typo in --db is an error,
    /// never a new empty database whose reports say 0.
    Result<Session> openSession(Communes communes = Communes::Skip,
                                Create create = Create::No) const;
    static Result<Session> openSession(const QString &path, Communes communes = Communes::Skip);

    QTextStream &out;
    QTextStream &err;
    QString dbPath;
};

std::optional<int> parseYear(const QString &text);

/// One command of passages-cli.
struct Command
{
    QString name;
    QStringList options; ///< allowed option names, without "--"
    std::function<int(Context &, const Options &)> run;
    QStringList flags = {}; ///< allowed options that take no value
};

/// The administrator password (PASSAGES_ADMIN_PASSWORD, else one line of standard input,
/// not echoed), or the usage error (exit 2) saying where it is read from; 0 when read.
int requireAdminPassword(Context &ctx, QString *password);

/// The Cité's admin role for `action` on this desk (issue 17), asked as `referential
/// import` asks it: when the desk database has an admin password, the password
/// (PASSAGES_ADMIN_PASSWORD or standard input; none is a usage error, exit 2) must match
/// its hash (else exit 1, nothing done). A desk with no admin password yet is not
/// guarded: there is nothing to check against (the GUI sets one at its first guarded
/// action). 0 when allowed.
int requireAdmin(Context &ctx, Database &db, AdminAction action);
/// The same for deleting an entry of `entryDay`: an entry of today needs nothing.
int requireAdminForDeletion(Context &ctx, Database &db, const QDate &entryDay);

/// The command groups; cli.cpp dispatches over all of them.
QList<Command> receptionCommands();
QList<Command> reportCommands();
QList<Command> syncCommands();
/// closure add|list|delete (the Cité's closed days).
QList<Command> calendarCommands();
/// network init|status (the network database, PostgreSQL).
QList<Command> networkCommands();
/// consolidate --pg: a Cité's share into the network database.
int consolidateIntoNetwork(Context &ctx, const Options &options);
/// report --pg: walk-ins from the network database ("cite" allowed in --by).
Result<YearlyCounts> networkReport(const Options &options, int year, const QString &by);
/// Each desk's health and the share's problem files, as `consolidate` prints them.
void printHealth(Context &ctx, const ConsolidationReport &report);

/// Brings the consolidated cache of a share up to date (or rebuilds it) through the core
/// service the GUI uses too; prints the one-line summary and remarks on stderr.
Result<ConsolidationReport> consolidateShare(Context &ctx, const QString &shareRoot,
                                             const QString &cachePath, bool rebuild);
/// The database a report reads: the desk's (--db) or, with --share, every desk's: the
/// share consolidated first into its cache (--cache), same schema, same report code.
Result<QString> reportDatabase(Context &ctx, const Options &options);
/// 0 when `site` is empty or a site of `referential`, else exit 1 naming the valid ones.
int requireKnownSite(Context &ctx, const Referential &referential, const QString &site);
/// event add|attend|list|summary|duplicate|delete, interview, interview delete.
QList<Command> programmeCommands();
/// fonds import|export|stats (the documentation space).
QList<Command> fondsCommands();
/// bilan (the direction's yearly workbook and PDF).
QList<Command> bilanCommands();
/// referential show|export|import (the Cité's referential, issue 17).
QList<Command> referentialCommands();

} // namespace passages::cli
