// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "reception/passage_csv.h"
#include "reception/reception.h"
#include "referential/commune_index.h"
#include "referential/referential_store.h"
#include "report/tally_report.h"
#include "storage/app_paths.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>

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
          [--site CODE] [--desk LABEL] [--format text|csv|json]

Exit codes: 0 success, 1 data error, 2 usage error.
)";

/// A usage problem: the message goes to stderr and the exit code is 2.
struct UsageProblem
{
    QString message;
};

/// Options of one command: `--name value` pairs, each allowed once.
class Options
{
public:
    static std::optional<Options> parse(const QStringList &args, const QStringList &allowed,
                                        QString *problem)
    {
        Options options;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (!arg.startsWith(QLatin1String("--"))) {
                *problem = QCoreApplication::translate("passages-cli", "unexpected argument \"%1\"").arg(arg);
                return std::nullopt;
            }
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                *problem = QCoreApplication::translate("passages-cli", "option --%1 needs a value").arg(name);
                return std::nullopt;
            }
            if (!allowed.contains(name)) {
                *problem = QCoreApplication::translate("passages-cli", "unknown option --%1 (allowed: %2)")
                               .arg(name, allowed.isEmpty()
                                              ? QCoreApplication::translate("passages-cli", "none")
                                              : QStringLiteral("--") +
                                                    allowed.join(QLatin1String(", --")));
                return std::nullopt;
            }
            if (options.m_values.contains(name)) {
                *problem = QCoreApplication::translate("passages-cli", "option --%1 given twice").arg(name);
                return std::nullopt;
            }
            options.m_values.insert(name, value);
        }
        return options;
    }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

private:
    QHash<QString, QString> m_values;
};

/// Everything a data command needs: the open database and its referential.
struct Session
{
    std::unique_ptr<Database> db;
    Referential referential;
    CommuneIndex communes;
};

Result<Session> openSession(const QString &path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return db.error();
    Result<Referential> referential = loadReferential(**db);
    if (!referential)
        return referential.error();
    Result<CommuneIndex> communes = CommuneIndex::loadDefault();
    if (!communes)
        return communes.error();
    return Session{std::move(db).value(), std::move(referential).value(),
                   std::move(communes).value()};
}

std::optional<int> parseYear(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<QDateTime> parseAt(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

class Runner
{
public:
    Runner(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int usage(const QString &message)
    {
        m_err << "passages-cli: " << message << " (passages-cli --help)\n";
        return UsageError;
    }
    int fail(const QString &message)
    {
        m_err << "passages-cli: " << message << '\n';
        return DataError;
    }
    int fail(const Error &error) { return fail(error.message); }

    int run(QStringList args)
    {
        QString dbPath;
        QString command;
        QStringList rest;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
                m_out << QString::fromUtf8(kUsage).arg(defaultDatabasePath());
                return Ok;
            }
            if (arg == QLatin1String("--version")) {
                m_out << "passages-cli " << QCoreApplication::applicationVersion() << '\n';
                return Ok;
            }
            if (arg == QLatin1String("--db") || arg.startsWith(QLatin1String("--db="))) {
                if (!dbPath.isEmpty())
                    return usage(QCoreApplication::translate("passages-cli", "option --db given twice"));
                if (arg.startsWith(QLatin1String("--db=")))
                    dbPath = arg.mid(5);
                else if (i + 1 < args.size())
                    dbPath = args.at(++i);
                if (dbPath.isEmpty())
                    return usage(QCoreApplication::translate("passages-cli", "option --db needs a file name"));
                continue;
            }
            if (command.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
                command = arg;
                continue;
            }
            if (command.isEmpty())
                return usage(QCoreApplication::translate("passages-cli", "unknown option %1 before the command").arg(arg));
            rest << arg;
        }
        if (command.isEmpty())
            return usage(QCoreApplication::translate("passages-cli", "no command given"));
        m_dbPath = dbPath.isEmpty() ? defaultDatabasePath() : dbPath;

        using Handler = int (Runner::*)(const Options &);
        struct Command
        {
            const char *name;
            QStringList options;
            Handler handler;
        };
        const Command commands[] = {
            {"init", {QStringLiteral("site"), QStringLiteral("desk")}, &Runner::init},
            {"log",
             {QStringLiteral("pole"), QStringLiteral("theme"), QStringLiteral("age-band"),
              QStringLiteral("commune"), QStringLiteral("public"), QStringLiteral("channel"),
              QStringLiteral("count"), QStringLiteral("at")},
             &Runner::log},
            {"import", {QStringLiteral("csv")}, &Runner::importCsv},
            {"export", {QStringLiteral("csv"), QStringLiteral("year")}, &Runner::exportCsv},
            {"delete", {QStringLiteral("id")}, &Runner::remove},
            {"report",
             {QStringLiteral("year"), QStringLiteral("by"), QStringLiteral("format"),
              QStringLiteral("site"), QStringLiteral("desk")},
             &Runner::report},
        };
        for (const Command &c : commands) {
            if (command != QLatin1String(c.name))
                continue;
            QString problem;
            std::optional<Options> options = Options::parse(rest, c.options, &problem);
            if (!options)
                return usage(QStringLiteral("%1: %2").arg(command, problem));
            return (this->*c.handler)(*options);
        }
        return usage(QCoreApplication::translate("passages-cli", "unknown command \"%1\"").arg(command));
    }

private:
    int requireOptions(const Options &options, const QStringList &names, const QString &command)
    {
        for (const QString &name : names)
            if (!options.has(name) || options.value(name).isEmpty())
                return usage(QCoreApplication::translate("passages-cli", "%1: option --%2 is required").arg(command, name));
        return Ok;
    }

    int init(const Options &options)
    {
        if (int code = requireOptions(options, {QStringLiteral("site"), QStringLiteral("desk")},
                                      QStringLiteral("init")))
            return code;
        Result<Session> session = openSession(m_dbPath);
        if (!session)
            return fail(session.error());
        Reception reception(*session->db, session->referential, session->communes);
        if (Status s = reception.setIdentity(options.value(QStringLiteral("site")),
                                             options.value(QStringLiteral("desk")));
            !s)
            return fail(s.error());
        const DeskIdentity identity = reception.identity();
        m_out << QCoreApplication::translate("passages-cli", "Desk \"%1\" of site %2 ready in %3 (instance %4).")
                     .arg(identity.desk, identity.site, m_dbPath, identity.instanceId)
              << '\n';
        return Ok;
    }

    int log(const Options &options)
    {
        if (int code = requireOptions(options, {QStringLiteral("pole")}, QStringLiteral("log")))
            return code;
        PassageInput input;
        input.pole = options.value(QStringLiteral("pole"));
        input.theme = options.value(QStringLiteral("theme"));
        input.ageBand = options.value(QStringLiteral("age-band"));
        input.commune = options.value(QStringLiteral("commune"));
        input.publicCode = options.value(QStringLiteral("public"));
        input.channel = options.value(QStringLiteral("channel"));
        if (options.has(QStringLiteral("count"))) {
            bool ok = false;
            input.count = options.value(QStringLiteral("count")).toInt(&ok);
            if (!ok)
                return usage(QCoreApplication::translate("passages-cli", "log: --count needs a whole number, got \"%1\"")
                                 .arg(options.value(QStringLiteral("count"))));
        }
        if (options.has(QStringLiteral("at"))) {
            input.at = parseAt(options.value(QStringLiteral("at")));
            if (!input.at)
                return usage(QCoreApplication::translate("passages-cli", "log: --at needs YYYY-MM-DDTHH:MM[:SS], got \"%1\"")
                                 .arg(options.value(QStringLiteral("at"))));
        }
        Result<Session> session = openSession(m_dbPath);
        if (!session)
            return fail(session.error());
        Reception reception(*session->db, session->referential, session->communes);
        Result<Passage> logged = reception.log(input);
        if (!logged)
            return fail(logged.error());
        m_out << logged->id << '\n';
        return Ok;
    }

    int importCsv(const Options &options)
    {
        if (int code = requireOptions(options, {QStringLiteral("csv")}, QStringLiteral("import")))
            return code;
        Result<Session> session = openSession(m_dbPath);
        if (!session)
            return fail(session.error());
        Reception reception(*session->db, session->referential, session->communes);
        Result<ImportReport> report =
            PassageCsv::importFile(reception, options.value(QStringLiteral("csv")));
        if (!report)
            return fail(report.error());
        if (!report->problems.isEmpty()) {
            for (const QString &problem : report->problems)
                m_err << problem << '\n';
            return fail(QCoreApplication::translate("passages-cli", "nothing imported: %n bad row(s) in %1", nullptr,
                           int(report->problems.size()))
                            .arg(options.value(QStringLiteral("csv"))));
        }
        m_out << QCoreApplication::translate("passages-cli", "%n entry(ies) imported.", nullptr, report->imported) << '\n';
        return Ok;
    }

    int exportCsv(const Options &options)
    {
        if (int code = requireOptions(options, {QStringLiteral("csv")}, QStringLiteral("export")))
            return code;
        int year = 0;
        if (options.has(QStringLiteral("year"))) {
            std::optional<int> parsed = parseYear(options.value(QStringLiteral("year")));
            if (!parsed)
                return usage(QCoreApplication::translate("passages-cli", "export: --year needs a year such as 2024, got \"%1\"")
                                 .arg(options.value(QStringLiteral("year"))));
            year = *parsed;
        }
        Result<Session> session = openSession(m_dbPath);
        if (!session)
            return fail(session.error());
        Reception reception(*session->db, session->referential, session->communes);
        Result<QByteArray> data = PassageCsv::exportData(reception, year);
        if (!data)
            return fail(data.error());
        const QString path = options.value(QStringLiteral("csv"));
        if (path == QLatin1String("-")) {
            m_out << QString::fromUtf8(*data);
            return Ok;
        }
        // QSaveFile: a half-written export never replaces a good one.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size() ||
            !file.commit())
            return fail(QCoreApplication::translate("passages-cli", "cannot write %1: %2").arg(path, file.errorString()));
        return Ok;
    }

    int remove(const Options &options)
    {
        if (int code = requireOptions(options, {QStringLiteral("id")}, QStringLiteral("delete")))
            return code;
        Result<Session> session = openSession(m_dbPath);
        if (!session)
            return fail(session.error());
        Reception reception(*session->db, session->referential, session->communes);
        Result<Passage> removed = reception.remove(options.value(QStringLiteral("id")));
        if (!removed)
            return fail(removed.error());
        return Ok;
    }

    int report(const Options &options)
    {
        if (int code = requireOptions(options, {QStringLiteral("year"), QStringLiteral("by")},
                                      QStringLiteral("report")))
            return code;
        const std::optional<int> year = parseYear(options.value(QStringLiteral("year")));
        if (!year)
            return usage(QCoreApplication::translate("passages-cli", "report: --year needs a year such as 2024, got \"%1\"")
                             .arg(options.value(QStringLiteral("year"))));
        const std::optional<Dimension> by = dimensionFromName(options.value(QStringLiteral("by")));
        if (!by)
            return usage(QCoreApplication::translate("passages-cli", "report: --by must be one of %1, got \"%2\"")
                             .arg(dimensionNames(), options.value(QStringLiteral("by"))));
        const QString format = options.has(QStringLiteral("format"))
                                   ? options.value(QStringLiteral("format"))
                                   : QStringLiteral("text");
        if (format != QLatin1String("text") && format != QLatin1String("csv") &&
            format != QLatin1String("json"))
            return usage(QCoreApplication::translate("passages-cli", "report: --format must be text, csv or json, got \"%1\"").arg(format));
        Result<Session> session = openSession(m_dbPath);
        if (!session)
            return fail(session.error());
        const ReportFilter filter{options.value(QStringLiteral("site")),
                                  options.value(QStringLiteral("desk"))};
        if (!filter.site.isEmpty() &&
            !session->referential.contains(Referential::Kind::Site, filter.site))
            return fail(QCoreApplication::translate("passages-cli", "unknown site \"%1\"; valid sites: %2")
                            .arg(filter.site,
                                 session->referential.codeList(Referential::Kind::Site)));
        TallyReports reports(*session->db, session->referential, session->communes);
        Result<TallyReport> result = reports.yearly(*year, *by, filter);
        if (!result)
            return fail(result.error());
        if (format == QLatin1String("json")) {
            m_out << QString::fromUtf8(result->toJson());
        } else if (format == QLatin1String("csv")) {
            m_out << QString::fromUtf8(result->toCsv());
        } else {
            int width = 10;
            for (const ReportRow &row : result->rows)
                width = std::max(width, int(row.label.size()));
            for (const ReportRow &row : result->rows)
                m_out << row.label.leftJustified(width + 2) << QString::number(row.count).rightJustified(8)
                      << '\n';
            m_out << QCoreApplication::translate("passages-cli", "Total").leftJustified(width + 2)
                  << QString::number(result->total).rightJustified(8) << '\n';
        }
        return Ok;
    }

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
};

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Runner runner(out, err);
    return runner.run(arguments);
}

} // namespace passages::cli
