// SPDX-License-Identifier: GPL-3.0-or-later
// The sync commands of passages-cli, run as the real binary against a share folder
// (a local folder here; tests/sync/smb_share.sh runs the same through real Samba).
#include "cli_support.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Outcome = passages::test::Run;

Outcome passagesCli(const QStringList &args)
{
    return passages::test::cli(args);
}

QStringList words(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("desks sync through the CLI and report --share sums them", "[cli][sync]")
{
    QTemporaryDir dir;
    const QString share = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));

    Outcome r = passagesCli(
        {QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--share"), share});
    CHECK(r.code == 1);
    r = passagesCli({QStringLiteral("--db"), a, QStringLiteral("init"), QStringLiteral("--site"),
                     QStringLiteral("villette"), QStringLiteral("--desk"),
                     QStringLiteral("Accueil 1")});
    REQUIRE(r.code == 0);
    r = passagesCli(
        {QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--share"), share});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("not a prepared Passages share")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);

    REQUIRE(passagesCli(
                {QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share})
                .code == 0);
    r = passagesCli(
        {QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("already")));

    REQUIRE(passagesCli({QStringLiteral("--db"), b, QStringLiteral("init"),
                         QStringLiteral("--site"), QStringLiteral("bpi"), QStringLiteral("--desk"),
                         QStringLiteral("Accueil Bpi")})
                .code == 0);
    for (int i = 0; i < 3; ++i)
        REQUIRE(passagesCli({QStringLiteral("--db"), a, QStringLiteral("log"),
                             QStringLiteral("--pole"), QStringLiteral("emploi"),
                             QStringLiteral("--at"), QStringLiteral("2024-05-02T10:00")})
                    .code == 0);
    REQUIRE(passagesCli({QStringLiteral("--db"), b, QStringLiteral("log"), QStringLiteral("--pole"),
                         QStringLiteral("droit"), QStringLiteral("--count"), QStringLiteral("4"),
                         QStringLiteral("--at"), QStringLiteral("2024-05-02T11:00")})
                .code == 0);
    for (const QString &db : {a, b}) {
        r = passagesCli(
            {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--share"), share});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.out.contains(QLatin1String("1 batch published")));
        CHECK(r.err.contains(QLatin1String("awaits an administrator's approval")));
    }
    // Both desks asked to join; the admin approves them (password from the environment).
    r = passagesCli(words(QStringLiteral("share requests --share %1").arg(share)));
    REQUIRE(r.code == 0);
    CHECK(r.out.count(QLatin1Char('\n')) == 2);
    CHECK(r.out.contains(QLatin1String("bpi / Accueil Bpi")));
    r = passagesCli(words(QStringLiteral("share approve --share %1").arg(share)));
    CHECK(r.code == 2);
    r = passagesCli(words(QStringLiteral("share approve --share %1 --all").arg(share)));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.count(QLatin1String("Approved: ")) == 2);

    r = passagesCli(
        words(QStringLiteral("report --year 2024 --by site --format json --share %1 --cache %2")
                  .arg(share, cache)));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("total")).toInt() == 7);
    CHECK(report.value(QStringLiteral("rows"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("code"))
              .toString() == QLatin1String("bpi"));
    r = passagesCli(words(
        QStringLiteral(
            "report --year 2024 --by pole --format json --share %1 --cache %2 --site villette")
            .arg(share, cache)));
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("total")).toInt() ==
          3);

    // The consolidation left a receipt, which counts once its PC is approved: the desk's
    // next sync reads that it was accepted.
    REQUIRE(passagesCli(words(QStringLiteral("share approve --share %1 --all").arg(share))).code ==
            0);
    r = passagesCli(
        {QStringLiteral("--db"), a, QStringLiteral("sync"), QStringLiteral("--share"), share});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("1 of 1 batch confirmed by a consolidation")));

    // Rebuilding the cache from scratch gives the same figures.
    r = passagesCli(
        words(QStringLiteral("consolidate --share %1 --cache %2 --rebuild").arg(share, cache)));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QLatin1String("villette / Accueil 1")));
    CHECK(r.err.contains(QLatin1String("2 imported")));
    // The rebuilt cache is still the approved consolidating PC: no new request.
    CHECK_FALSE(r.err.contains(QLatin1String("awaits an administrator")));
    r = passagesCli(
        words(QStringLiteral("report --year 2024 --by site --format json --share %1 --cache %2")
                  .arg(share, cache)));
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("total")).toInt() ==
          7);

    r = passagesCli(words(QStringLiteral("consolidate --share %1 --rebuild now").arg(share)));
    CHECK(r.code == 2);
    r = passagesCli(words(QStringLiteral("consolidate --share %1/nowhere").arg(share)));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("unavailable")));
}

TEST_CASE("closures are added, listed and removed from the CLI", "[cli][closure]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    // Only init creates a database (a typo in --db must not make an empty one).
    REQUIRE(passagesCli({QStringLiteral("--db"), db, QStringLiteral("init"),
                         QStringLiteral("--site"), QStringLiteral("villette"),
                         QStringLiteral("--desk"), QStringLiteral("Accueil 1")})
                .code == 0);
    Outcome r =
        passagesCli({QStringLiteral("--db"), db, QStringLiteral("closure"), QStringLiteral("add"),
                     QStringLiteral("--from"), QStringLiteral("2024-08-05"), QStringLiteral("--to"),
                     QStringLiteral("2024-08-16"), QStringLiteral("--reason"),
                     QStringLiteral("Fermeture estivale")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString id = r.out.trimmed();
    CHECK(id.size() == 36);
    r = passagesCli({QStringLiteral("--db"), db, QStringLiteral("closure"), QStringLiteral("list"),
                     QStringLiteral("--year"), QStringLiteral("2024")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2024-08-05\t2024-08-16\t*\tFermeture estivale")));
    r = passagesCli({QStringLiteral("--db"), db, QStringLiteral("closure"), QStringLiteral("add"),
                     QStringLiteral("--from"), QStringLiteral("2024-13-01"),
                     QStringLiteral("--reason"), QStringLiteral("x")});
    CHECK(r.code == 2);
    r = passagesCli({QStringLiteral("--db"), db, QStringLiteral("closure"), QStringLiteral("add"),
                     QStringLiteral("--from"), QStringLiteral("2024-05-01"),
                     QStringLiteral("--site"), QStringLiteral("lune"), QStringLiteral("--reason"),
                     QStringLiteral("x")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QLatin1String("unknown site")));
    REQUIRE(passagesCli({QStringLiteral("--db"), db, QStringLiteral("closure"),
                         QStringLiteral("delete"), QStringLiteral("--id"), id})
                .code == 0);
    r = passagesCli(
        {QStringLiteral("--db"), db, QStringLiteral("closure"), QStringLiteral("list")});
    CHECK(r.out.isEmpty());
}
