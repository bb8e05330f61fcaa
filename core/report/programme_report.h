// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/report/yearly_counts.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace passages {

class Database;
class Referential;

/// What a participants report groups by ("event", "event-type", "pole", "location",
/// "site").
enum class ParticipantDimension
{
    Event,
    EventType,
    Pole,
    Location,
    Site
};
std::optional<ParticipantDimension> participantDimensionFromName(const QString &name);
QString participantDimensionName(ParticipantDimension dimension);
/// "event|event-type|pole|location|site"
QString participantDimensionNames();

/// What an interviews report groups by ("pole", "theme", "partner", "channel",
/// "duration", "site").
enum class InterviewDimension
{
    Pole,
    Theme,
    Partner,
    Channel,
    DurationBand,
    Site
};
std::optional<InterviewDimension> interviewDimensionFromName(const QString &name);
QString interviewDimensionName(InterviewDimension dimension);
/// "pole|theme|partner|channel|duration|site"
QString interviewDimensionNames();

/// The programme's figures of a year, as the annual report gives them ("60 offres
/// d'ateliers, 350 sessions").
struct ProgrammeSummary
{
    int year = 0;
    qint64 events = 0;           ///< events with a session in the year
    qint64 sessions = 0;         ///< their sessions in the year
    qint64 workshopOffers = 0;   ///< distinct workshops (type "atelier", by title)
    qint64 workshopSessions = 0; ///< workshop sessions in the year
    qint64 participants = 0;     ///< attendance of the year
    qint64 pupils = 0;
    qint64 classes = 0;
};

/// One line of the "grands événements" table.
struct MajorEvent
{
    QString id;
    QString title;
    QString type;
    QDate first;             ///< the event's first day (it may start the year before)
    QDate last;              ///< its last day (it may end the year after)
    QList<QDate> dates;      ///< its days within the year
    qint64 participants = 0; ///< attendance within the year
    qint64 pupils = 0;
};

/// Two years of yearly counts side by side, rows by current count descending; a row present
/// in one year only has 0 in the other.
struct YearOverYearRow
{
    QString code;
    QString label;
    qint64 current = 0;
    qint64 previous = 0;
};

struct YearOverYear
{
    int year = 0; ///< the current year; previous is year - 1
    QString by;
    QList<YearOverYearRow> rows;
    qint64 total = 0;
    qint64 previousTotal = 0;

    static YearOverYear compare(const YearlyCounts &current, const YearlyCounts &previous);
    /// {"year":2024,"previous_year":2023,"by":"pole","rows":[{"code":..,"label":..,
    /// "count":..,"previous":..}],"total":..,"previous_total":..}
    QByteArray toJson() const;
    /// code,label,count,previous
    QByteArray toCsv(CsvFlavour flavour = CsvFlavour::Plain) const;
};

/// Yearly reports of the programme and the pôle desks, in the YearlyCounts shape shared
/// with walk-ins. Deleted rows, and attendance of deleted sessions or events, are
/// excluded; attendance counts in the year of its session's date, so a multi-day event
/// across New Year counts each day in its own year.
class ProgrammeReports
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReports)

public:
    ProgrammeReports(const Database &db, const Referential &referential);

    /// Participants (attendance summed) of `year` by `by`. For "event", `code` is the
    /// event id and `label` its title; events of no pôle are under "transversal".
    Result<YearlyCounts> participants(int year, ParticipantDimension by,
                                      const ReportFilter &filter = {}) const;
    /// Interviews of `year` by `by` (each interview counts 1).
    Result<YearlyCounts> interviews(int year, InterviewDimension by,
                                    const ReportFilter &filter = {}) const;
    Result<ProgrammeSummary> summary(int year, const ReportFilter &filter = {}) const;
    /// Events of the given types with a day in `year`, by first day then title.
    Result<QList<MajorEvent>> majorEvents(int year,
                                          const QStringList &types = defaultMajorTypes()) const;
    /// "grand-evenement", "forum", "rencontre-metiers": what the annual report lists.
    static QStringList defaultMajorTypes();

    Result<YearOverYear> participantsYearOverYear(int year, ParticipantDimension by,
                                                  const ReportFilter &filter = {}) const;
    Result<YearOverYear> interviewsYearOverYear(int year, InterviewDimension by,
                                                const ReportFilter &filter = {}) const;

private:
    const Database &m_db;
    const Referential &m_referential;
};

} // namespace passages
