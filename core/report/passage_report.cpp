// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/passage_report.h"

#include "core/report/breakdowns_p.h"

#include "core/io/csv.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

std::optional<Referential::Kind> referentialKind(BreakdownBy by)
{
    switch (by) {
    case BreakdownBy::Pole:
        return Referential::Kind::Pole;
    case BreakdownBy::Theme:
        return Referential::Kind::Theme;
    case BreakdownBy::AgeBand:
        return Referential::Kind::AgeBand;
    case BreakdownBy::Public:
        return Referential::Kind::Public;
    case BreakdownBy::Channel:
        return Referential::Kind::Channel;
    case BreakdownBy::Site:
        return Referential::Kind::Site;
    case BreakdownBy::ServiceLevel:
        return Referential::Kind::ServiceLevel;
    case BreakdownBy::Orientation:
        return Referential::Kind::Orientation;
    case BreakdownBy::Commune:
    case BreakdownBy::Department:
    case BreakdownBy::Desk:
        break;
    }
    return std::nullopt;
}

std::optional<BreakdownBy> reportBreakdownFromName(const QString &name)
{
    const std::optional<BreakdownBy> by = report_detail::fromName(report_detail::kBreakdowns, name);
    if (by && !report_detail::yearlyBreakdown(*by))
        return std::nullopt;
    return by;
}

QString reportBreakdownNames()
{
    QStringList names;
    for (const auto &d : report_detail::kBreakdowns)
        if (report_detail::yearlyBreakdown(d.dimension))
            names << QLatin1String(d.name);
    return names.join(QLatin1Char('|'));
}

PassageReports::PassageReports(const Database &db, const Referential &referential,
                               const CommuneIndex &communes)
    : m_db(db), m_referential(referential), m_communes(communes)
{}

Result<YearlyCounts> PassageReports::yearly(int year, BreakdownBy by,
                                            const ReportFilter &filter) const
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    const auto *breakdown = report_detail::find(report_detail::kBreakdowns, by);
    if (!breakdown || !report_detail::yearlyBreakdown(by))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("A yearly walk-in report cannot be grouped by %1.").arg(breakdownName(by)));
    // The local date is the bucketing key: a string range on it uses the date index.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 AS code, SUM(count) FROM passage "
                       "WHERE local_date >= :from AND local_date < :to AND deleted = 0 "
                       "AND (IFNULL(:site, '') = '' OR site = :site) "
                       "AND (IFNULL(:desk, '') = '' OR desk = :desk) "
                       "GROUP BY code")
            .arg(QLatin1String(breakdown->column)));
    q.bindValue(QStringLiteral(":from"),
                QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.bindValue(QStringLiteral(":to"),
                QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')));
    q.bindValue(QStringLiteral(":site"), filter.site);
    q.bindValue(QStringLiteral(":desk"), filter.desk);
    if (!q.exec())
        return sqlError(q, tr("Computing the report"));

    YearlyCounts report;
    report.year = year;
    report.by = breakdownName(by);
    while (q.next()) {
        ReportRow row;
        row.code = reportCode(by, q.value(0).toString(), m_referential); // merged: under C
        row.count = q.value(1).toLongLong();
        row.label = label(by, row.code, m_referential, m_communes);
        report.total += row.count;
        report.rows.append(row);
    }
    report.sortRows();
    return report;
}

QString PassageReports::reportCode(BreakdownBy by, const QString &code,
                                   const Referential &referential)
{
    const std::optional<Referential::Kind> kind = referentialKind(by);
    return kind && !code.isEmpty() ? referential.reportCode(*kind, code) : code;
}

QString PassageReports::label(BreakdownBy by, const QString &code, const Referential &referential,
                              const CommuneIndex &communes)
{
    switch (by) {
    case BreakdownBy::Pole:
        return referential.label(Referential::Kind::Pole, code);
    case BreakdownBy::Theme:
        return code.isEmpty() ? tr("No theme") : referential.label(Referential::Kind::Theme, code);
    case BreakdownBy::AgeBand:
        return referential.label(Referential::Kind::AgeBand, code);
    case BreakdownBy::Commune:
        return communes.label(code);
    case BreakdownBy::Public:
        return referential.label(Referential::Kind::Public, code);
    case BreakdownBy::Channel:
        return referential.label(Referential::Kind::Channel, code);
    case BreakdownBy::Site:
        return referential.label(Referential::Kind::Site, code);
    case BreakdownBy::ServiceLevel:
        return code.isEmpty() ? tr("Not recorded")
                              : referential.label(Referential::Kind::ServiceLevel, code);
    case BreakdownBy::Orientation:
        return code.isEmpty() ? tr("Not recorded")
                              : referential.label(Referential::Kind::Orientation, code);
    case BreakdownBy::Department:
    case BreakdownBy::Desk:
        break;
    }
    return code;
}

Result<QStringList> PassageReports::desks() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT desk FROM passage ORDER BY desk"));
    return selectTexts(q, tr("Reading the desks"));
}

} // namespace passages
