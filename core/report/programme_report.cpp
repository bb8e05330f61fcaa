// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/programme_report.h"

#include "core/io/csv.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/report/dimensions_p.h"
#include "core/storage/database.h"
#include "core/storage/record.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

namespace {

using Kind = Referential::Kind;

using report_detail::Dimension;

constexpr Dimension<ParticipantDimension> participantDimensions[] = {
    {ParticipantDimension::Event, "event", "a.event_id"},
    {ParticipantDimension::EventType, "event-type", "e.type"},
    {ParticipantDimension::Pole, "pole", "IFNULL(e.pole, '')"},
    {ParticipantDimension::Location, "location", "e.location"},
    {ParticipantDimension::Site, "site", "a.site"},
};

constexpr Dimension<InterviewDimension> interviewDimensions[] = {
    {InterviewDimension::Pole, "pole", "pole"},
    {InterviewDimension::Theme, "theme", "IFNULL(theme, '')"},
    {InterviewDimension::Partner, "partner", "IFNULL(partner, '')"},
    {InterviewDimension::Channel, "channel", "channel"},
    {InterviewDimension::DurationBand, "duration", "IFNULL(duration_band, '')"},
    {InterviewDimension::Site, "site", "site"},
};

/// JSON string literal of a text (with the quotes).
QByteArray jsonText(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool validYear(int year)
{
    return year >= 1900 && year <= 9999;
}

/// Binds a yearly query's :from and :to (the year's bounds) and its :site and :desk filters.
void bindYear(QSqlQuery &query, int year, const ReportFilter &filter)
{
    query.bindValue(QStringLiteral(":from"), record::yearStart(year));
    query.bindValue(QStringLiteral(":to"), record::yearStart(year + 1));
    query.bindValue(QStringLiteral(":site"), filter.site);
    query.bindValue(QStringLiteral(":desk"), filter.desk);
}

/// A yearly report from a query giving (code, ..., count in `countColumn`) rows, each
/// labelled by `label(row, query)`.
template <typename Label>
Result<YearlyCounts> yearlyReport(QSqlQuery &query, int year, const ReportFilter &filter,
                                  const QString &by, int countColumn, const QString &doing,
                                  Label label)
{
    bindYear(query, year, filter);
    if (!query.exec())
        return sqlError(query, doing);
    YearlyCounts report;
    report.year = year;
    report.by = by;
    while (query.next()) {
        ReportRow row;
        row.code = query.value(0).toString();
        row.count = query.value(countColumn).toLongLong();
        label(row, std::as_const(query));
        report.total += row.count;
        report.rows.append(row);
    }
    report.sortRows();
    return report;
}

} // namespace

// --- dimension names --------------------------------------------------------------------

std::optional<ParticipantDimension> participantDimensionFromName(const QString &name)
{
    return report_detail::fromName(participantDimensions, name);
}

QString participantDimensionName(ParticipantDimension dimension)
{
    return QLatin1String(report_detail::find(participantDimensions, dimension)->name);
}

QString participantDimensionNames()
{
    return report_detail::names(participantDimensions);
}

std::optional<InterviewDimension> interviewDimensionFromName(const QString &name)
{
    return report_detail::fromName(interviewDimensions, name);
}

QString interviewDimensionName(InterviewDimension dimension)
{
    return QLatin1String(report_detail::find(interviewDimensions, dimension)->name);
}

QString interviewDimensionNames()
{
    return report_detail::names(interviewDimensions);
}

// --- year over year ---------------------------------------------------------------------

YearOverYear YearOverYear::compare(const YearlyCounts &current, const YearlyCounts &previous)
{
    YearOverYear result;
    result.year = current.year;
    result.by = current.by;
    result.total = current.total;
    result.previousTotal = previous.total;
    QHash<QString, qsizetype> index;
    for (const ReportRow &row : current.rows) {
        index.insert(row.code, result.rows.size());
        result.rows.append({row.code, row.label, row.count, 0});
    }
    for (const ReportRow &row : previous.rows) {
        const auto it = index.constFind(row.code);
        if (it != index.constEnd())
            result.rows[*it].previous = row.count;
        else
            result.rows.append({row.code, row.label, 0, row.count});
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const YearOverYearRow &a, const YearOverYearRow &b) {
                  if (a.current != b.current)
                      return a.current > b.current;
                  if (a.previous != b.previous)
                      return a.previous > b.previous;
                  return a.code < b.code;
              });
    return result;
}

QByteArray YearOverYear::toJson() const
{
    QByteArray json = "{\"year\":" + QByteArray::number(year) +
                      ",\"previous_year\":" + QByteArray::number(year - 1) +
                      ",\"by\":" + jsonText(by) + ",\"rows\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const YearOverYearRow &row = rows.at(i);
        if (i > 0)
            json += ',';
        json += "{\"code\":" + jsonText(row.code) + ",\"label\":" + jsonText(row.label) +
                ",\"count\":" + QByteArray::number(row.current) +
                ",\"previous\":" + QByteArray::number(row.previous) + '}';
    }
    json += "],\"total\":" + QByteArray::number(total) +
            ",\"previous_total\":" + QByteArray::number(previousTotal) + "}\n";
    return json;
}

QByteArray YearOverYear::toCsv(CsvFlavour flavour) const
{
    CsvWriter writer(flavour);
    writer.writeRow({QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("count"),
                     QStringLiteral("previous")});
    for (const YearOverYearRow &row : rows)
        writer.writeRow(
            {row.code, row.label, QString::number(row.current), QString::number(row.previous)});
    return writer.data();
}

// --- reports ----------------------------------------------------------------------------

ProgrammeReports::ProgrammeReports(const Database &db, const Referential &referential)
    : m_db(db), m_referential(referential)
{}

QStringList ProgrammeReports::defaultMajorTypes()
{
    return {QStringLiteral("grand-evenement"), QStringLiteral("forum"),
            QStringLiteral("rencontre-metiers")};
}

Result<YearlyCounts> ProgrammeReports::participants(int year, ParticipantDimension by,
                                                    const ReportFilter &filter) const
{
    if (!validYear(year))
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    // The attendance's local date (its session's) is the bucketing key; attendance of a
    // deleted session or event is not counted even if its own tombstone has not arrived.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 AS code, MAX(e.title), SUM(a.participants) FROM attendance a "
                       "JOIN event_session s ON s.id = a.session_id AND s.deleted = 0 "
                       "JOIN event e ON e.id = a.event_id AND e.deleted = 0 "
                       "WHERE a.deleted = 0 AND a.local_date >= :from AND a.local_date < :to "
                       "AND (IFNULL(:site, '') = '' OR a.site = :site) "
                       "AND (IFNULL(:desk, '') = '' OR a.desk = :desk) "
                       "GROUP BY code")
            .arg(QLatin1String(report_detail::find(participantDimensions, by)->column)));
    return yearlyReport(q, year, filter, participantDimensionName(by), 2,
                        tr("Computing the participants report"),
                        [this, by](ReportRow &row, const QSqlQuery &result) {
                            switch (by) {
                            case ParticipantDimension::Event:
                                row.label = result.value(1).toString();
                                break;
                            case ParticipantDimension::EventType:
                                row.label = m_referential.label(Kind::EventType, row.code);
                                break;
                            case ParticipantDimension::Pole:
                                if (row.code.isEmpty()) {
                                    row.code = QStringLiteral("transversal");
                                    row.label = tr("Transversal");
                                } else {
                                    row.label = m_referential.label(Kind::Pole, row.code);
                                }
                                break;
                            case ParticipantDimension::Location:
                                row.label = m_referential.contains(Kind::Location, row.code)
                                                ? m_referential.label(Kind::Location, row.code)
                                                : m_referential.label(Kind::Site, row.code);
                                break;
                            case ParticipantDimension::Site:
                                row.label = m_referential.label(Kind::Site, row.code);
                                break;
                            }
                        });
}

Result<YearlyCounts> ProgrammeReports::interviews(int year, InterviewDimension by,
                                                  const ReportFilter &filter) const
{
    if (!validYear(year))
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 AS code, COUNT(*) FROM interview "
                       "WHERE local_date >= :from AND local_date < :to AND deleted = 0 "
                       "AND (IFNULL(:site, '') = '' OR site = :site) "
                       "AND (IFNULL(:desk, '') = '' OR desk = :desk) "
                       "GROUP BY code")
            .arg(QLatin1String(report_detail::find(interviewDimensions, by)->column)));
    return yearlyReport(
        q, year, filter, interviewDimensionName(by), 1, tr("Computing the interviews report"),
        [this, by](ReportRow &row, const QSqlQuery &) {
            switch (by) {
            case InterviewDimension::Pole:
                row.code = m_referential.reportCode(Kind::Pole, row.code);
                row.label = m_referential.label(Kind::Pole, row.code);
                break;
            case InterviewDimension::Theme:
                row.code = m_referential.reportCode(Kind::Theme, row.code);
                row.label = row.code.isEmpty() ? tr("No theme")
                                               : m_referential.label(Kind::Theme, row.code);
                break;
            case InterviewDimension::Partner:
                row.label = row.code.isEmpty() ? tr("No partner stated")
                                               : m_referential.label(Kind::Partner, row.code);
                break;
            case InterviewDimension::Channel:
                row.label = m_referential.label(Kind::Channel, row.code);
                break;
            case InterviewDimension::DurationBand:
                row.label = row.code.isEmpty() ? tr("Duration not stated")
                                               : m_referential.label(Kind::DurationBand, row.code);
                break;
            case InterviewDimension::Site:
                row.label = m_referential.label(Kind::Site, row.code);
                break;
            }
        });
}

Result<ProgrammeSummary> ProgrammeReports::summary(int year, const ReportFilter &filter) const
{
    if (!validYear(year))
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    ProgrammeSummary summary;
    summary.year = year;

    QSqlQuery sessions = m_db.prepare(
        QStringLiteral("SELECT e.id, e.type, e.title, s.id FROM event_session s "
                       "JOIN event e ON e.id = s.event_id AND e.deleted = 0 "
                       "WHERE s.deleted = 0 AND s.session_date >= :from AND s.session_date < :to "
                       "AND (IFNULL(:site, '') = '' OR s.site = :site) "
                       "AND (IFNULL(:desk, '') = '' OR s.desk = :desk)"));
    bindYear(sessions, year, filter);
    if (!sessions.exec())
        return sqlError(sessions, tr("Counting the sessions"));
    QSet<QString> events;
    QSet<QString> offers;
    while (sessions.next()) {
        events.insert(sessions.value(0).toString());
        ++summary.sessions;
        if (sessions.value(1).toString() == QLatin1String("atelier")) {
            ++summary.workshopSessions;
            // The same workshop given in two series (or duplicated) is one offer.
            offers.insert(CommuneIndex::fold(sessions.value(2).toString()));
        }
    }
    summary.events = events.size();
    summary.workshopOffers = offers.size();

    QSqlQuery totals = m_db.prepare(
        QStringLiteral("SELECT IFNULL(SUM(a.participants), 0), IFNULL(SUM(a.pupils), 0), "
                       "IFNULL(SUM(a.classes), 0) FROM attendance a "
                       "JOIN event_session s ON s.id = a.session_id AND s.deleted = 0 "
                       "JOIN event e ON e.id = a.event_id AND e.deleted = 0 "
                       "WHERE a.deleted = 0 AND a.local_date >= :from AND a.local_date < :to "
                       "AND (IFNULL(:site, '') = '' OR a.site = :site) "
                       "AND (IFNULL(:desk, '') = '' OR a.desk = :desk)"));
    bindYear(totals, year, filter);
    if (!totals.exec() || !totals.next())
        return sqlError(totals, tr("Counting the participants"));
    summary.participants = totals.value(0).toLongLong();
    summary.pupils = totals.value(1).toLongLong();
    summary.classes = totals.value(2).toLongLong();
    return summary;
}

Result<QList<MajorEvent>> ProgrammeReports::majorEvents(int year, const QStringList &types) const
{
    if (!validYear(year))
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    QList<MajorEvent> result;
    if (types.isEmpty())
        return result;
    QStringList placeholders;
    for (qsizetype i = 0; i < types.size(); ++i)
        placeholders << QStringLiteral(":t%1").arg(i);
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT e.id, e.title, e.type, "
            "(SELECT MIN(s.session_date) FROM event_session s WHERE s.event_id = e.id AND "
            "s.deleted = 0), "
            "(SELECT MAX(s.session_date) FROM event_session s WHERE s.event_id = e.id AND "
            "s.deleted = 0) "
            "FROM event e WHERE e.deleted = 0 AND e.type IN (%1) AND EXISTS (SELECT 1 FROM "
            "event_session s WHERE s.event_id = e.id AND s.deleted = 0 AND s.session_date >= :from "
            "AND s.session_date < :to)")
            .arg(placeholders.join(QLatin1String(", "))));
    for (qsizetype i = 0; i < types.size(); ++i)
        q.bindValue(placeholders.at(i), types.at(i));
    q.bindValue(QStringLiteral(":from"), record::yearStart(year));
    q.bindValue(QStringLiteral(":to"), record::yearStart(year + 1));
    if (!q.exec())
        return sqlError(q, tr("Listing the major events"));
    while (q.next()) {
        MajorEvent e;
        e.id = q.value(0).toString();
        e.title = q.value(1).toString();
        e.type = q.value(2).toString();
        e.first = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.last = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        result.append(e);
    }

    QSqlQuery days = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT session_date FROM event_session WHERE event_id = :id AND deleted = 0 "
        "AND session_date >= :from AND session_date < :to ORDER BY session_date"));
    QSqlQuery counts = m_db.prepare(QStringLiteral(
        "SELECT IFNULL(SUM(a.participants), 0), IFNULL(SUM(a.pupils), 0) FROM attendance a "
        "JOIN event_session s ON s.id = a.session_id AND s.deleted = 0 "
        "WHERE a.event_id = :id AND a.deleted = 0 AND a.local_date >= :from AND a.local_date < "
        ":to"));
    for (MajorEvent &e : result) {
        for (QSqlQuery *query : {&days, &counts}) {
            query->bindValue(QStringLiteral(":id"), e.id);
            query->bindValue(QStringLiteral(":from"), record::yearStart(year));
            query->bindValue(QStringLiteral(":to"), record::yearStart(year + 1));
            if (!query->exec())
                return sqlError(*query, tr("Listing the major events"));
        }
        while (days.next())
            e.dates.append(QDate::fromString(days.value(0).toString(), Qt::ISODate));
        if (counts.next()) {
            e.participants = counts.value(0).toLongLong();
            e.pupils = counts.value(1).toLongLong();
        }
    }
    std::sort(result.begin(), result.end(), [](const MajorEvent &a, const MajorEvent &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.title != b.title ? a.title < b.title : a.id < b.id;
    });
    return result;
}

Result<YearOverYear> ProgrammeReports::participantsYearOverYear(int year, ParticipantDimension by,
                                                                const ReportFilter &filter) const
{
    Result<YearlyCounts> current = participants(year, by, filter);
    if (!current)
        return current.error();
    Result<YearlyCounts> previous = participants(year - 1, by, filter);
    if (!previous)
        return previous.error();
    return YearOverYear::compare(*current, *previous);
}

Result<YearOverYear> ProgrammeReports::interviewsYearOverYear(int year, InterviewDimension by,
                                                              const ReportFilter &filter) const
{
    Result<YearlyCounts> current = interviews(year, by, filter);
    if (!current)
        return current.error();
    Result<YearlyCounts> previous = interviews(year - 1, by, filter);
    if (!previous)
        return previous.error();
    return YearOverYear::compare(*current, *previous);
}

} // namespace passages
