// SPDX-License-Identifier: GPL-3.0-or-later
// report --pg applies the Cité's referential merges, as the desk's and the share's
// reports do: a merged-away pôle is counted under its target.
#include "cli_support.h"
#include "pg_support.h"
#include "support/test_support.h"

#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passages;
using namespace passages::test;

namespace {

QMap<QString, qint64> reportRows(const QStringList &args)
{
    const Run run = cli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.code == 0);
    QMap<QString, qint64> rows;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        rows.insert(row[QStringLiteral("code")].toString(),
                    row[QStringLiteral("count")].toInteger());
    return rows;
}

} // namespace

TEST_CASE("report --pg counts a merged pôle under its target, as the share's report",
          "[network][merges]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(root));
    LocalShareFs fs;
    Referential merged = Referential::defaultReferential();
    REQUIRE(merged
                .merge(Referential::Kind::Pole, {QStringLiteral("numerique")},
                       QStringLiteral("emploi"), QDate(2025, 1, 1))
                .ok());
    merged.setVersion(2); // newer than the default one: the consolidation takes it up
    REQUIRE(Share(fs, root).init(merged, kAdminPassword).ok());
    TempDesk desk(false);
    REQUIRE(
        desk.reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Accueil 1")).ok());
    for (const auto &[pole, count] :
         {std::pair{"emploi", 2}, std::pair{"numerique", 5}, std::pair{"droit", 1}}) {
        PassageInput input = walkIn(pole, count);
        input.at = QDateTime(QDate(2024, 5, 2), QTime(10, 0));
        REQUIRE(desk.reception->log(input).ok());
    }
    DeskSync syncer(*desk.db, fs, root);
    syncer.setFingerprintSource([] { return QStringLiteral("pc-1"); });
    REQUIRE(syncer.run().ok());
    approveAll(fs, root);

    PgDatabase db;
    REQUIRE(cli({QStringLiteral("network"), QStringLiteral("init"), QStringLiteral("--pg"),
                 db.conninfo()})
                .code == 0);
    const Run consolidated =
        cli({QStringLiteral("consolidate"), QStringLiteral("--share"), root, QStringLiteral("--pg"),
             db.conninfo(), QStringLiteral("--cite"), QStringLiteral("paris")});
    INFO(consolidated.err.toStdString());
    REQUIRE(consolidated.code == 0);

    const QStringList byPole{QStringLiteral("report"), QStringLiteral("--year"),
                             QStringLiteral("2024"),   QStringLiteral("--by"),
                             QStringLiteral("pole"),   QStringLiteral("--format"),
                             QStringLiteral("json")};
    const QStringList pg{QStringLiteral("--pg"), db.conninfo(), QStringLiteral("--cite"),
                         QStringLiteral("paris")};
    const QMap<QString, qint64> network = reportRows(byPole + pg);
    CHECK_FALSE(network.contains(QStringLiteral("numerique")));
    CHECK(network.value(QStringLiteral("emploi")) == 7);
    CHECK(network.value(QStringLiteral("droit")) == 1);
    // Named desk: read from the rows, the same figures.
    CHECK(reportRows(byPole + pg +
                     QStringList{QStringLiteral("--desk"), QStringLiteral("Accueil 1")}) ==
          network);
    const QMap<QString, qint64> share =
        reportRows(byPole + QStringList{QStringLiteral("--share"), root, QStringLiteral("--cache"),
                                        dir.filePath(QStringLiteral("cache.sqlite"))});
    CHECK(share == network);
}
