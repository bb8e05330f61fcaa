// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_reception.h"

#include "core/reception/reception.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential_store.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <vector>

using namespace passages;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size())));
    return values.at(index);
}

} // namespace

void benchReceptionLog(QTextStream &out, int iterations)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
    if (!db) {
        out << "cannot open the bench database: " << db.error().message << '\n';
        return;
    }
    Referential referential = loadReferential(**db).value();
    CommuneIndex communes = CommuneIndex::loadDefault().value();
    Reception reception(**db, referential, communes);
    (void)reception.setIdentity(QStringLiteral("villette"), QStringLiteral("Bench"));

    // The baseline: the same row shape, the same pragmas, written the plainest way.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(dir.filePath(QStringLiteral("raw.sqlite")));
    raw.open();
    {
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral(
            "CREATE TABLE passage (id TEXT PRIMARY KEY, site TEXT, desk TEXT, local_date TEXT, "
            "local_time TEXT, utc_offset INTEGER, pole TEXT, theme TEXT, age_band TEXT, "
            "commune TEXT, public TEXT, channel TEXT, count INTEGER)"));
    }
    QSqlQuery insert(raw);
    insert.prepare(QStringLiteral(
        "INSERT INTO passage VALUES (?, 'villette', 'Bench', '2024-03-05', '10:00:00', 3600, "
        "'emploi', 'emploi-recherche', '26-44', '94022', 'nr', 'sur-place', 1)"));
    QSqlQuery begin(raw), commit(raw);

    PassageInput input;
    input.pole = QStringLiteral("emploi");
    input.theme = QStringLiteral("emploi-recherche");
    input.ageBand = QStringLiteral("26-44");
    input.commune = QStringLiteral("94022");

    std::vector<double> coreMs, rawMs;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        // Interleaved, so a noisy neighbour slows both sides alike.
        timer.start();
        if (!reception.log(input).ok()) {
            out << "log failed\n";
            return;
        }
        coreMs.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        insert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.exec();
        commit.exec(QStringLiteral("COMMIT"));
        rawMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double coreMedian = percentile(coreMs, 0.5);
    const double rawMedian = percentile(rawMs, 0.5);
    out << QStringLiteral("log one walk-in (durable), %1 runs: core median %2 ms, p99 %3 ms; "
                          "raw INSERT+COMMIT median %4 ms, p99 %5 ms; ratio %6 (target <= 1.5)\n")
               .arg(iterations)
               .arg(coreMedian, 0, 'f', 3)
               .arg(percentile(coreMs, 0.99), 0, 'f', 3)
               .arg(rawMedian, 0, 'f', 3)
               .arg(percentile(rawMs, 0.99), 0, 'f', 3)
               .arg(coreMedian / rawMedian, 0, 'f', 2);
    insert = QSqlQuery();
    begin = QSqlQuery();
    commit = QSqlQuery();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
