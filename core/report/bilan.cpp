// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/bilan.h"

#include "core/io/csv.h"
#include "core/referential/referential.h"
#include "core/report/programme_report.h"
#include "core/storage/database.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace passages {

namespace {

bool hasTable(const Database &db, const char *name)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"));
    q.bindValue(QStringLiteral(":name"), QLatin1String(name));
    return q.exec() && q.next();
}

/// A table from the programme's year-over-year report, limited to `limit` lines.
BilanTable fromYearOverYear(const YearOverYear &y, QString key, QString title, QString header,
                            int limit, bool compares)
{
    BilanTable table;
    table.key = std::move(key);
    table.title = std::move(title);
    table.itemHeader = std::move(header);
    table.comparesYears = compares;
    for (const YearOverYearRow &row : y.rows) {
        if (!compares && row.current == 0)
            continue;
        if (limit > 0 && table.lines.size() >= limit) {
            ++table.otherLines;
            table.otherCount += row.current;
            table.otherPrevious += row.previous;
            continue;
        }
        table.lines << BilanLine{row.code, row.label, {}, row.current, row.previous};
    }
    table.total = y.total;
    table.previousTotal = y.previousTotal;
    return table;
}

/// "CV (5 mars 2024)", "Forum (14–15 mai 2024)": the days an event had participants in
/// `year`; the label alone when there are none.
QString withDates(const Database &db, const QString &eventId, const QString &label, int year)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT MIN(local_date), MAX(local_date) FROM attendance "
        "WHERE event_id = :id AND deleted = 0 AND local_date BETWEEN :from AND :to"));
    q.bindValue(QStringLiteral(":id"), eventId);
    q.bindValue(QStringLiteral(":from"), QDate(year, 1, 1).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":to"), QDate(year, 12, 31).toString(Qt::ISODate));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return label;
    const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const QLocale locale;
    const QString format = QStringLiteral("d MMMM yyyy");
    const QString dates =
        first == last
            ? locale.toString(first, format)
            : QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM")),
                                            locale.toString(last, format));
    return QStringLiteral("%1 (%2)").arg(label, dates);
}

} // namespace

BilanTable bilanTable(const Breakdown &breakdown, QString key, QString title, QString itemHeader)
{
    BilanTable table;
    table.key = key.isNull() ? breakdownName(breakdown.by) : std::move(key);
    table.title = std::move(title);
    table.itemHeader = std::move(itemHeader);
    for (const BreakdownRow &row : breakdown.rows)
        table.lines << BilanLine{row.code, row.label, {}, row.count, row.previous};
    table.total = breakdown.total;
    table.previousTotal = breakdown.previousTotal;
    table.otherLines = breakdown.otherRows;
    table.otherCount = breakdown.otherCount;
    table.otherPrevious = breakdown.otherPrevious;
    return table;
}

const BilanTable *Bilan::table(const QString &key) const
{
    for (const BilanTable &t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

BilanBuilder::BilanBuilder(const Database &db, const Referential &referential,
                           const CommuneIndex &communes, OpeningCalendar calendar)
    : m_db(db), m_referential(referential), m_communes(communes), m_calendar(std::move(calendar))
{}

Result<Bilan> BilanBuilder::build(int year, const AttendanceFilter &scope) const
{
    const bool programme = hasTable(m_db, "interview") && hasTable(m_db, "attendance");
    return build(sqliteAttendance(m_db, m_referential, m_communes, m_calendar),
                 programme ? &m_db : nullptr, m_referential, year, scope);
}

Result<Bilan> BilanBuilder::build(const AttendanceFactory &attendanceOf,
                                  const Database *programmeDb, const Referential &referential,
                                  int year, const AttendanceFilter &scope)
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    AttendanceFilter filter;
    filter.site = scope.site;
    filter.desk = scope.desk;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year, 12, 31);

    const std::unique_ptr<AttendanceSource> source = attendanceOf();
    AttendanceSource &attendance = *source;
    if (scope.to.isValid())
        attendance.setToday(scope.to);
    Bilan bilan;
    bilan.year = year;
    bilan.cite = referential.citeName();
    if (filter.site.isEmpty())
        bilan.scope = tr("All sites");
    else
        bilan.scope = referential.label(Referential::Kind::Site, filter.site);
    if (!filter.desk.isEmpty())
        bilan.scope += QStringLiteral(" — ") + filter.desk;

    Result<PoleSeries> months = attendance.monthly(filter);
    if (!months)
        return months.error();
    Result<PoleSeries> previousMonths = attendance.monthly(filter.previousYear());
    if (!previousMonths)
        return previousMonths.error();
    bilan.months = *months;
    bilan.previousMonths = *previousMonths;

    // The year so far against the same dates of the year before: a bilan of the current
    // year opened in November compares January-November with January-November.
    const QDate yearEnd(year, 12, 31);
    const bool partial = scope.to.isValid() && scope.to.year() == year && scope.to < yearEnd;
    AttendanceFilter span = filter;
    span.to = partial ? scope.to : yearEnd;
    if (partial) {
        bilan.periodEnd = span.to;
        bilan.scope += QStringLiteral(" — ") +
                       tr("1 January to %1, compared with the same dates of %2")
                           .arg(QLocale().toString(span.to, QStringLiteral("d MMMM yyyy")))
                           .arg(year - 1);
    }
    Result<PoleSeries> days = attendance.daily(span);
    if (!days)
        return days.error();
    Result<PoleSeries> previousDays = attendanceOf()->daily(span.previousYear());
    if (!previousDays)
        return previousDays.error();

    // Contacts by pôle (every pôle of the referential, in its order).
    BilanTable contacts;
    contacts.key = QStringLiteral("contacts-pole");
    contacts.title = tr("Contacts by pôle");
    contacts.itemHeader = tr("Pôle");
    for (int i = 0; i < days->poles.size(); ++i) {
        const SeriesKey &pole = days->poles.at(i);
        const int before = previousDays->poleIndex(pole.code);
        BilanLine line{pole.code, pole.label, pole.color, days->poleTotal(i),
                       before >= 0 ? previousDays->poleTotal(before) : 0};
        const Category *category = referential.find(Referential::Kind::Pole, pole.code);
        // A retired pôle appears only when it has figures.
        if (category && category->retired && line.count == 0 && line.previous == 0)
            continue;
        contacts.lines << line;
    }
    for (int i = 0; i < previousDays->poles.size(); ++i)
        if (days->poleIndex(previousDays->poles.at(i).code) < 0) {
            const SeriesKey &pole = previousDays->poles.at(i);
            contacts.lines << BilanLine{pole.code, pole.label, pole.color, 0,
                                        previousDays->poleTotal(i)};
        }
    contacts.total = days->total;
    contacts.previousTotal = previousDays->total;
    bilan.tables << contacts;

    bilan.headlines << BilanHeadline{QStringLiteral("contacts"), tr("Contacts (walk-ins)"),
                                     double(days->total), double(previousDays->total)};

    // The programme: interviews per pôle, events and participants.
    bilan.hasProgramme = programmeDb != nullptr;
    if (bilan.hasProgramme) {
        ProgrammeReports programme(*programmeDb, referential);
        const ReportFilter reportFilter{filter.site, filter.desk};
        Result<YearOverYear> interviews =
            programme.interviewsYearOverYear(year, InterviewDimension::Pole, reportFilter);
        if (!interviews)
            return interviews.error();
        BilanTable table = fromYearOverYear(*interviews, QStringLiteral("interviews-pole"),
                                            tr("Interviews by pôle"), tr("Pôle"), 0, true);
        for (BilanLine &line : table.lines)
            line.color = referential.poleColor(line.code);
        bilan.tables << table;

        Result<ProgrammeSummary> now = programme.summary(year, reportFilter);
        if (!now)
            return now.error();
        Result<ProgrammeSummary> before = programme.summary(year - 1, reportFilter);
        if (!before)
            return before.error();
        bilan.headlines << BilanHeadline{QStringLiteral("interviews"), tr("Interviews"),
                                         double(interviews->total),
                                         double(interviews->previousTotal)};
        bilan.headlines << BilanHeadline{QStringLiteral("events"), tr("Events"),
                                         double(now->events), double(before->events)};
        bilan.headlines << BilanHeadline{QStringLiteral("sessions"), tr("Sessions"),
                                         double(now->sessions), double(before->sessions)};
        bilan.headlines << BilanHeadline{QStringLiteral("participants"),
                                         tr("Participants in events"), double(now->participants),
                                         double(before->participants)};

        Result<YearOverYear> byType =
            programme.participantsYearOverYear(year, ParticipantDimension::EventType, reportFilter);
        if (!byType)
            return byType.error();
        bilan.tables << fromYearOverYear(*byType, QStringLiteral("participants-type"),
                                         tr("Participants by type of event"), tr("Type of event"),
                                         0, true);
        // Events differ from one year to the next: this table lists the year only.
        Result<YearOverYear> byEvent =
            programme.participantsYearOverYear(year, ParticipantDimension::Event, reportFilter);
        if (!byEvent)
            return byEvent.error();
        BilanTable events = fromYearOverYear(*byEvent, QStringLiteral("participants-event"),
                                             tr("Participants by event"), tr("Event"), 15, false);
        // Two sessions of a workshop (an event duplicated to a new date) share a title:
        // each line says when it ran.
        for (BilanLine &line : events.lines)
            line.label = withDates(*programmeDb, line.code, line.label, year);
        bilan.tables << events;
    }

    // What they came for, who came, from where.
    struct Dim
    {
        BreakdownBy by;
        const char *key;
        QString title;
        QString header;
        int limit;
    };
    const Dim dims[] = {
        {BreakdownBy::Theme, "contacts-theme", tr("Contacts by theme"), tr("Theme"), 15},
        {BreakdownBy::AgeBand, "contacts-age-band", tr("Contacts by age band"), tr("Age band"), 0},
        {BreakdownBy::Public, "contacts-public", tr("Contacts by public"), tr("Public"), 0},
        {BreakdownBy::Commune, "contacts-commune", tr("Contacts by commune"), tr("Commune"), 15},
        {BreakdownBy::Department, "contacts-department", tr("Contacts by department"),
         tr("Department"), 12},
    };
    for (const Dim &dim : dims) {
        Result<Breakdown> b = attendance.breakdown(dim.by, span, dim.limit);
        if (!b)
            return b.error();
        bilan.tables << bilanTable(*b, QLatin1String(dim.key), dim.title, dim.header);
    }
    // The optional desk fields (issue 17): when the desks show them, or when either year
    // recorded some (a field turned off keeps last year's figures in the bilan).
    const Dim optionalDims[] = {
        {BreakdownBy::ServiceLevel, "contacts-service-level", tr("Contacts by service level"),
         tr("Service level"), 0},
        {BreakdownBy::Orientation, "contacts-orientation", tr("Contacts by orientation"),
         tr("Orientation"), 0},
    };
    for (const Dim &dim : optionalDims) {
        Result<Breakdown> b = attendance.breakdown(dim.by, span, dim.limit);
        if (!b)
            return b.error();
        const bool shown = dim.by == BreakdownBy::ServiceLevel ? referential.fields().serviceLevel
                                                               : referential.fields().orientation;
        const bool recorded = std::any_of(b->rows.cbegin(), b->rows.cend(),
                                          [](const BreakdownRow &r) { return !r.code.isEmpty(); });
        if (shown || recorded)
            bilan.tables << bilanTable(*b, QLatin1String(dim.key), dim.title, dim.header);
    }

    const int openDays = days->openDays, previousOpenDays = previousDays->openDays;
    bilan.headlines << BilanHeadline{QStringLiteral("opening-days"), tr("Opening days"),
                                     double(openDays), double(previousOpenDays)};
    bilan.headlines << BilanHeadline{
        QStringLiteral("per-day"), tr("Contacts per opening day"),
        openDays > 0 ? double(days->total) / openDays : 0.0,
        previousOpenDays > 0 ? double(previousDays->total) / previousOpenDays : 0.0, true};
    return bilan;
}

BilanHidden BilanHidden::of(const Bilan &bilan, const SmallCellPolicy &policy)
{
    BilanHidden hidden;
    // The months by pôle (drawn in the PDF) add up to the month totals and to the pôle
    // totals of the year, which the contacts-by-pôle table publishes: one system, so the
    // chart cannot give back what the table hides, nor the reverse.
    QList<QList<qint64>> byPole;
    QList<qint64> totals;
    for (const Bucket &b : bilan.months.buckets) {
        QList<qint64> line = b.byPole;
        line.resize(bilan.months.poles.size());
        byPole << line;
        totals << b.total;
    }
    const HiddenGrid grid = hiddenInGrid(policy, byPole, totals, true);
    hidden.monthPoles = grid.cells;
    hidden.months = grid.lineTotals;
    hidden.months << grid.total;
    totals.clear();
    for (const Bucket &b : bilan.previousMonths.buckets)
        totals << b.total;
    hidden.previousMonths = hiddenInColumn(policy, totals, bilan.previousMonths.total);

    for (const BilanTable &t : bilan.tables) {
        QList<qint64> now, before;
        for (const BilanLine &line : t.lines) {
            now << line.count;
            before << line.previous;
        }
        if (t.otherLines > 0) {
            now << t.otherCount;
            before << t.otherPrevious;
        }
        QList<bool> hideNow = hiddenInColumn(policy, now, t.total);
        if (t.key == QLatin1String("contacts-pole") && t.otherLines == 0 &&
            t.total == bilan.months.total) {
            // The same pôle totals as the grid's columns: take the grid's flags.
            QList<bool> fromGrid;
            bool same = true;
            for (const BilanLine &line : t.lines) {
                const int pole = bilan.months.poleIndex(line.code);
                same = same && pole >= 0 && bilan.months.poleTotal(pole) == line.count;
                fromGrid << (pole >= 0 && grid.columnTotals.value(pole));
            }
            if (same) {
                fromGrid << grid.total;
                hideNow = fromGrid;
            }
        }
        hidden.now << hideNow;
        hidden.before << hiddenInColumn(policy, before, t.previousTotal);
    }
    // A headline repeats a table's total (hidden only when small, a total being the
    // last resort of a complement) or is not a count of people (opening days); the
    // contacts per opening day give the contacts back, so they hide with them.
    bool contactsNow = false, contactsBefore = false;
    for (const BilanHeadline &h : bilan.headlines) {
        const bool people = !h.decimal && h.key != QLatin1String("opening-days");
        hidden.headline << (people && policy.masks(std::llround(h.value)));
        hidden.previousHeadline << (people && policy.masks(std::llround(h.previous)));
        if (h.key == QLatin1String("contacts")) {
            contactsNow = hidden.headline.last();
            contactsBefore = hidden.previousHeadline.last();
        }
    }
    for (int i = 0; i < bilan.headlines.size(); ++i)
        if (bilan.headlines.at(i).key == QLatin1String("per-day")) {
            hidden.headline[i] = contactsNow;
            hidden.previousHeadline[i] = contactsBefore;
        }
    return hidden;
}

QByteArray toCsv(const QList<ExportTable> &tables, CsvFlavour flavour)
{
    CsvWriter writer(flavour);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const ExportTable &table = tables.at(i);
        if (i > 0)
            writer.writeRow({});
        if (!table.title.isEmpty())
            writer.writeRow({table.title});
        writer.writeRow(table.headers);
        for (const QStringList &row : table.rows)
            writer.writeRow(row);
    }
    return writer.data();
}

QString ReportExport::changeCell(const std::optional<double> &change, CsvFlavour flavour)
{
    if (!change)
        return {};
    QString text = QString::number(std::round(*change * 10.0) / 10.0, 'f', 1);
    if (flavour == CsvFlavour::FrenchExcel)
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

QList<ExportTable> ReportExport::bilan(const Bilan &bilan, const SmallCellPolicy &policy,
                                       CsvFlavour flavour)
{
    QList<ExportTable> tables;
    const QString year = QString::number(bilan.year);
    const QString previous = QString::number(bilan.year - 1);
    const BilanHidden hidden = BilanHidden::of(bilan, policy);
    ExportTable headlines;
    headlines.title = tr("%1 — bilan %2 (%3)").arg(bilan.cite, year, bilan.scope);
    headlines.headers = {tr("Figure"), year, previous, tr("Change %")};
    for (int i = 0; i < bilan.headlines.size(); ++i) {
        const BilanHeadline &h = bilan.headlines.at(i);
        auto number = [&](double v, bool masked) {
            if (!h.decimal || (policy.enabled && masked))
                return policy.cell(qint64(std::llround(v)), masked);
            QString text = QString::number(v, 'f', 1);
            if (flavour == CsvFlavour::FrenchExcel)
                text.replace(QLatin1Char('.'), QLatin1Char(','));
            return text;
        };
        const bool now = hidden.headline.at(i), before = hidden.previousHeadline.at(i);
        const std::optional<double> change =
            h.previous > 0 && !(policy.enabled && (now || before))
                ? std::optional<double>((h.value - h.previous) * 100.0 / h.previous)
                : std::nullopt;
        headlines.rows << QStringList{h.label, number(h.value, now), number(h.previous, before),
                                      changeCell(change, flavour)};
    }
    tables << headlines;

    for (int ti = 0; ti < bilan.tables.size(); ++ti) {
        const BilanTable &t = bilan.tables.at(ti);
        ExportTable table;
        table.title = t.title;
        table.headers = t.comparesYears
                            ? QStringList{tr("Code"), t.itemHeader, year, previous, tr("Change %")}
                            : QStringList{tr("Code"), t.itemHeader, year};
        int r = 0;
        auto add = [&](const QString &code, const QString &label, qint64 count, qint64 before) {
            const bool hideNow = hidden.now.at(ti).at(r), hideBefore = hidden.before.at(ti).at(r);
            ++r;
            QStringList row{code, label, policy.cell(count, hideNow)};
            if (t.comparesYears)
                row << policy.cell(before, hideBefore)
                    << changeCell(policy.change(count, before, hideNow || hideBefore), flavour);
            table.rows << row;
        };
        for (const BilanLine &line : t.lines)
            add(line.code, line.label, line.count, line.previous);
        if (t.otherLines > 0)
            add(QString(), tr("Other (%n lines)", nullptr, t.otherLines), t.otherCount,
                t.otherPrevious);
        add(QString(), tr("Total"), t.total, t.previousTotal);
        tables << table;
    }
    return tables;
}

ExportTable ReportExport::breakdown(const Breakdown &b, const QString &title,
                                    const SmallCellPolicy &policy, CsvFlavour flavour)
{
    ExportTable table;
    table.title = title;
    const QString now =
        QStringLiteral("%1 – %2").arg(b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate));
    const QString before = QStringLiteral("%1 – %2").arg(b.previousFrom.toString(Qt::ISODate),
                                                         b.previousTo.toString(Qt::ISODate));
    table.headers = {tr("Code"), tr("Label"), now, before, tr("Change %")};
    QList<qint64> counts, previousCounts;
    for (const BreakdownRow &row : b.rows) {
        counts << row.count;
        previousCounts << row.previous;
    }
    if (b.otherRows > 0) {
        counts << b.otherCount;
        previousCounts << b.otherPrevious;
    }
    const QList<bool> hideNow = hiddenInColumn(policy, counts, b.total);
    const QList<bool> hideBefore = hiddenInColumn(policy, previousCounts, b.previousTotal);
    int r = 0;
    auto add = [&](const QString &code, const QString &label, qint64 count, qint64 previous) {
        const bool a = hideNow.at(r), p = hideBefore.at(r);
        ++r;
        table.rows << QStringList{code, label, policy.cell(count, a), policy.cell(previous, p),
                                  changeCell(policy.change(count, previous, a || p), flavour)};
    };
    for (const BreakdownRow &row : b.rows)
        add(row.code, row.label, row.count, row.previous);
    if (b.otherRows > 0)
        add(QString(), tr("Other (%n lines)", nullptr, b.otherRows), b.otherCount, b.otherPrevious);
    add(QString(), tr("Total"), b.total, b.previousTotal);
    return table;
}

ExportTable ReportExport::series(const PoleSeries &s, const QString &title,
                                 const SmallCellPolicy &policy)
{
    ExportTable table;
    table.title = title;
    table.headers << tr("Period");
    for (const SeriesKey &pole : s.poles)
        table.headers << pole.label;
    table.headers << tr("Total") << tr("Opening days") << tr("Closed");
    // The pôles' totals over the period are published beside it (by pôle), so the
    // columns count as summed too.
    QList<QList<qint64>> cells;
    QList<qint64> totals;
    for (const Bucket &b : s.buckets) {
        QList<qint64> line = b.byPole;
        line.resize(s.poles.size());
        cells << line;
        totals << b.total;
    }
    const HiddenGrid hidden = hiddenInGrid(policy, cells, totals, true);
    for (int l = 0; l < s.buckets.size(); ++l) {
        const Bucket &b = s.buckets.at(l);
        QStringList row{b.hour >= 0 ? QStringLiteral("%1:00").arg(b.hour, 2, 10, QLatin1Char('0'))
                                    : b.key};
        for (int c = 0; c < s.poles.size(); ++c)
            row << policy.cell(b.byPole.value(c), hidden.cells.at(l).at(c));
        row << policy.cell(b.total, hidden.lineTotals.at(l)) << QString::number(b.openDays)
            << (b.isClosed() ? b.status.reason : QString());
        table.rows << row;
    }
    return table;
}

ExportTable ReportExport::heatMap(const HeatMap &map, const QString &title, CsvFlavour flavour)
{
    ExportTable table;
    table.title = title;
    table.headers << tr("Weekday");
    for (int h = map.firstHour; h <= map.lastHour; ++h)
        table.headers << QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        QStringList row{locale.standaloneDayName(d, QLocale::LongFormat)};
        for (int h = map.firstHour; h <= map.lastHour; ++h) {
            QString text = QString::number(map.average(d, h), 'f', 1);
            if (flavour == CsvFlavour::FrenchExcel)
                text.replace(QLatin1Char('.'), QLatin1Char(','));
            row << text;
        }
        table.rows << row;
    }
    return table;
}

} // namespace passages
