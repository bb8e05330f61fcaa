// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/csv.h"
#include "core/report/attendance.h"
#include "core/report/attendance_source.h"
#include "core/report/small_cells.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace passages {

class Database;
class Referential;
class CommuneIndex;

/// One line of a bilan table: a pôle, an age band, an event...
struct BilanLine
{
    QString code;
    QString label;
    QString color; ///< pôles: the referential colour; empty otherwise
    qint64 count = 0;
    qint64 previous = 0; ///< the previous year (when the table compares)
};

/// A table of the yearly bilan, with the previous year beside each line when it
/// compares.
struct BilanTable
{
    QString key;        ///< stable: "contacts-pole", "interviews-pole", "participants-event"...
    QString title;      ///< translated ("Contacts by pôle")
    QString itemHeader; ///< translated first column header ("Pôle")
    QList<BilanLine> lines;
    qint64 total = 0;
    qint64 previousTotal = 0;
    bool comparesYears = true;
    /// Lines left out of a long table (top events), summed in `otherCount`.
    int otherLines = 0;
    qint64 otherCount = 0;
    qint64 otherPrevious = 0;
};

/// A table from a breakdown (its lines in order, then the rest as "other"), for the bilan
/// and the dashboard's tables; keyed by the breakdown's name unless `key` is given.
BilanTable bilanTable(const Breakdown &breakdown, QString key = {}, QString title = {},
                      QString itemHeader = {});

/// A headline figure of the *Synthèse chiffrée* ("63 450 personnes touchées (+ 8 %)").
struct BilanHeadline
{
    QString key; ///< "contacts", "interviews", "events", "participants", "opening-days", "per-day"
    QString label;
    double value = 0;
    double previous = 0;
    bool decimal = false; ///< an average, shown with one decimal
};

/// The yearly bilan des activités: what the direction publishes, year over year.
struct Bilan
{
    int year = 0;
    QString cite;  ///< the Cité's name
    QString scope; ///< "All sites" or the site (and desk) the figures are limited to
    QList<BilanHeadline> headlines;
    QList<BilanTable> tables;
    PoleSeries months;         ///< the year month by month, stacked by pôle
    PoleSeries previousMonths; ///< the previous year, month by month
    /// Set when the year is not over: contacts are counted to this day, and compared
    /// with the same dates of the previous year (interviews and events: whole years).
    QDate periodEnd;
    /// Whether the programme (events, interviews) is in this database's schema.
    bool hasProgramme = false;

    const BilanTable *table(const QString &key) const;
};

/// What an export of the bilan hides under a small-cell policy: the small cells and,
/// so that none can be recomputed from a published total, their complements
/// (CellSuppression). The CSV, the workbook and the PDF read the same flags, so the
/// three show the same cells.
struct BilanHidden
{
    /// Per table (as Bilan::tables), per row: each line, then "Other" when the table
    /// has one, then the total. `now`: the year; `before`: the previous year.
    QList<QList<bool>> now;
    QList<QList<bool>> before;
    /// Per month, then the year's total.
    QList<bool> months;
    QList<bool> previousMonths;
    /// The year's months by pôle (the PDF's stacked chart), per month then per pôle:
    /// the month totals and the pôle totals are published, so both count as sums.
    QList<QList<bool>> monthPoles;
    /// Per headline (as Bilan::headlines): its value, its previous value.
    QList<bool> headline;
    QList<bool> previousHeadline;

    static BilanHidden of(const Bilan &bilan, const SmallCellPolicy &policy);
};

/// Builds the bilan from walk-ins (contacts) and, when there, the programme's reports
/// (interviews by pôle, participants by event and by event type).
class BilanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BilanBuilder)

public:
    BilanBuilder(const Database &db, const Referential &referential, const CommuneIndex &communes,
                 OpeningCalendar calendar = {});
    /// `filter`: site and desk; its `to`, when inside `year`, is "today" (the year so
    /// far); its other fields are ignored.
    Result<Bilan> build(int year, const AttendanceFilter &filter = {}) const;
    /// The same bilan from any source of walk-ins (the network database's too):
    /// `programme`, a database with the desk schema's programme tables (interviews,
    /// events, sessions, attendance), or nullptr when the source has none
    /// (Bilan::hasProgramme false).
    static Result<Bilan> build(const AttendanceFactory &attendance, const Database *programme,
                               const Referential &referential, int year,
                               const AttendanceFilter &filter);

private:
    const Database &m_db;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
    OpeningCalendar m_calendar;
};

/// A table ready to be written as CSV: headers and rows of cells.
struct ExportTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
};

/// Tables one after the other, each after a line with its title and separated by a
/// blank line. Counts are digits only ("1881") so that spreadsheets read numbers.
QByteArray toCsv(const QList<ExportTable> &tables, CsvFlavour flavour);

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    /// The bilan's headline figures and tables; counts below the policy's threshold
    /// become "< 5".
    static QList<ExportTable> bilan(const Bilan &bilan, const SmallCellPolicy &policy,
                                    CsvFlavour flavour);
    static ExportTable breakdown(const Breakdown &breakdown, const QString &title,
                                 const SmallCellPolicy &policy, CsvFlavour flavour);
    /// One row per bucket: key, each pôle, total, opening days (and "closed").
    static ExportTable series(const PoleSeries &series, const QString &title,
                              const SmallCellPolicy &policy);
    /// Rows: weekday; columns: hours; cells: mean walk-ins per opening day.
    static ExportTable heatMap(const HeatMap &map, const QString &title, CsvFlavour flavour);
    /// A change in % as a spreadsheet cell ("22,4" / "22.4"), empty when none.
    static QString changeCell(const std::optional<double> &change, CsvFlavour flavour);
};

} // namespace passages
