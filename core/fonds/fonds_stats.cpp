// SPDX-License-Identifier: GPL-3.0-or-later
// Yearly figures of the fonds for the bilan.
#include "core/fonds/fonds.h"

#include "core/fonds/fonds_shared_p.h"
#include "core/fonds/fonds_storage_p.h"
#include "core/io/csv.h"
#include "core/report/yearly_counts.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace passages {

using namespace fonds_storage;

namespace {

QString monthCode(int month)
{
    return QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace

Result<FondsStats> Fonds::stats(int year) const
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    FondsStats stats;
    stats.year = year;
    const QString from = record::yearStart(year);
    const QString to = record::yearStart(year + 1);

    Result<QList<Title>> allTitles = m_catalogue->titles();
    if (!allTitles)
        return allTitles.error();
    Result<QList<Copy>> allCopies = m_catalogue->copies();
    if (!allCopies)
        return allCopies.error();
    QHash<QString, QString> themeOf;
    QHash<QString, FondsStats::Theme> perTheme;
    for (const Category &theme : m_shared->themes())
        perTheme.insert(theme.code, FondsStats::Theme{
                                        theme.code, theme.label(m_shared->referential.language())});
    stats.titles = int(allTitles->size());
    for (const Title &t : *allTitles) {
        themeOf.insert(t.id, t.theme);
        perTheme[t.theme].titles += 1;
    }
    for (CopyStatus status : FondsCodes::copyStatuses())
        stats.copiesByStatus.insert(status, 0);
    for (const Copy &c : *allCopies) {
        stats.copiesByStatus[c.status] += 1;
        if (c.status != CopyStatus::Withdrawn) {
            stats.copies += 1;
            perTheme[themeOf.value(c.titleId)].copies += 1;
        }
        if (c.acquired.isValid() && c.acquired.year() == year)
            stats.acquired += 1;
        if (c.status == CopyStatus::Withdrawn && c.statusDate.isValid() &&
            c.statusDate.year() == year)
            stats.withdrawn += 1;
    }

    QSqlQuery q = m_shared->db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM fonds_subscription WHERE deleted = 0 AND start_date < :to "
        "AND (end_date IS NULL OR end_date >= :from)"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the periodicals"));
    stats.periodicals = q.value(0).toInt();
    q = m_shared->db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM fonds_issue WHERE deleted = 0 AND received_date >= :from "
        "AND received_date < :to"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the issues"));
    stats.issuesReceived = q.value(0).toInt();

    stats.consultationsByMonth = QList<qint64>(12, 0);
    stats.previousConsultationsByMonth = QList<qint64>(12, 0);
    q = m_shared->db.prepare(QStringLiteral(
        "SELECT substr(local_date, 1, 4), substr(local_date, 6, 2), theme, SUM(count) "
        "FROM fonds_consultation WHERE deleted = 0 AND local_date >= :from AND local_date < :to "
        "GROUP BY 1, 2, 3"));
    q.bindValue(QStringLiteral(":from"), record::yearStart(year - 1));
    q.bindValue(QStringLiteral(":to"), to);
    if (!q.exec())
        return sqlError(q, tr("Counting the consultations"));
    while (q.next()) {
        const bool current = q.value(0).toInt() == year;
        const int month = q.value(1).toInt();
        const QString theme = q.value(2).toString();
        const qint64 count = q.value(3).toLongLong();
        if (month < 1 || month > 12)
            continue;
        FondsStats::Theme &t = perTheme[theme];
        if (t.code.isEmpty()) {
            t.code = theme;
            t.label = m_shared->themeLabel(theme);
        }
        if (current) {
            stats.consultations += count;
            stats.consultationsByMonth[month - 1] += count;
            t.consultations += count;
        } else {
            stats.previousConsultations += count;
            stats.previousConsultationsByMonth[month - 1] += count;
            t.previousConsultations += count;
        }
    }
    // Referential order first, then any retired or unknown theme found in the data.
    for (const Category &theme : m_shared->themes())
        stats.themes << perTheme.take(theme.code);
    QStringList others = perTheme.keys();
    others.sort();
    for (const QString &code : others) {
        FondsStats::Theme t = perTheme.value(code);
        if (t.code.isEmpty())
            t.code = code;
        if (t.titles || t.copies || t.consultations || t.previousConsultations)
            stats.themes << t;
    }
    return stats;
}

QByteArray FondsStats::toJson() const
{
    QJsonObject copiesObject{{QStringLiteral("total"), copies}};
    for (auto it = copiesByStatus.cbegin(); it != copiesByStatus.cend(); ++it)
        copiesObject.insert(FondsCodes::code(it.key()), it.value());
    QJsonArray themeArray;
    QJsonArray byTheme;
    for (const Theme &t : themes) {
        themeArray.append(QJsonObject{
            {QStringLiteral("code"), t.code},
            {QStringLiteral("label"), t.label},
            {QStringLiteral("titles"), t.titles},
            {QStringLiteral("copies"), t.copies},
            {QStringLiteral("consultations"), t.consultations},
            {QStringLiteral("consultations_previous_year"), t.previousConsultations},
        });
        byTheme.append(QJsonObject{{QStringLiteral("code"), t.code},
                                   {QStringLiteral("label"), t.label},
                                   {QStringLiteral("count"), t.consultations}});
    }
    QJsonArray byMonth;
    for (int m = 0; m < 12; ++m)
        byMonth.append(QJsonObject{
            {QStringLiteral("month"), monthCode(m + 1)},
            {QStringLiteral("count"), consultationsByMonth.value(m)},
            {QStringLiteral("previous_year"), previousConsultationsByMonth.value(m)},
        });
    const QJsonObject root{
        {QStringLiteral("year"), year},
        {QStringLiteral("titles"), titles},
        {QStringLiteral("copies"), copiesObject},
        {QStringLiteral("acquired"), acquired},
        {QStringLiteral("withdrawn"), withdrawn},
        {QStringLiteral("periodicals"),
         QJsonObject{{QStringLiteral("subscriptions"), periodicals},
                     {QStringLiteral("issues_received"), issuesReceived}}},
        {QStringLiteral("themes"), themeArray},
        {QStringLiteral("consultations"),
         QJsonObject{{QStringLiteral("total"), consultations},
                     {QStringLiteral("previous_year"), previousConsultations},
                     {QStringLiteral("by_theme"), byTheme},
                     {QStringLiteral("by_month"), byMonth}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray FondsStats::toCsv(CsvFlavour flavour) const
{
    CsvWriter writer(flavour);
    writer.writeRow({QStringLiteral("figure"), QStringLiteral("code"), QStringLiteral("count")});
    auto row = [&](const char *figure, const QString &code, qint64 count) {
        writer.writeRow({QLatin1String(figure), code, QString::number(count)});
    };
    row("titles", {}, titles);
    row("copies", {}, copies);
    for (CopyStatus status : FondsCodes::copyStatuses())
        row("copies-by-status", FondsCodes::code(status), copiesByStatus.value(status));
    row("acquired", {}, acquired);
    row("withdrawn", {}, withdrawn);
    row("periodicals", {}, periodicals);
    row("issues-received", {}, issuesReceived);
    for (const Theme &t : themes) {
        row("titles-by-theme", t.code, t.titles);
        row("copies-by-theme", t.code, t.copies);
        row("consultations-by-theme", t.code, t.consultations);
        row("consultations-by-theme-previous-year", t.code, t.previousConsultations);
    }
    row("consultations", {}, consultations);
    row("consultations-previous-year", {}, previousConsultations);
    for (int m = 0; m < 12; ++m) {
        row("consultations-by-month", monthCode(m + 1), consultationsByMonth.value(m));
        row("consultations-by-month-previous-year", monthCode(m + 1),
            previousConsultationsByMonth.value(m));
    }
    return writer.data();
}

} // namespace passages
