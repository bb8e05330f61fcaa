// SPDX-License-Identifier: GPL-3.0-or-later
// The network tests' Cités and helpers: shares with desks and walk-ins, and the CLI runs
// the tests compare (report --pg against report --share).
#pragma once

#include "cli_support.h"
#include "pg_support.h"
#include "support/test_support.h"

#include "core/reception/reception.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace passages::test {

inline QStringList codes(const Referential &referential, Referential::Kind kind)
{
    QStringList list;
    for (const QString &code : referential.codeList(kind).split(QLatin1Char(',')))
        if (!code.trimmed().isEmpty())
            list << code.trimmed();
    REQUIRE(!list.isEmpty());
    return list;
}

/// One Cité: its share, its desks' walk-ins of 2024 with corrections and deletions, a
/// cloned PC (a desk identity forked), all published as many small batches.
struct Cite
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    LocalShareFs fs;
    std::vector<std::unique_ptr<TempDesk>> desks;

    Cite(int deskCount, int walkInsPerDesk, quint32 seed, int walkInsPerBatch = 25)
    {
        REQUIRE(QDir().mkpath(root));
        REQUIRE(Share(fs, root).init(Referential::defaultReferential(), kAdminPassword).ok());
        QRandomGenerator random(seed);
        const Referential &ref = Referential::defaultReferential();
        const QStringList poles = codes(ref, Referential::Kind::Pole);
        const QStringList ages = codes(ref, Referential::Kind::AgeBand);
        const QStringList publics = codes(ref, Referential::Kind::Public);
        const QStringList channels = codes(ref, Referential::Kind::Channel);
        const QStringList communes{QStringLiteral("75056"),    QStringLiteral("93048"),
                                   QStringLiteral("2A004"),    QStringLiteral("97411"),
                                   QStringLiteral("etranger"), QStringLiteral("nr")};
        for (int d = 0; d < deskCount; ++d) {
            auto desk = std::make_unique<TempDesk>(false);
            REQUIRE(
                desk->reception
                    ->setIdentity(d % 2 ? QStringLiteral("villette") : QStringLiteral("bagnolet"),
                                  QStringLiteral("Accueil %1").arg(d + 1))
                    .ok());
            QStringList ids;
            for (int k = 0; k < walkInsPerDesk; ++k) {
                PassageInput input;
                input.pole = poles.at(int(random.bounded(quint32(poles.size()))));
                input.ageBand = ages.at(int(random.bounded(quint32(ages.size()))));
                input.publicCode = publics.at(int(random.bounded(quint32(publics.size()))));
                input.channel = channels.at(int(random.bounded(quint32(channels.size()))));
                input.commune = communes.at(int(random.bounded(quint32(communes.size()))));
                input.count = 1 + int(random.bounded(4u));
                input.at = QDateTime(QDate(2024, 1, 1).addDays(int(random.bounded(360u))),
                                     QTime(9 + int(random.bounded(8u)), 0));
                Result<Passage> logged = desk->reception->log(input);
                INFO((logged ? QString() : logged.error().message).toStdString());
                REQUIRE(logged.ok());
                ids << logged->id;
                // A correction and a deletion now and then, some after a sync.
                if (k % 7 == 3) {
                    input.count += 2;
                    REQUIRE(desk->reception->correct(ids.at(k - 1), input).ok());
                }
                if (k % 11 == 5)
                    REQUIRE(desk->reception->remove(ids.at(k - 2)).ok());
                if (k % walkInsPerBatch == walkInsPerBatch - 1)
                    sync(*desk, d);
            }
            sync(*desk, d);
            desks.push_back(std::move(desk));
        }
        // A cloned PC: the first desk's database copied to another computer goes on
        // logging; it forks to a new identity whose records are its own.
        TempDesk &first = *desks.front();
        for (int k = 0; k < 5; ++k) {
            PassageInput input;
            input.pole = poles.first();
            input.count = 2;
            input.at = QDateTime(QDate(2024, 12, 1).addDays(k), QTime(10, 0));
            REQUIRE(first.reception->log(input).ok());
        }
        sync(first, 99);
        sync(first, 99);
    }

    void sync(TempDesk &desk, int pc)
    {
        DeskSync sync(*desk.db, fs, root);
        sync.setFingerprintSource([pc] { return QStringLiteral("pc-%1").arg(pc); });
        REQUIRE(sync.run().ok());
        // A new identity's join request is approved once (unlocking the admin key is slow
        // by design: Argon2id).
        if (!approved.contains(pc)) {
            approveAll(fs, root);
            approved.insert(pc);
        }
    }
    QSet<int> approved;

    /// The walk-ins of 2024 the desks hold (group sizes, deletions excluded).
    qint64 expectedTotal() const
    {
        qint64 total = 0;
        for (const auto &desk : desks) {
            QSqlQuery q = desk->db->prepare(QStringLiteral(
                "SELECT COALESCE(SUM(count), 0) FROM passage WHERE deleted = 0 AND local_date "
                ">= '2024-01-01' AND local_date < '2025-01-01'"));
            REQUIRE(q.exec());
            REQUIRE(q.next());
            total += q.value(0).toLongLong();
        }
        return total;
    }

    /// Every file of the share and its content's hash: what "nothing changed" compares.
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            files.insert(path,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        return files;
    }
};

inline const QStringList kDimensions{QStringLiteral("pole"),     QStringLiteral("theme"),
                                     QStringLiteral("age-band"), QStringLiteral("commune"),
                                     QStringLiteral("public"),   QStringLiteral("channel"),
                                     QStringLiteral("site")};

inline Run mustRun(const QStringList &args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.code == 0);
    return run;
}

inline QString pgReport(const PgDatabase &db, const QString &by, const QString &cite = {})
{
    QStringList args{QStringLiteral("report"),
                     QStringLiteral("--year"),
                     QStringLiteral("2024"),
                     QStringLiteral("--by"),
                     by,
                     QStringLiteral("--pg"),
                     db.conninfo(),
                     QStringLiteral("--format"),
                     QStringLiteral("json")};
    if (!cite.isEmpty())
        args << QStringLiteral("--cite") << cite;
    return mustRun(args).out;
}

inline QString shareReport(const Cite &cite, const QString &by)
{
    return mustRun({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                    QStringLiteral("--by"), by, QStringLiteral("--share"), cite.root,
                    QStringLiteral("--cache"), cite.dir.filePath(QStringLiteral("cache.sqlite")),
                    QStringLiteral("--format"), QStringLiteral("json")})
        .out;
}

inline QStringList consolidateArgs(const Cite &cite, const PgDatabase &db, const QString &code)
{
    return {QStringLiteral("consolidate"),
            QStringLiteral("--share"),
            cite.root,
            QStringLiteral("--pg"),
            db.conninfo(),
            QStringLiteral("--cite"),
            code};
}

/// Each Cité's total in `report --by cite` (code -> count) and the network total.
inline std::pair<QMap<QString, qint64>, qint64> byCite(const PgDatabase &db)
{
    const QJsonObject report =
        QJsonDocument::fromJson(pgReport(db, QStringLiteral("cite")).toUtf8()).object();
    QMap<QString, qint64> totals;
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        totals.insert(row[QStringLiteral("code")].toString(),
                      row[QStringLiteral("count")].toInteger());
    return {totals, report.value(QStringLiteral("total")).toInteger()};
}

inline void init(const PgDatabase &db)
{
    mustRun(
        {QStringLiteral("network"), QStringLiteral("init"), QStringLiteral("--pg"), db.conninfo()});
}

} // namespace passages::test
