// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli referential show|export|import (issue 17).
#include "cli_support.h"

#include "core/admin/admin_role.h"
#include "core/storage/database.h"
#include "support/test_support.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace passages::test;

namespace {

/// The desk's referential as `referential export` writes it.
QByteArray exportedReferential(const CliDesk &desk)
{
    const QString file = desk.dir.filePath(QStringLiteral("ref.json"));
    REQUIRE(desk({QStringLiteral("referential"), QStringLiteral("export"), QStringLiteral("--file"),
                  file})
                .code == 0);
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    return json.readAll();
}

} // namespace

TEST_CASE("referential export then import publishes the next version to the share",
          "[cli][referential]")
{
    CliDesk desk(QStringLiteral("Accueil 1"));
    const QString share = desk.dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    const Run init =
        cli({QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);

    const QString file = desk.dir.filePath(QStringLiteral("ref.json"));
    const Run exported = desk(
        {QStringLiteral("referential"), QStringLiteral("export"), QStringLiteral("--file"), file});
    REQUIRE(exported.code == 0);
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    QByteArray text = json.readAll();
    json.close();
    REQUIRE(QJsonDocument::fromJson(text).object().value(QStringLiteral("version")).toInt() == 1);

    // The admin renames a theme in the file and imports it.
    text.replace("VAE (validation des acquis)", "Validation des acquis");
    const QString edited = desk.write(QStringLiteral("edited.json"), text);
    const Run imported = desk({QStringLiteral("referential"), QStringLiteral("import"),
                               QStringLiteral("--file"), edited, QStringLiteral("--share"), share});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QLatin1String("version 2 published")));
    QFile published(QDir(share).filePath(QStringLiteral("referential/referential-v2.json")));
    REQUIRE(published.open(QIODevice::ReadOnly));
    CHECK(published.readAll().contains("Validation des acquis"));

    const Run shown = desk({QStringLiteral("referential"), QStringLiteral("show")});
    REQUIRE(shown.code == 0);
    CHECK(shown.out.contains(QLatin1String("Referential version 2")));
    CHECK(shown.out.contains(QLatin1String("evolution-vae")));

    // A wrong password publishes nothing and changes nothing.
    qputenv("PASSAGES_ADMIN_PASSWORD", "wrong password");
    const Run wrong = desk({QStringLiteral("referential"), QStringLiteral("import"),
                            QStringLiteral("--file"), edited, QStringLiteral("--share"), share});
    qunsetenv("PASSAGES_ADMIN_PASSWORD");
    CHECK(wrong.code == 1);
    CHECK_FALSE(
        QFile::exists(QDir(share).filePath(QStringLiteral("referential/referential-v3.json"))));
}

TEST_CASE("referential import refuses when the desk's admin password hash cannot be read",
          "[cli][referential][admin]")
{
    CliDesk desk(QStringLiteral("Accueil 1"));
    QByteArray text = exportedReferential(desk);
    text.replace("VAE (validation des acquis)", "Validation des acquis");
    const QString edited = desk.write(QStringLiteral("edited.json"), text);
    {
        passages::Result<std::unique_ptr<passages::Database>> opened =
            passages::Database::open(desk.db);
        REQUIRE(opened.ok());
        REQUIRE(passages::admin_password::set(**opened, QStringLiteral("cli test admin")).ok());
        breakMetaKey(**opened, QStringLiteral("admin_password_hash"));
    }

    // Without a share, a desk with no admin password saves without one: an unreadable hash
    // must not pass for that.
    const Run imported = desk({QStringLiteral("referential"), QStringLiteral("import"),
                               QStringLiteral("--file"), edited});
    CHECK(imported.code == 1);
    CHECK(imported.err.contains(QLatin1String("admin_password_hash")));
    const Run shown = desk({QStringLiteral("referential"), QStringLiteral("show")});
    CHECK(shown.out.contains(QLatin1String("Referential version 1")));
}

TEST_CASE("referential import refuses a bad file whole, naming file, path and reason",
          "[cli][referential]")
{
    CliDesk desk(QStringLiteral("Accueil 1"));
    QByteArray text = exportedReferential(desk);
    text.replace("\"pole\": \"droit\"", "\"pole\": \"gone\"");
    text.replace("\"color\": \"#1f77b4\"", "\"color\": \"#fefefe\"");
    const QString bad = desk.write(QStringLiteral("bad.json"), text);

    const Run refused = desk(
        {QStringLiteral("referential"), QStringLiteral("import"), QStringLiteral("--file"), bad});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(bad + QStringLiteral(": poles[0].color: ")));
    CHECK(refused.err.contains(QRegularExpression(QRegularExpression::escape(bad) +
                                                  QStringLiteral(R"(: themes\[\d+\]\.pole: )"))));
    // Nothing changed: still version 1.
    const Run shown = desk({QStringLiteral("referential"), QStringLiteral("show")});
    CHECK(shown.out.contains(QLatin1String("Referential version 1")));

    const Run usage = desk({QStringLiteral("referential"), QStringLiteral("import")});
    CHECK(usage.code == 2);
}

TEST_CASE("report --mapping prints the counts in a reporting mapping's categories",
          "[cli][referential][mapping]")
{
    CliDesk desk(QStringLiteral("Accueil 1"));
    for (const char *pole : {"droit", "numerique", "emploi"})
        REQUIRE(desk({QStringLiteral("log"), QStringLiteral("--pole"), QLatin1String(pole),
                      QStringLiteral("--at"), QStringLiteral("2024-03-05T10:00")})
                    .code == 0);
    const Run mapped =
        desk({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
              QStringLiteral("--by"), QStringLiteral("pole"), QStringLiteral("--mapping"),
              QStringLiteral("region-spro"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.code == 0);
    CHECK(mapped.out.contains(QLatin1String("{\"code\":\"information\",")));
    CHECK(mapped.out.contains(QLatin1String("\"count\":2}")));
    CHECK(mapped.out.contains(QLatin1String("\"total\":3")));

    const Run wrongBy =
        desk({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
              QStringLiteral("--by"), QStringLiteral("age-band"), QStringLiteral("--mapping"),
              QStringLiteral("region-spro")});
    CHECK(wrongBy.code == 1);
    CHECK(wrongBy.err.contains(QLatin1String("--by pole")));
    const Run unknown =
        desk({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
              QStringLiteral("--by"), QStringLiteral("pole"), QStringLiteral("--mapping"),
              QStringLiteral("fse")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QLatin1String("region-spro")));
}
