// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/context.h"
#include "core/storage/app_paths.h"

#include <QCoreApplication>

namespace passages::cli {

namespace {

const char *const kUsage = R"(Usage: passages-cli [--db FILE] COMMAND [OPTIONS]

Records and reports the anonymous walk-ins of a Cité des métiers desk.

Global options:
  --db FILE      desk database (default: the GUI's, %1)
  --help         this help;  --version  the version

Commands:
  init    --site CODE --desk LABEL
  log     --pole CODE [--theme CODE] [--age-band CODE] [--commune CODE]
          [--public CODE] [--channel CODE] [--count N] [--at YYYY-MM-DDTHH:MM[:SS]]
          [--service-level CODE] [--orientation CODE]
  import  --csv FILE
  export  (--csv FILE [--excel] | --xlsx FILE) [--year YYYY]
  delete  --id ID
  report  --year YYYY --by pole|theme|age-band|commune|public|channel|site|
                           service-level|orientation
          [--what contacts] [--site CODE] [--desk LABEL] [--format text|csv|json|xlsx]
          [--excel] [--output FILE]     (--format xlsx writes FILE)
          [--mapping NAME]              (--by pole|theme: in a reporting mapping's categories)
  report  --year YYYY --what interviews --by pole|theme|partner|channel|duration|site
  report  --year YYYY --what participants --by event|event-type|pole|location|site

The programme and the pôle desks:
  event add        --title T --type TYPE --start YYYY-MM-DD [--end YYYY-MM-DD]
                   [--pole CODE] [--location CODE] [--partners CODE,CODE] [--capacity N]
  event attend     --id ID --count N [--date YYYY-MM-DD] [--pupils N] [--classes N]
  event list       [--year YYYY] [--format text|csv|json] [--excel]
  event summary    --year YYYY [--format text|json]
  event duplicate  --id ID --start YYYY-MM-DD
  event delete     --id ID
  interview        --pole CODE [--theme CODE] [--partner CODE] [--channel CODE]
                   [--duration CODE] [--at YYYY-MM-DDTHH:MM[:SS]]
  interview delete --id ID

The documentation space (the printed fonds):
  fonds import     --csv FILE
  fonds export     --csv FILE [--excel] | --xlsx FILE
  fonds stats      [--year YYYY] [--format text|csv|json] [--excel]
  report           --year YYYY --what consultations --by theme|month

The Cité's closed days (shown as closed on the dashboard):
  closure add      --from YYYY-MM-DD [--to YYYY-MM-DD] [--site CODE] --reason TEXT
                   [--despite-walk-ins]
  closure list     [--year YYYY]
  closure delete   --id ID

The nightly sync to the Cité's share (a mounted SMB/NFS folder):
  share init        --share DIR [--referential FILE]     prepare a new share (once)
  share referential --share DIR --file FILE              publish a new referential version
  share upgrade     --share DIR                          sign a share prepared before signatures
  share requests    --share DIR                          list desks waiting for approval
  share approve     --share DIR --id ID | --all          approve a desk or consolidating PC
                    (share init/referential/upgrade/approve read the administrator
                    password from standard input or PASSAGES_ADMIN_PASSWORD)
  sync              [--share DIR]                        publish this desk's pending tallies
                    (default: the folder set in the GUI's Tools › Synchronisation settings)
  consolidate       --share DIR [--rebuild] [--cache FILE]
                    import every desk's batches into a local cache; print each desk's health
  report ... --share DIR [--cache FILE]                  report over every desk of the share
  coverage          (--year YYYY | --from DATE --to DATE) [--site CODE]
                    [--share DIR [--cache FILE]] [--format text|json]
                    forgotten desks, entries on closed days, back-dated bursts (a list)

The network database (every Cité in one PostgreSQL; CONNINFO: a libpq string or URI, the
password from PGPASSWORD or ~/.pgpass, never an argument):
  network init      --pg CONNINFO                        create or upgrade its schema
  network status    --pg CONNINFO [--format text|json]   per Cité: files, walk-ins, desks
  consolidate       --share DIR --pg CONNINFO --cite CODE [--rebuild]
                    import a Cité's share (bound to CODE at its first consolidation)
  report            --year YYYY --pg CONNINFO --by pole|theme|age-band|commune|public|
                    channel|site|service-level|orientation|cite [--cite CODE] [--site CODE] [--desk LABEL]
                    [--format text|csv|json]             the same report over the network

The Cité's referential (pôles, themes, age bands, publics, channels, sites...):
  referential show                                       print this desk's referential
  referential export --file FILE                         write it as JSON (docs/referential.md)
  referential import --file FILE [--share DIR]           check FILE whole, make it the next
                    version and publish it to the share (default: the GUI's share folder);
                    reads the administrator password like share init

The direction's yearly bilan (the GUI's Bilan view), as a workbook and/or a PDF/A:
  bilan            --year YYYY (--xlsx FILE | --pdf FILE) [--share DIR [--cache FILE]]
                   [--site CODE] [--protect-small-cells N]     counts from 1 to N-1 hidden as
                   "s", with a second cell where a total would give one back
                   [--mapping NAME]     the pôle (or theme) tables in a reporting mapping's categories

CSV: plain RFC 4180 (",", UTF-8, decimal point) for scripts; --excel writes the "CSV for
Excel" dialect (";", UTF-8 BOM, decimal comma, CRLF) that French Excel and LibreOffice open
as columns. Text cells starting with = + - @ get a leading ' so no formula runs.

Exit codes: 0 success, 1 data error, 2 usage error.
)";

} // namespace

QString usageText(const QString &databasePath)
{
    return QString::fromUtf8(kUsage).arg(databasePath);
}

QList<Command> allCommands()
{
    QList<Command> commands = receptionCommands();
    commands += reportCommands();
    commands += syncCommands();
    commands += calendarCommands();
    commands += networkCommands();
    commands += programmeCommands();
    commands += fondsCommands();
    commands += bilanCommands();
    commands += referentialCommands();
    return commands;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString dbPath;
    QString command;
    QStringList rest;
    Context usageContext(out, err, {});
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << usageText(defaultDatabasePath());
            return Ok;
        }
        if (arg == QLatin1String("--version")) {
            out << "passages-cli " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        }
        // --db is global: accepted before or after the command.
        if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (!dbPath.isEmpty())
                return usageContext.usage(
                    QCoreApplication::translate("passages-cli", "option --db given twice"));
            if (arg.startsWith(QLatin1String("--db=")))
                dbPath = arg.mid(5);
            else if (i + 1 < args.size())
                dbPath = args.at(++i);
            if (dbPath.isEmpty())
                return usageContext.usage(
                    QCoreApplication::translate("passages-cli", "option --db needs a file name"));
            continue;
        }
        if (command.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
            command = arg;
            continue;
        }
        if (command.isEmpty())
            return usageContext.usage(
                QCoreApplication::translate("passages-cli", "unknown option %1 before the command")
                    .arg(arg));
        rest << arg;
    }
    if (command.isEmpty())
        return usageContext.usage(QCoreApplication::translate("passages-cli", "no command given"));

    Context context(out, err, dbPath.isEmpty() ? defaultDatabasePath() : dbPath);
    const QList<Command> commands = allCommands();
    // A command named with a space ("event add") matches the command word and the next
    // bare word; it is tried before a one-word command of the same first word.
    const QString twoWords = !rest.isEmpty() && !rest.first().startsWith(QLatin1String("--"))
                                 ? command + QLatin1Char(' ') + rest.first()
                                 : QString();
    QStringList subcommands;
    for (int pass = 0; pass < 2; ++pass) {
        for (const Command &c : commands) {
            const bool compound = c.name.contains(QLatin1Char(' '));
            if (compound && c.name.section(QLatin1Char(' '), 0, 0) == command && pass == 0)
                subcommands << c.name.section(QLatin1Char(' '), 1);
            if (pass == 0 ? (!compound || c.name != twoWords) : (compound || c.name != command))
                continue;
            QString problem;
            std::optional<Options> options =
                Options::parse(pass == 0 ? rest.mid(1) : rest, c.options, &problem, c.flags);
            if (!options)
                return context.usage(QStringLiteral("%1: %2").arg(c.name, problem));
            return c.run(context, *options);
        }
    }
    if (!subcommands.isEmpty())
        return context.usage(
            QCoreApplication::translate("passages-cli", "unknown command \"%1\"; %2 commands: %3")
                .arg(twoWords.isEmpty() ? command : twoWords, command,
                     subcommands.join(QLatin1String(", "))));
    return context.usage(
        QCoreApplication::translate("passages-cli", "unknown command \"%1\"").arg(command));
}

} // namespace passages::cli
