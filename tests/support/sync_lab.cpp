// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sync_lab.h"

#include "core/report/passage_report.h"
#include "core/sync/trust.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>

namespace passages::test {

QByteArray deskKey(TempDesk &desk)
{
    return trust::localKeys(*desk.db)->secretKey;
}

Lab::Lab()
{
    REQUIRE(QDir().mkpath(root));
    admin = prepareShare(fs, root);
}

void Lab::approveAll()
{
    LocalShareFs adminFs;
    test::approveAll(adminFs, root, admin);
}

TempDesk &Lab::addDesk(const char *site, const char *desk)
{
    auto d = std::make_unique<TempDesk>(false);
    REQUIRE(d->reception->setIdentity(QLatin1String(site), QLatin1String(desk)).ok());
    fingerprints[d.get()] = QStringLiteral("pc-%1").arg(desks.size());
    desks.push_back(std::move(d));
    return *desks.back();
}

DeskSync Lab::syncer(TempDesk &desk)
{
    DeskSync sync(*desk.db, fs, root);
    const QString fingerprint = fingerprints[&desk];
    sync.setFingerprintSource([fingerprint] { return fingerprint; });
    return sync;
}

Result<SyncOutcome> Lab::sync(TempDesk &desk)
{
    Result<SyncOutcome> outcome = syncer(desk).run();
    if (!outcome)
        UNSCOPED_INFO("sync: " << outcome.error().message.toStdString());
    approveAll();
    return outcome;
}

std::unique_ptr<Database> Lab::openCache(const QString &name)
{
    Result<std::unique_ptr<Database>> cache = Database::open(dir.filePath(name));
    REQUIRE(cache.ok());
    return std::move(cache).value();
}

Result<ConsolidationSummary> Lab::consolidate(Database &cache)
{
    approveAll();
    Result<ConsolidationSummary> summary = Consolidator(cache, fs, root).run();
    approveAll(); // this PC, on its first run: its receipts count from now on
    // Say why when a file was not imported: the first thing to read on a failure.
    // The list is kept in a variable: looping over a member of the temporary Result
    // read freed memory (ASan stopped 14 sync tests there).
    const Result<QList<ShareFileStatus>> problems = Consolidator(cache, fs, root).problems();
    REQUIRE(problems.ok());
    for (const ShareFileStatus &p : *problems)
        UNSCOPED_INFO(p.name.toStdString()
                      << ": " << p.status.toStdString() << ": " << p.reason.toStdString());
    return summary;
}

QStringList Lab::shareFiles() const
{
    QStringList files;
    QDirIterator it(root + QStringLiteral("/desks"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

qint64 total(const Database &db, const QString &site, const QString &desk)
{
    Referential ref = Referential::defaultReferential();
    PassageReports reports(db, ref, communes());
    Result<YearlyCounts> r = reports.yearly(2024, BreakdownBy::Pole, {site, desk});
    REQUIRE(r.ok());
    return r->total;
}

QByteArray poleFigures(const Database &db)
{
    Referential ref = Referential::defaultReferential();
    PassageReports reports(db, ref, communes());
    QByteArray all;
    for (BreakdownBy d :
         {BreakdownBy::Pole, BreakdownBy::Commune, BreakdownBy::Site, BreakdownBy::AgeBand})
        all += reports.yearly(2024, d)->toJson();
    return all;
}

int rows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void checkInvariants(Lab &lab, Database &cache)
{
    qint64 sum = 0;
    for (auto &desk : lab.desks) {
        const DeskIdentity id = desk->reception->identity();
        CHECK(total(cache, id.site, id.desk) == total(*desk->db));
        sum += total(*desk->db);
        // Row by row: same id, same revision, same tombstone.
        QSqlQuery q(desk->db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id, revision, deleted, count FROM passage")));
        while (q.next()) {
            QSqlQuery c = cache.prepare(
                QStringLiteral("SELECT revision, deleted, count FROM passage WHERE id = :id"));
            c.bindValue(QStringLiteral(":id"), q.value(0));
            REQUIRE(c.exec());
            REQUIRE(c.next());
            CHECK(c.value(0).toInt() == q.value(1).toInt());
            CHECK(c.value(1).toInt() == q.value(2).toInt());
            CHECK(c.value(2).toInt() == q.value(3).toInt());
        }
    }
    CHECK(total(cache) == sum);
    const QStringList files = lab.shareFiles();
    for (const QString &file : files)
        CHECK_FALSE(file.section(QLatin1Char('/'), -1).startsWith(QLatin1Char('.')));
    CHECK(rows(cache, QStringLiteral("SELECT COUNT(*) FROM share_file")) == files.size());

    auto fresh =
        lab.openCache(QStringLiteral("rebuild-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    REQUIRE(lab.consolidate(*fresh).ok());
    CHECK(poleFigures(*fresh) == poleFigures(cache));
}

void logSome(TempDesk &desk, int n, const char *pole, int count)
{
    for (int i = 0; i < n; ++i) {
        desk.clockNow = desk.clockNow.addSecs(60);
        REQUIRE(desk.reception->log(walkIn(pole, count)).ok());
    }
}

QStringList summaryTables(const Database &db)
{
    QStringList dump;
    for (const char *sql :
         {"SELECT local_date, pole, site, desk, channel, n FROM passage_day ORDER BY 1, 2, 3, 4, 5",
          "SELECT local_date, dim, code, site, desk, n FROM passage_dim_day ORDER BY 1, 2, 3, 4, 5",
          "SELECT site, desk, '', '', '', 0 FROM passage_desk ORDER BY 1, 2"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QLatin1String(sql)));
        while (q.next()) {
            QStringList row;
            for (int c = 0; c < 6; ++c)
                row << q.value(c).toString();
            dump << row.join(QLatin1Char('|'));
        }
    }
    return dump;
}

PassageInput varied(int i)
{
    static const char *poles[] = {"emploi", "droit", "creation", "orientation"};
    static const char *ages[] = {"16-25", "26-44", "45-54", "nr"};
    static const char *communes[] = {"94022", "75119", "97411", "etranger", "nr"};
    PassageInput input = walkIn(poles[i % 4], 1 + i % 3);
    input.ageBand = QLatin1String(ages[(i / 2) % 4]);
    input.commune = QLatin1String(communes[i % 5]);
    return input;
}

} // namespace passages::test
