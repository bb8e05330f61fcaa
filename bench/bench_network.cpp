// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_network.h"

#include "bench_sync.h"

#include "core/network/network_dashboard.h"
#include "core/network/network_database.h"
#include "core/network/network_service.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

using namespace passages;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct BenchCite
{
    QString code;
    QString root;
    QStringList instances, lastShas;
    QList<QByteArray> keys;
};

/// The rows of batches as CSV lines for COPY (the columns of passage_copy).
void appendCsv(QByteArray &csv, const QString &cite, const Batch &batch)
{
    for (const BatchChange &c : batch.changes) {
        const QJsonObject &r = c.row;
        QStringList fields{cite};
        for (const char *column : {"id", "site", "desk", "local_date", "local_time", "utc_offset",
                                   "pole", "theme", "age_band", "commune", "public", "channel",
                                   "count", "revision", "deleted", "recorded_utc", "updated_utc"})
            fields << r.value(QLatin1String(column)).toVariant().toString();
        csv += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
}

/// COPY of `csv` into passage_copy through psql, as fast as PostgreSQL takes rows.
double copyRows(const QString &conninfo, const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    QProcess psql;
    psql.start(
        QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
        {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
         QStringLiteral("-d"), conninfo, QStringLiteral("-c"),
         QStringLiteral("\\copy passage_copy (cite, id, site, desk, local_date, local_time, "
                        "utc_offset, pole, theme, age_band, commune, public, channel, count, "
                        "revision, deleted, recorded_utc, updated_utc) FROM '%1' WITH "
                        "(FORMAT csv)")
             .arg(file)});
    psql.waitForFinished(-1);
    if (psql.exitCode() != 0)
        return -1;
    return msSince(timer);
}

} // namespace

void benchNetwork(QTextStream &out, int cites, int desks, int days)
{
    QTemporaryDir dir;
    QString conninfo = qEnvironmentVariable("PASSAGES_BENCH_PG");
    const QString server = dir.filePath(QStringLiteral("pg"));
    const QString script = QStringLiteral(PASSAGES_SOURCE_DIR "/tests/network/pg_server.sh");
    if (conninfo.isEmpty()) {
        // The server runs as "postgres" when this is root: it must reach its folder.
        QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther);
        QProcess start;
        start.start(script, {QStringLiteral("start"), server});
        start.waitForFinished(-1);
        if (start.exitCode() != 0) {
            out << "network bench: cannot start PostgreSQL: " << start.readAllStandardError()
                << '\n';
            return;
        }
        QProcess create;
        create.start(QStringLiteral("/usr/lib/postgresql/15/bin/createdb"),
                     {QStringLiteral("-h"), server + QStringLiteral("/socket"),
                      QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("bench")});
        create.waitForFinished(-1);
        conninfo = QStringLiteral("host=%1/socket user=postgres dbname=bench").arg(server);
    }
    const auto stop = qScopeGuard([&] {
        if (qEnvironmentVariableIsEmpty("PASSAGES_BENCH_PG")) {
            QProcess::execute(script, {QStringLiteral("stop"), server});
        }
    });
    if (Result<int> init = NetworkService::init(conninfo); !init) {
        out << "network bench: " << init.error().message << '\n';
        return;
    }

    // The shares: each Cité's desks, approved, batches written straight to the share.
    QRandomGenerator random(20261207);
    QList<BenchCite> all;
    QByteArray csv;
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    const QDate first(2024, 1, 1);
    for (int c = 0; c < cites; ++c) {
        BenchCite cite;
        cite.code = QStringLiteral("cite%1").arg(c + 1);
        cite.root = dir.filePath(cite.code);
        QDir().mkpath(cite.root);
        LocalShareFs fs;
        Share share(fs, cite.root);
        (void)share.init(Referential::defaultReferential(), QStringLiteral("bench"));
        const QByteArray admin = *share.unlockAdmin(QStringLiteral("bench"));
        for (int d = 0; d < desks; ++d) {
            cite.instances << QUuid::createUuid().toString(QUuid::WithoutBraces);
            cite.lastShas << QString();
            const trust::KeyPair pair = trust::generateKeyPair();
            cite.keys << pair.secretKey;
            JoinRequest request;
            request.instance = cite.instances.last();
            request.role = trust::kRoleDesk;
            request.key = pair.publicKey;
            (void)share.approve(request, admin);
        }
        for (int d = 0; d < desks; ++d)
            for (int day = 0; day < days; ++day) {
                const Batch b =
                    makeBatch(cite.instances[d], QStringLiteral("villette"),
                              QStringLiteral("Accueil %1").arg(d + 1), day + 1, first.addDays(day),
                              30 + int(random.bounded(9)), random, cite.lastShas[d]);
                writeBatch(cite.root, b, cite.keys[d], &cite.lastShas[d]);
                appendCsv(csv, cite.code, b);
                rows += b.changes.size();
            }
        all.append(cite);
    }
    out << QStringLiteral("network: generated %1 Cités x %2 desks x %3 nightly batches = %4 "
                          "tallies in %5 s\n")
               .arg(cites)
               .arg(desks)
               .arg(days)
               .arg(rows)
               .arg(msSince(timer) / 1000, 0, 'f', 1);
    out.flush();
    QFile csvFile(dir.filePath(QStringLiteral("rows.csv")));
    csvFile.open(QIODevice::WriteOnly);
    csvFile.write(csv);
    csvFile.close();
    csv.clear();

    LocalShareFs fs;
    // First consolidation of every Cité, one after the other.
    timer.start();
    qint64 applied = 0;
    for (const BenchCite &cite : std::as_const(all)) {
        Result<ConsolidationReport> report =
            NetworkService(fs).consolidate({cite.root, conninfo, cite.code, false, {}});
        if (!report || report->failure) {
            out << "network bench: " << (report ? report->failure->message : report.error().message)
                << '\n';
            return;
        }
        applied += report->summary.rowsApplied;
    }
    const double firstMs = msSince(timer);
    {
        Result<std::unique_ptr<NetworkDatabase>> db =
            NetworkDatabase::open(conninfo, NetworkDatabase::Schema::Require);
        (void)(*db)->run(QStringLiteral("CREATE TABLE passage_copy (LIKE passage INCLUDING "
                                        "DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)"),
                         {});
    }
    const double copyMs = copyRows(conninfo, csvFile.fileName());
    out << QStringLiteral("network: first consolidation, %1 rows: %2 s (%3 rows/s); COPY of the "
                          "same rows into a table of the same shape %4 s; ratio %5\n")
               .arg(applied)
               .arg(firstMs / 1000, 0, 'f', 2)
               .arg(qint64(double(applied) / firstMs * 1000))
               .arg(copyMs / 1000, 0, 'f', 2)
               .arg(firstMs / copyMs, 0, 'f', 1);
    out.flush();

    // The yearly network bilan, by pôle and by Cité, beside a plain GROUP BY of the rows.
    const CommuneIndex communes;
    for (const QString &by : {QStringLiteral("pole"), QStringLiteral("cite")}) {
        double best = 1e12, plain = 1e12;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            Result<YearlyCounts> report =
                NetworkService::report(conninfo, 2024, by, {}, {}, communes);
            best = std::min(best, msSince(timer));
            if (!report) {
                out << "network bench: " << report.error().message << '\n';
                return;
            }
            Result<std::unique_ptr<NetworkDatabase>> db =
                NetworkDatabase::open(conninfo, NetworkDatabase::Schema::Require);
            timer.start();
            QSqlQuery q = (*db)->prepare(
                QStringLiteral("SELECT %1, SUM(count) FROM passage WHERE local_date >= "
                               "'2024-01-01' AND local_date < '2025-01-01' AND deleted = 0 "
                               "GROUP BY 1")
                    .arg(by));
            q.exec();
            while (q.next()) {
            }
            plain = std::min(plain, msSince(timer));
        }
        out << QStringLiteral("network: yearly bilan by %1 (connect, check the schema, read the "
                              "summary): %2 ms; plain GROUP BY over the rows %3 ms; ratio %4 "
                              "(target < 100 ms)\n")
                   .arg(by)
                   .arg(best, 0, 'f', 1)
                   .arg(plain, 0, 'f', 1)
                   .arg(best / plain, 0, 'f', 2);
        out.flush();
    }

    // The dashboard over the network database (PgDashboardSource): every figure of the
    // coordinators' views and the bilan, for one Cité and for the whole network, beside
    // a plain GROUP BY of the same year's rows of that scope.
    {
        DashboardRequest request = DashboardRequest::standard(first.addDays(days - 1));
        request.bilanYear = first.year();
        const PgDashboardSource source(conninfo);
        for (const QString &cite : {all.first().code, QString()}) {
            double plain = 1e12;
            for (int i = 0; i < 3; ++i) {
                Result<std::unique_ptr<NetworkDatabase>> db =
                    NetworkDatabase::open(conninfo, NetworkDatabase::Schema::Require);
                timer.start();
                QSqlQuery q = (*db)->prepare(
                    QStringLiteral("SELECT cite, pole, SUM(count) FROM passage WHERE local_date >= "
                                   "'2024-01-01' AND local_date < '2025-01-01' AND deleted = 0%1 "
                                   "GROUP BY 1, 2")
                        .arg(cite.isEmpty() ? QString() : QStringLiteral(" AND cite = :cite")));
                if (!cite.isEmpty())
                    q.bindValue(QStringLiteral(":cite"), cite);
                q.exec();
                while (q.next()) {
                }
                plain = std::min(plain, msSince(timer));
            }
            request.cite = cite;
            double best = 1e12;
            for (int i = 0; i < 3; ++i) {
                timer.start();
                Result<DashboardLoad> load =
                    source.load(request, Referential::defaultReferential(), communes);
                best = std::min(best, msSince(timer));
                if (!load) {
                    out << "network bench: " << load.error().message << '\n';
                    return;
                }
            }
            out << QStringLiteral("network: dashboard refresh (every view and the bilan) of %1: "
                                  "%2 ms; plain GROUP BY of its year's rows by Cité and pôle "
                                  "%3 ms; ratio %4\n")
                       .arg(cite.isEmpty() ? QStringLiteral("the whole network")
                                           : QStringLiteral("one Cité"))
                       .arg(best, 0, 'f', 0)
                       .arg(plain, 0, 'f', 0)
                       .arg(best / plain, 0, 'f', 1);
            out.flush();
        }
    }

    // An incremental night: one new batch per desk of every Cité.
    csv.clear();
    qint64 nightRows = 0;
    for (BenchCite &cite : all)
        for (int d = 0; d < desks; ++d) {
            const Batch b = makeBatch(cite.instances[d], QStringLiteral("villette"),
                                      QStringLiteral("Accueil %1").arg(d + 1), days + 1,
                                      first.addDays(days), 33, random, cite.lastShas[d]);
            writeBatch(cite.root, b, cite.keys[d], &cite.lastShas[d]);
            appendCsv(csv, cite.code, b);
            nightRows += b.changes.size();
        }
    QFile nightFile(dir.filePath(QStringLiteral("night.csv")));
    nightFile.open(QIODevice::WriteOnly);
    nightFile.write(csv);
    nightFile.close();
    timer.start();
    for (const BenchCite &cite : std::as_const(all))
        (void)NetworkService(fs).consolidate({cite.root, conninfo, cite.code, false, {}});
    const double nightMs = msSince(timer);
    const double nightCopyMs = copyRows(conninfo, nightFile.fileName());
    out << QStringLiteral("network: incremental night of %1 Cités, %2 rows: %3 ms; COPY of the "
                          "same rows %4 ms; ratio %5 (target < 5 s)\n")
               .arg(cites)
               .arg(nightRows)
               .arg(nightMs, 0, 'f', 0)
               .arg(nightCopyMs, 0, 'f', 0)
               .arg(nightMs / nightCopyMs, 0, 'f', 1);
    out.flush();
}
