// SPDX-License-Identifier: GPL-3.0-or-later
// What every CLI test needs: the real passages-cli run as a process, in English, and a
// desk database initialised through the CLI itself.
#pragma once

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace passages::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QByteArray rawOut; ///< stdout as written (fromUtf8 drops a byte order mark)
};

/// The language a test runs passages-cli in.
enum class Language
{
    English,     ///< PASSAGES_LANGUAGE=en: what most tests assert on
    FrenchLocale ///< no PASSAGES_LANGUAGE, LANG=fr_FR.UTF-8: a French desk as installed
};

/// Runs passages-cli with `args` (the interface in English); -1 if it crashed.
inline Run cli(const QStringList &args, Language language = Language::English)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (language == Language::English) {
        env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
    } else {
        env.remove(QStringLiteral("PASSAGES_LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    }
    // The admin password of the shares the tests prepare (never an argument: `ps`).
    if (!env.contains(QStringLiteral("PASSAGES_ADMIN_PASSWORD")))
        env.insert(QStringLiteral("PASSAGES_ADMIN_PASSWORD"), QStringLiteral("cli test admin"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSAGES_CLI_PATH), args);
    REQUIRE(process.waitForFinished(120000));
    Run run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// A desk database of site "villette" labelled `label`, initialised through the CLI;
/// calling it runs a command with `--db` on it.
struct CliDesk
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("desk.sqlite"));

    explicit CliDesk(const QString &label)
    {
        const Run init =
            cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--site"),
                 QStringLiteral("villette"), QStringLiteral("--desk"), label});
        INFO(init.err.toStdString());
        REQUIRE(init.code == 0);
    }
    Run operator()(QStringList args, Language language = Language::English) const
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args, language);
    }
    /// Writes a file next to the database (a CSV to import...) and returns its path.
    QString write(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
};

} // namespace passages::test
