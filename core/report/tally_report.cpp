// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/tally_report.h"

#include "core/io/csv.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

namespace {

struct DimensionInfo
{
    Dimension dimension;
    const char *name;
    const char *column;
};

constexpr DimensionInfo dimensions[] = {
    {Dimension::Pole, "pole", "pole"},
    {Dimension::Theme, "theme", "COALESCE(theme, '')"},
    {Dimension::AgeBand, "age-band", "age_band"},
    {Dimension::Commune, "commune", "commune"},
    {Dimension::Public, "public", "public"},
    {Dimension::Channel, "channel", "channel"},
    {Dimension::Site, "site", "site"},
};

const DimensionInfo &info(Dimension dimension)
{
    return *std::find_if(std::begin(dimensions), std::end(dimensions),
                         [&](const DimensionInfo &i) { return i.dimension == dimension; });
}

} // namespace

std::optional<Dimension> dimensionFromName(const QString &name)
{
    for (const DimensionInfo &i : dimensions)
        if (name == QLatin1String(i.name))
            return i.dimension;
    return std::nullopt;
}

QString dimensionName(Dimension dimension)
{
    return QLatin1String(info(dimension).name);
}

QString dimensionNames()
{
    QStringList names;
    for (const DimensionInfo &i : dimensions)
        names << QLatin1String(i.name);
    return names.join(QLatin1Char('|'));
}

QByteArray TallyReport::toJson() const
{
    // Written by hand to keep the documented key order (year, by, rows, total; code,
    // label, count): QJsonObject would sort the keys.
    auto text = [](const QString &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // strip [ ]
    };
    QByteArray json =
        "{\"year\":" + QByteArray::number(year) + ",\"by\":" + text(by) + ",\"rows\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows.at(i);
        if (i > 0)
            json += ',';
        json += "{\"code\":" + text(row.code) + ",\"label\":" + text(row.label) +
                ",\"count\":" + QByteArray::number(row.count) + '}';
    }
    json += "],\"total\":" + QByteArray::number(total) + "}\n";
    return json;
}

void TallyReport::sortRows()
{
    std::sort(rows.begin(), rows.end(), [](const ReportRow &a, const ReportRow &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
}

QByteArray TallyReport::toCsv(CsvFlavour flavour) const
{
    CsvWriter writer(flavour);
    writer.writeRow({QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("count")});
    for (const ReportRow &row : rows)
        writer.writeRow({row.code, row.label, QString::number(row.count)});
    return writer.data();
}

TallyReports::TallyReports(const Database &db, const Referential &referential,
                           const CommuneIndex &communes)
    : m_db(db), m_referential(referential), m_communes(communes)
{}

Result<TallyReport> TallyReports::yearly(int year, Dimension by, const ReportFilter &filter) const
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    // The local date is the bucketing key: a string range on it uses the date index.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 AS code, SUM(count) FROM passage "
                       "WHERE local_date >= :from AND local_date < :to AND deleted = 0 "
                       "AND (IFNULL(:site, '') = '' OR site = :site) "
                       "AND (IFNULL(:desk, '') = '' OR desk = :desk) "
                       "GROUP BY code")
            .arg(QLatin1String(info(by).column)));
    q.bindValue(QStringLiteral(":from"),
                QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.bindValue(QStringLiteral(":to"),
                QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')));
    q.bindValue(QStringLiteral(":site"), filter.site);
    q.bindValue(QStringLiteral(":desk"), filter.desk);
    if (!q.exec())
        return sqlError(q, tr("Computing the report"));

    TallyReport report;
    report.year = year;
    report.by = dimensionName(by);
    while (q.next()) {
        ReportRow row;
        row.code = q.value(0).toString();
        row.count = q.value(1).toLongLong();
        switch (by) {
        case Dimension::Pole:
            row.label = m_referential.label(Referential::Kind::Pole, row.code);
            break;
        case Dimension::Theme:
            row.label = row.code.isEmpty()
                            ? tr("No theme")
                            : m_referential.label(Referential::Kind::Theme, row.code);
            break;
        case Dimension::AgeBand:
            row.label = m_referential.label(Referential::Kind::AgeBand, row.code);
            break;
        case Dimension::Commune:
            row.label = m_communes.label(row.code);
            break;
        case Dimension::Public:
            row.label = m_referential.label(Referential::Kind::Public, row.code);
            break;
        case Dimension::Channel:
            row.label = m_referential.label(Referential::Kind::Channel, row.code);
            break;
        case Dimension::Site:
            row.label = m_referential.label(Referential::Kind::Site, row.code);
            break;
        }
        report.total += row.count;
        report.rows.append(row);
    }
    report.sortRows();
    return report;
}

Result<QStringList> TallyReports::desks() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT desk FROM passage ORDER BY desk"));
    return selectTexts(q, tr("Reading the desks"));
}

} // namespace passages
