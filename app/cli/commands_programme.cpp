// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli commands of the programme and the pôle desks: event add, attend, list,
// summary, duplicate, delete; interview, interview delete.
#include "app/cli/context.h"

#include "core/io/csv.h"
#include "core/programme/interviews.h"
#include "core/programme/programme.h"
#include "core/report/programme_report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace passages::cli {

namespace {

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
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

/// Reads an optional date option into `date`; exit 2 on a malformed one.
int dateOption(Context &ctx, const Options &options, const char *name, const char *command,
               QDate *date)
{
    const QString key = QLatin1String(name);
    if (!options.has(key))
        return Ok;
    const std::optional<QDate> parsed = parseDate(options.value(key));
    if (!parsed)
        return ctx.usage(QCoreApplication::translate("passages-cli",
                                                     "%1: --%2 needs a date YYYY-MM-DD, got \"%3\"")
                             .arg(QLatin1String(command), key, options.value(key)));
    *date = *parsed;
    return Ok;
}

/// Reads an optional whole number option (>= 0) into `value`; exit 2 on a malformed one.
int numberOption(Context &ctx, const Options &options, const char *name, const char *command,
                 std::optional<int> *value)
{
    const QString key = QLatin1String(name);
    if (!options.has(key))
        return Ok;
    bool ok = false;
    const int parsed = options.value(key).toInt(&ok);
    if (!ok || parsed < 0)
        return ctx.usage(
            QCoreApplication::translate("passages-cli", "%1: --%2 needs a whole number, got \"%3\"")
                .arg(QLatin1String(command), key, options.value(key)));
    *value = parsed;
    return Ok;
}

int yearOption(Context &ctx, const Options &options, const char *command, int *year)
{
    if (!options.has(QStringLiteral("year")))
        return Ok;
    const std::optional<int> parsed = parseYear(options.value(QStringLiteral("year")));
    if (!parsed)
        return ctx.usage(QCoreApplication::translate(
                             "passages-cli", "%1: --year needs a year such as 2024, got \"%2\"")
                             .arg(QLatin1String(command), options.value(QStringLiteral("year"))));
    *year = *parsed;
    return Ok;
}

int formatOption(Context &ctx, const Options &options, const char *command,
                 const QStringList &allowed, QString *format)
{
    *format = options.has(QStringLiteral("format")) ? options.value(QStringLiteral("format"))
                                                    : QStringLiteral("text");
    if (!allowed.contains(*format))
        return ctx.usage(
            QCoreApplication::translate("passages-cli", "%1: --format must be %2, got \"%3\"")
                .arg(QLatin1String(command), allowed.join(QLatin1Char('|')), *format));
    return Ok;
}

int eventAdd(Context &ctx, const Options &options)
{
    if (int code = ctx.require(
            options, {QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("start")},
            QStringLiteral("event add")))
        return code;
    QDate start;
    QDate end;
    if (int code = dateOption(ctx, options, "start", "event add", &start))
        return code;
    if (int code = dateOption(ctx, options, "end", "event add", &end))
        return code;
    EventInput input;
    input.title = options.value(QStringLiteral("title"));
    input.type = options.value(QStringLiteral("type"));
    input.pole = options.value(QStringLiteral("pole"));
    input.location = options.value(QStringLiteral("location"));
    input.partners =
        options.value(QStringLiteral("partners")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &partner : input.partners)
        partner = partner.trimmed();
    if (int code = numberOption(ctx, options, "capacity", "event add", &input.capacity))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Programme programme(*session->db, session->referential);
    Result<Event> event = programme.createEvent(input, start, end);
    if (!event)
        return ctx.fail(event.error());
    ctx.out << event->id << '\n';
    return Ok;
}

int eventAttend(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("id"), QStringLiteral("count")},
                               QStringLiteral("event attend")))
        return code;
    std::optional<int> count;
    AttendanceInput input;
    if (int code = numberOption(ctx, options, "count", "event attend", &count))
        return code;
    input.participants = *count;
    if (int code = numberOption(ctx, options, "pupils", "event attend", &input.pupils))
        return code;
    if (int code = numberOption(ctx, options, "classes", "event attend", &input.classes))
        return code;
    QDate date;
    if (int code = dateOption(ctx, options, "date", "event attend", &date))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Programme programme(*session->db, session->referential);
    const QString id = options.value(QStringLiteral("id"));
    Result<Event> event = programme.findEvent(id);
    if (!event)
        return ctx.fail(event.error());
    if (event->deleted)
        return ctx.fail(
            QCoreApplication::translate("passages-cli", "event \"%1\" was deleted").arg(id));
    if (!date.isValid()) {
        // Without --date: the event's only day, else the organiser must say which.
        if (event->first != event->last)
            return ctx.usage(
                QCoreApplication::translate(
                    "passages-cli", "event attend: the event runs from %1 to %2; give --date")
                    .arg(event->first.toString(Qt::ISODate), event->last.toString(Qt::ISODate)));
        date = event->first;
    }
    Result<EventSession> day = programme.sessionOn(id, date);
    if (!day)
        return ctx.fail(day.error());
    Result<Attendance> attendance = programme.recordAttendance(day->id, input);
    if (!attendance)
        return ctx.fail(attendance.error());
    ctx.out << attendance->id << '\n';
    return Ok;
}

QString poleCode(const Event &e)
{
    return e.pole.isEmpty() ? QStringLiteral("transversal") : e.pole;
}

int eventList(Context &ctx, const Options &options)
{
    int year = 0;
    if (int code = yearOption(ctx, options, "event list", &year))
        return code;
    QString format;
    if (int code = formatOption(
            ctx, options, "event list",
            {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")}, &format))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Programme programme(*session->db, session->referential);
    Result<QList<Event>> events = programme.eventsOfYear(year);
    if (!events)
        return ctx.fail(events.error());

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Event &e : *events) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), e.id);
            o.insert(QStringLiteral("title"), e.title);
            o.insert(QStringLiteral("type"), e.type);
            o.insert(QStringLiteral("pole"), poleCode(e));
            o.insert(QStringLiteral("location"), e.location);
            o.insert(QStringLiteral("partners"), QJsonArray::fromStringList(e.partners));
            o.insert(QStringLiteral("capacity"),
                     e.capacity ? QJsonValue(*e.capacity) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("start"), e.first.toString(Qt::ISODate));
            o.insert(QStringLiteral("end"), e.last.toString(Qt::ISODate));
            o.insert(QStringLiteral("sessions"), e.sessions);
            o.insert(QStringLiteral("participants"), e.participants);
            array.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("year"), year ? QJsonValue(year) : QJsonValue(QJsonValue::Null));
        root.insert(QStringLiteral("events"), array);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << '\n';
    } else if (format == QLatin1String("csv")) {
        CsvWriter writer(csvFlavour(options.has(QStringLiteral("excel"))));
        writer.writeRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("type"),
                         QStringLiteral("pole"), QStringLiteral("location"),
                         QStringLiteral("partners"), QStringLiteral("capacity"),
                         QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("sessions"),
                         QStringLiteral("participants")});
        for (const Event &e : *events)
            writer.writeRow({e.id, e.title, e.type, poleCode(e), e.location,
                             e.partners.join(QLatin1Char(',')),
                             e.capacity ? QString::number(*e.capacity) : QString(),
                             e.first.toString(Qt::ISODate), e.last.toString(Qt::ISODate),
                             QString::number(e.sessions), QString::number(e.participants)});
        ctx.print(writer.data());
    } else {
        const Referential &ref = session->referential;
        for (const Event &e : *events) {
            const QString dates = e.first == e.last
                                      ? e.first.toString(Qt::ISODate)
                                      : e.first.toString(Qt::ISODate) + QStringLiteral("..") +
                                            e.last.toString(Qt::ISODate);
            ctx.out << dates.leftJustified(23) << ' '
                    << ref.label(Referential::Kind::EventType, e.type).leftJustified(18) << ' '
                    << QString::number(e.participants).rightJustified(7) << "  " << e.title << "  ("
                    << e.id << ")\n";
        }
    }
    return Ok;
}

int eventSummary(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("year")}, QStringLiteral("event summary")))
        return code;
    int year = 0;
    if (int code = yearOption(ctx, options, "event summary", &year))
        return code;
    QString format;
    if (int code = formatOption(ctx, options, "event summary",
                                {QStringLiteral("text"), QStringLiteral("json")}, &format))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    ProgrammeReports reports(*session->db, session->referential);
    Result<ProgrammeSummary> summary = reports.summary(year);
    if (!summary)
        return ctx.fail(summary.error());
    Result<QList<MajorEvent>> major = reports.majorEvents(year);
    if (!major)
        return ctx.fail(major.error());

    if (format == QLatin1String("json")) {
        QJsonObject root;
        root.insert(QStringLiteral("year"), year);
        root.insert(QStringLiteral("events"), summary->events);
        root.insert(QStringLiteral("sessions"), summary->sessions);
        root.insert(QStringLiteral("workshop_offers"), summary->workshopOffers);
        root.insert(QStringLiteral("workshop_sessions"), summary->workshopSessions);
        root.insert(QStringLiteral("participants"), summary->participants);
        root.insert(QStringLiteral("pupils"), summary->pupils);
        root.insert(QStringLiteral("classes"), summary->classes);
        QJsonArray rows;
        for (const MajorEvent &e : *major) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), e.id);
            o.insert(QStringLiteral("title"), e.title);
            o.insert(QStringLiteral("type"), e.type);
            o.insert(QStringLiteral("start"), e.first.toString(Qt::ISODate));
            o.insert(QStringLiteral("end"), e.last.toString(Qt::ISODate));
            o.insert(QStringLiteral("participants"), e.participants);
            o.insert(QStringLiteral("pupils"), e.pupils);
            rows.append(o);
        }
        root.insert(QStringLiteral("major_events"), rows);
        ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact)) << '\n';
        return Ok;
    }
    auto line = [&](const QString &label, qint64 value) {
        ctx.out << label.leftJustified(28) << QString::number(value).rightJustified(8) << '\n';
    };
    line(QCoreApplication::translate("passages-cli", "Events"), summary->events);
    line(QCoreApplication::translate("passages-cli", "Sessions"), summary->sessions);
    line(QCoreApplication::translate("passages-cli", "Workshop offers"), summary->workshopOffers);
    line(QCoreApplication::translate("passages-cli", "Workshop sessions"),
         summary->workshopSessions);
    line(QCoreApplication::translate("passages-cli", "Participants"), summary->participants);
    line(QCoreApplication::translate("passages-cli", "Pupils"), summary->pupils);
    line(QCoreApplication::translate("passages-cli", "Classes"), summary->classes);
    if (!major->isEmpty()) {
        ctx.out << '\n' << QCoreApplication::translate("passages-cli", "Major events") << '\n';
        for (const MajorEvent &e : *major) {
            const QString dates = e.first == e.last
                                      ? e.first.toString(Qt::ISODate)
                                      : e.first.toString(Qt::ISODate) + QStringLiteral("..") +
                                            e.last.toString(Qt::ISODate);
            ctx.out << dates.leftJustified(23) << ' '
                    << QString::number(e.participants).rightJustified(8) << "  " << e.title << '\n';
        }
    }
    return Ok;
}

int eventDuplicate(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("id"), QStringLiteral("start")},
                               QStringLiteral("event duplicate")))
        return code;
    QDate start;
    if (int code = dateOption(ctx, options, "start", "event duplicate", &start))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Programme programme(*session->db, session->referential);
    Result<Event> copy = programme.duplicateEvent(options.value(QStringLiteral("id")), start);
    if (!copy)
        return ctx.fail(copy.error());
    ctx.out << copy->id << '\n';
    return Ok;
}

int eventDelete(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("id")}, QStringLiteral("event delete")))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Programme programme(*session->db, session->referential);
    Result<Event> removed = programme.removeEvent(options.value(QStringLiteral("id")));
    if (!removed)
        return ctx.fail(removed.error());
    return Ok;
}

int interviewLog(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("pole")}, QStringLiteral("interview")))
        return code;
    InterviewInput input;
    input.pole = options.value(QStringLiteral("pole"));
    input.theme = options.value(QStringLiteral("theme"));
    input.partner = options.value(QStringLiteral("partner"));
    input.channel = options.value(QStringLiteral("channel"));
    input.durationBand = options.value(QStringLiteral("duration"));
    if (options.has(QStringLiteral("at"))) {
        input.at = parseAt(options.value(QStringLiteral("at")));
        if (!input.at)
            return ctx.usage(
                QCoreApplication::translate(
                    "passages-cli", "interview: --at needs YYYY-MM-DDTHH:MM[:SS], got \"%1\"")
                    .arg(options.value(QStringLiteral("at"))));
    }
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Interviews interviews(*session->db, session->referential);
    Result<Interview> logged = interviews.log(input);
    if (!logged)
        return ctx.fail(logged.error());
    ctx.out << logged->id << '\n';
    return Ok;
}

int interviewDelete(Context &ctx, const Options &options)
{
    if (int code = ctx.require(options, {QStringLiteral("id")}, QStringLiteral("interview delete")))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Interviews interviews(*session->db, session->referential);
    Result<Interview> removed = interviews.remove(options.value(QStringLiteral("id")));
    if (!removed)
        return ctx.fail(removed.error());
    return Ok;
}

} // namespace

QList<Command> programmeCommands()
{
    return {
        {QStringLiteral("event add"),
         {QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("start"),
          QStringLiteral("end"), QStringLiteral("pole"), QStringLiteral("location"),
          QStringLiteral("partners"), QStringLiteral("capacity")},
         eventAdd},
        {QStringLiteral("event attend"),
         {QStringLiteral("id"), QStringLiteral("count"), QStringLiteral("date"),
          QStringLiteral("pupils"), QStringLiteral("classes")},
         eventAttend},
        {QStringLiteral("event list"),
         {QStringLiteral("year"), QStringLiteral("format")},
         eventList,
         {QStringLiteral("excel")}},
        {QStringLiteral("event summary"),
         {QStringLiteral("year"), QStringLiteral("format")},
         eventSummary},
        {QStringLiteral("event duplicate"),
         {QStringLiteral("id"), QStringLiteral("start")},
         eventDuplicate},
        {QStringLiteral("event delete"), {QStringLiteral("id")}, eventDelete},
        {QStringLiteral("interview"),
         {QStringLiteral("pole"), QStringLiteral("theme"), QStringLiteral("partner"),
          QStringLiteral("channel"), QStringLiteral("duration"), QStringLiteral("at")},
         interviewLog},
        {QStringLiteral("interview delete"), {QStringLiteral("id")}, interviewDelete},
    };
}

} // namespace passages::cli
