// SPDX-License-Identifier: GPL-3.0-or-later
// The consultations of the fonds: scans at reshelving, tallies by theme, their reports.
#include "core/fonds/fonds_upkeep.h"

#include "core/fonds/fonds_catalogue.h"
#include "core/fonds/fonds_shared_p.h"
#include "core/fonds/fonds_storage_p.h"
#include "core/report/yearly_counts.h"
#include "core/storage/database.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

using namespace fonds_storage;

Result<Consultation> FondsUpkeep::writeConsultation(Consultation c, bool insert)
{
    QVariantMap row{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("local_date"), c.date.toString(Qt::ISODate)},
        {QStringLiteral("local_time"), c.time.toString(Qt::ISODate)},
        {QStringLiteral("theme"), c.theme},
        {QStringLiteral("title_id"), record::nullable(c.titleId)},
        {QStringLiteral("copy_id"), record::nullable(c.copyId)},
        {QStringLiteral("count"), c.count},
        {QStringLiteral("revision"), c.revision},
        {QStringLiteral("deleted"), c.deleted ? 1 : 0},
    };
    Transaction tx(m_shared.db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (insert) {
        Result<DeskIdentity> who = m_shared.identity();
        if (!who)
            return who.error();
        row.insert(QStringLiteral("site"), who->site);
        row.insert(QStringLiteral("desk"), who->desk);
        row.insert(QStringLiteral("utc_offset"), m_shared.now().offsetFromUtc());
    }
    if (Status s = m_shared.writeRow(QStringLiteral("fonds_consultation"), row, insert); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Consultation> FondsUpkeep::consultTitle(const QString &titleId, const QString &copyId,
                                               int count)
{
    Result<Title> t = m_catalogue.title(titleId);
    if (!t)
        return t.error();
    return recordConsultation(t->theme, titleId, copyId, count);
}

Result<Consultation> FondsUpkeep::consultTheme(const QString &theme, int count)
{
    Title probe; // the theme check of a title
    probe.title = QStringLiteral("-");
    probe.theme = theme;
    if (Status s = m_catalogue.validate(probe); !s)
        return s.error();
    return recordConsultation(probe.theme, {}, {}, count);
}

Result<Consultation> FondsUpkeep::recordConsultation(const QString &theme, const QString &titleId,
                                                     const QString &copyId, int count)
{
    if (count < 1 || count > 999)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The count must be between 1 and 999 (got %1).").arg(count),
                         QStringLiteral("count"));
    const QDateTime at = m_shared.now();
    Consultation c;
    c.id = record::newId();
    c.date = at.date();
    c.time = QTime(at.time().hour(), at.time().minute(), at.time().second());
    c.theme = theme;
    c.titleId = titleId;
    c.copyId = copyId;
    c.count = count;
    return writeConsultation(c, true);
}

Result<Consultation> FondsUpkeep::consultScan(const QString &scanned)
{
    const ScanResult r = m_catalogue.resolveScan(scanned);
    switch (r.kind) {
    case ScanResult::Kind::KnownCopy:
        return consultTitle(r.title->id, r.copy->id);
    case ScanResult::Kind::KnownIsbn:
        return consultTitle(r.title->id);
    case ScanResult::Kind::NewIsbn:
        return makeError(ErrorCode::NotFound,
                         tr("ISBN %1 is not in the catalogue; catalogue it first, or count the "
                            "consultation on its theme.")
                             .arg(r.isbn));
    case ScanResult::Kind::Invalid:
        break;
    }
    return makeError(ErrorCode::InvalidArgument, r.reason);
}

Result<Consultation> FondsUpkeep::removeConsultation(const QString &id)
{
    QSqlQuery q =
        m_shared.db.prepare(QStringLiteral("SELECT * FROM fonds_consultation WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, tr("Reading consultation %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("No consultation with id \"%1\".").arg(id));
    Consultation c = readConsultation(q);
    q.finish();
    if (c.deleted)
        return makeError(ErrorCode::NotFound,
                         tr("Consultation \"%1\" is already deleted.").arg(id));
    c.deleted = true;
    c.revision += 1;
    return writeConsultation(c, false);
}

Result<QList<Consultation>> FondsUpkeep::consultationsOn(const QDate &date) const
{
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("SELECT * FROM fonds_consultation WHERE local_date = :date AND deleted = 0 "
                       "ORDER BY local_time DESC, recorded_utc DESC"));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    return selectAll(q, readConsultation, tr("Reading the consultations"));
}

Result<YearlyCounts> FondsUpkeep::consultationReport(int year, ConsultationsBy by,
                                                     const QString &site, const QString &desk) const
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    const QString key = by == ConsultationsBy::Theme ? QStringLiteral("theme")
                                                     : QStringLiteral("substr(local_date, 6, 2)");
    QSqlQuery q =
        m_shared.db.prepare(QStringLiteral("SELECT %1 AS code, SUM(count) FROM fonds_consultation "
                                           "WHERE local_date >= :from AND local_date < :to "
                                           "AND deleted = 0 "
                                           "AND (IFNULL(:site, '') = '' OR site = :site) "
                                           "AND (IFNULL(:desk, '') = '' OR desk = :desk) "
                                           "GROUP BY code")
                                .arg(key));
    q.bindValue(QStringLiteral(":site"), site);
    q.bindValue(QStringLiteral(":desk"), desk);
    q.bindValue(QStringLiteral(":from"), record::yearStart(year));
    q.bindValue(QStringLiteral(":to"), record::yearStart(year + 1));
    if (!q.exec())
        return sqlError(q, tr("Counting the consultations"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());

    YearlyCounts report;
    report.year = year;
    if (by == ConsultationsBy::Theme) {
        report.by = QStringLiteral("theme");
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            report.rows.append(ReportRow{it.key(), m_shared.themeLabel(it.key()), it.value()});
            report.total += it.value();
        }
        report.sortRows();
    } else {
        // Months stay in calendar order, all twelve: a year's curve, not a ranking.
        report.by = QStringLiteral("month");
        const QLocale locale(m_shared.referential.language() == QLatin1String("en")
                                 ? QLocale::English
                                 : QLocale::French);
        for (int month = 1; month <= 12; ++month) {
            const QString code = QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
            const qint64 count = counts.value(code);
            report.rows.append(ReportRow{code, locale.standaloneMonthName(month), count});
            report.total += count;
        }
    }
    return report;
}

} // namespace passages
