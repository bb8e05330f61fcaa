// SPDX-License-Identifier: GPL-3.0-or-later
// The help, the command table and the manual pages are one contract; and the packaged
// nightly timer runs `passages-cli sync` with no argument.
#include "app/cli/man_page.h"
#include "cli_support.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace passages;

TEST_CASE("the help describes every command of the table with all its options", "[cli][help]")
{
    const cli::ManPage page = cli::cliManPage(QStringLiteral("9.9"), QStringLiteral("2026-12-07"));
    INFO(page.drift.join(QLatin1Char('\n')).toStdString());
    CHECK(page.drift.isEmpty());
    CHECK(page.roff.contains(QLatin1String(".TH PASSAGES-CLI 1 \"2026-12-07\" \"Passages 9.9\"")));
    // Commands of every section, with their options as --help gives them.
    CHECK(page.roff.contains(QLatin1String(".B event add\n")));
    CHECK(page.roff.contains(QLatin1String(".B consolidate\n")));
    CHECK(page.roff.contains(QLatin1String("\\-\\-rebuild")));
    CHECK(cli::guiManPage(QStringLiteral("9.9"), QStringLiteral("2026-12-07")).drift.isEmpty());
}

TEST_CASE("the version comes from the project", "[cli][help]")
{
    const test::Run run = test::cli({QStringLiteral("--version")});
    CHECK(run.code == 0);
    CHECK(run.out == QStringLiteral("passages-cli %1\n").arg(QStringLiteral(PASSAGES_VERSION)));
}

namespace {

/// passages-cli with its settings (the GUI's) in `configHome`.
test::Run cliWithSettings(const QString &configHome, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSAGES_CLI_PATH), args);
    REQUIRE(process.waitForFinished(120000));
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(out), QString::fromUtf8(process.readAllStandardError()), out};
}

} // namespace

TEST_CASE("sync without --share uses the folder chosen in the GUI's settings", "[cli][sync]")
{
    test::CliDesk desk(QStringLiteral("Accueil 1"));
    REQUIRE(
        desk({QStringLiteral("log"), QStringLiteral("--pole"), QStringLiteral("emploi")}).code ==
        0);
    QTemporaryDir config;
    const QStringList sync = {QStringLiteral("--db"), desk.db, QStringLiteral("sync")};

    // No folder set: a usage error that says where to set one.
    const test::Run unset = cliWithSettings(config.path(), sync);
    CHECK(unset.code == 2);
    CHECK(unset.err.contains(QLatin1String("no share folder")));

    const QString share = desk.dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    REQUIRE(test::cli(
                {QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share})
                .code == 0);
    REQUIRE(QDir().mkpath(config.filePath(QStringLiteral("passages"))));
    QFile conf(config.filePath(QStringLiteral("passages/passages.conf")));
    REQUIRE(conf.open(QIODevice::WriteOnly));
    conf.write(QStringLiteral("[sync]\nshare=%1\n").arg(share).toUtf8());
    conf.close();

    const test::Run run = cliWithSettings(config.path(), sync);
    INFO(run.out.toStdString() + run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(run.out.contains(QLatin1String("1 batch published")));
    CHECK_FALSE(
        QDir(share).entryList({QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}
