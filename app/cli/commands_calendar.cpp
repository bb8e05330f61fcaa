// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli closure add|list|delete: the days a Cité sets as closed, so the dashboard
// shows them as closed (not as zero attendance) and averages per opening day.
#include "app/cli/context.h"

#include "core/report/calendar.h"

#include <QCoreApplication>

namespace passages::cli {

namespace {

std::optional<QDate> parseDay(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && text.size() == 10 ? std::optional<QDate>(date) : std::nullopt;
}

int closureAdd(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("from"), QStringLiteral("reason")},
                               QStringLiteral("closure add")))
        return code;
    // --reason is required: a blank one is as good as none (the GUI may leave it empty).
    if (options.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(
            QCoreApplication::translate("passages-cli", "closure add: --reason must not be blank"));
    const std::optional<QDate> from = parseDay(options.value(QStringLiteral("from")));
    const std::optional<QDate> to =
        options.has(QStringLiteral("to")) ? parseDay(options.value(QStringLiteral("to"))) : from;
    if (!from || !to)
        return ctx.usage(QCoreApplication::translate("passages-cli",
                                                     "closure add: --from and --to need "
                                                     "YYYY-MM-DD dates"));
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    if (int code = requireAdmin(ctx, *session->db, AdminAction::EditClosures))
        return code;
    const QString site = options.value(QStringLiteral("site"));
    if (int code = requireKnownSite(ctx, session->referential, site))
        return code;
    ClosureStore store(*session->db);
    // The core's rules: no overlap with a live closure, and days people already came
    // are closed only when asked for (--despite-walk-ins), as the GUI asks first.
    const bool despite = options.has(QStringLiteral("despite-walk-ins"));
    Result<Closure> added =
        store.add({{}, site, *from, *to, options.value(QStringLiteral("reason"))},
                  despite ? ClosureStore::WalkIns::Accept : ClosureStore::WalkIns::Refuse);
    if (!added && added.error().code == ErrorCode::NeedsConfirmation)
        return ctx.fail(added.error().message + QLatin1Char(' ') +
                        QCoreApplication::translate("passages-cli",
                                                    "Add --despite-walk-ins to close those "
                                                    "days all the same."));
    if (!added)
        return ctx.fail(added.error());
    ctx.out << added->id << '\n';
    return Ok;
}

int closureList(Context &ctx, const Options &options)
{
    QDate from, to;
    if (options.has(QStringLiteral("year"))) {
        const std::optional<int> year = parseYear(options.value(QStringLiteral("year")));
        if (!year)
            return ctx.usage(QCoreApplication::translate(
                "passages-cli", "closure list: --year needs a year such as 2024"));
        from = QDate(*year, 1, 1);
        to = QDate(*year, 12, 31);
    }
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Result<QList<Closure>> closures = ClosureStore::list(*session->db, from, to);
    if (!closures)
        return ctx.fail(closures.error());
    for (const Closure &c : *closures)
        ctx.out << c.id << '\t' << c.first.toString(Qt::ISODate) << '\t'
                << c.last.toString(Qt::ISODate) << '\t'
                << (c.closedSite.isEmpty() ? QStringLiteral("*") : c.closedSite) << '\t' << c.reason
                << '\n';
    return Ok;
}

int closureDelete(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("id")}, QStringLiteral("closure delete")))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    if (int code = requireAdmin(ctx, *session->db, AdminAction::EditClosures))
        return code;
    if (Status s = ClosureStore(*session->db).remove(options.value(QStringLiteral("id"))); !s)
        return ctx.fail(s.error());
    return Ok;
}

} // namespace

QList<Command> calendarCommands()
{
    return {
        {QStringLiteral("closure add"),
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("site"),
          QStringLiteral("reason")},
         closureAdd,
         {QStringLiteral("despite-walk-ins")}},
        {QStringLiteral("closure list"), {QStringLiteral("year")}, closureList},
        {QStringLiteral("closure delete"), {QStringLiteral("id")}, closureDelete},
    };
}

} // namespace passages::cli
