// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/context.h"

#include "core/common/text.h"
#include "core/referential/referential_store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace passages::cli {

int requireAdmin(Context &ctx, Database &db, AdminAction action)
{
    // A hash that cannot be read refuses: it must not pass for "no password yet".
    const Result<bool> adminSet = admin_password::hasPassword(db);
    if (!adminSet)
        return ctx.fail(adminSet.error());
    if (!*adminSet)
        return Ok;
    QString password;
    if (int code = requireAdminPassword(ctx, &password))
        return code;
    AdminSession admin(db);
    if (Status s = admin.unlock(password); !s)
        return ctx.fail(
            QCoreApplication::translate("passages-cli", "only the Cité's administrator may %1: %2")
                .arg(adminActionName(action), s.error().message));
    if (Status s = admin.authorize(action); !s)
        return ctx.fail(s.error());
    return Ok;
}

int requireAdminForDeletion(Context &ctx, Database &db, const QDate &entryDay)
{
    if (!deletionNeedsAdmin(entryDay, QDate::currentDate()))
        return Ok;
    return requireAdmin(ctx, db, AdminAction::DeleteEarlierEntry);
}

std::optional<Options> Options::parse(const QStringList &args, const QStringList &allowed,
                                      QString *problem, const QStringList &flags)
{
    Options options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            *problem =
                QCoreApplication::translate("passages-cli", "unexpected argument \"%1\"").arg(arg);
            return std::nullopt;
        }
        QString name = arg.mid(2);
        QString value;
        if (flags.contains(name)) {
            if (options.m_values.contains(name)) {
                *problem = QCoreApplication::translate("passages-cli", "option --%1 given twice")
                               .arg(name);
                return std::nullopt;
            }
            options.m_values.insert(name, QStringLiteral("yes"));
            continue;
        }
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
            value = args.at(++i);
        } else {
            *problem =
                QCoreApplication::translate("passages-cli", "option --%1 needs a value").arg(name);
            return std::nullopt;
        }
        if (!allowed.contains(name)) {
            *problem =
                QCoreApplication::translate("passages-cli", "unknown option --%1 (allowed: %2)")
                    .arg(name, allowed.isEmpty()
                                   ? QCoreApplication::translate("passages-cli", "none")
                                   : QStringLiteral("--") + allowed.join(QLatin1String(", --")));
            return std::nullopt;
        }
        if (options.m_values.contains(name)) {
            *problem =
                QCoreApplication::translate("passages-cli", "option --%1 given twice").arg(name);
            return std::nullopt;
        }
        options.m_values.insert(name, value);
    }
    return options;
}

int Context::usage(const QString &message)
{
    err << "passages-cli: " << shown(message, 2000) << " (passages-cli --help)\n";
    return UsageError;
}

int Context::fail(const QString &message)
{
    // Messages quote files and the share: no escape sequence reaches the terminal, and a
    // message stays a message (shown() per line, long lines cut).
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = shown(line, 2000);
    err << "passages-cli: " << lines.join(QLatin1Char('\n')) << '\n';
    return DataError;
}

void Context::print(const QByteArray &utf8)
{
    // QString::fromUtf8() drops a byte order mark: put back the one "CSV for Excel" needs.
    if (utf8.startsWith("\xEF\xBB\xBF"))
        out << QChar(0xFEFF);
    out << QString::fromUtf8(utf8);
}

int Context::writeOutput(const QString &path, const QByteArray &data)
{
    if (path == QLatin1String("-")) {
        print(data);
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail(QCoreApplication::translate("passages-cli", "cannot write %1: %2")
                        .arg(path, file.errorString()));
    return Ok;
}

int Context::require(const Options &options, const QStringList &names, const QString &command)
{
    for (const QString &name : names)
        if (!options.has(name) || options.value(name).isEmpty())
            return usage(QCoreApplication::translate("passages-cli", "%1: option --%2 is required")
                             .arg(command, name));
    return Ok;
}

Result<Session> Context::openSession(Communes communes, Create create) const
{
    if (create == Create::No && !QFileInfo::exists(dbPath))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("passages-cli",
                                                     "there is no database at %1 (check --db; "
                                                     "passages-cli init --site CODE --desk "
                                                     "LABEL creates one)")
                             .arg(dbPath),
                         QStringLiteral("db"));
    return openSession(dbPath, communes);
}

Result<Session> Context::openSession(const QString &path, Communes communes)
{
    return openDesk(path, communes == Communes::Load);
}

std::optional<int> parseYear(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

} // namespace passages::cli
