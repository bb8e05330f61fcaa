// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/context.h"
#include "storage/app_paths.h"

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
  import  --csv FILE
  export  --csv FILE [--year YYYY]
  delete  --id ID
  report  --year YYYY --by pole|theme|age-band|commune|public|channel|site
          [--what contacts] [--site CODE] [--desk LABEL] [--format text|csv|json]

Exit codes: 0 success, 1 data error, 2 usage error.
)";

QString translate(const char *text)
{
    return QCoreApplication::translate("passages-cli", text);
}

} // namespace

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString dbPath;
    QString command;
    QStringList rest;
    Context usageContext(out, err, {});
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out << QString::fromUtf8(kUsage).arg(defaultDatabasePath());
            return Ok;
        }
        if (arg == QLatin1String("--version")) {
            out << "passages-cli " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        }
        // --db is global: accepted before or after the command.
        if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
            if (!dbPath.isEmpty())
                return usageContext.usage(translate("option --db given twice"));
            if (arg.startsWith(QLatin1String("--db=")))
                dbPath = arg.mid(5);
            else if (i + 1 < args.size())
                dbPath = args.at(++i);
            if (dbPath.isEmpty())
                return usageContext.usage(translate("option --db needs a file name"));
            continue;
        }
        if (command.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
            command = arg;
            continue;
        }
        if (command.isEmpty())
            return usageContext.usage(translate("unknown option %1 before the command").arg(arg));
        rest << arg;
    }
    if (command.isEmpty())
        return usageContext.usage(translate("no command given"));

    Context context(out, err, dbPath.isEmpty() ? defaultDatabasePath() : dbPath);
    QList<Command> commands = receptionCommands();
    commands += reportCommands();
    for (const Command &c : commands) {
        if (command != c.name)
            continue;
        QString problem;
        std::optional<Options> options = Options::parse(rest, c.options, &problem);
        if (!options)
            return context.usage(QStringLiteral("%1: %2").arg(command, problem));
        return c.run(context, *options);
    }
    return context.usage(translate("unknown command \"%1\"").arg(command));
}

} // namespace passages::cli
