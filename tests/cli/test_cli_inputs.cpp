// SPDX-License-Identifier: GPL-3.0-or-later
// What a careless office or a hostile file gives the CLI: bounded messages, plausible
// values, no control character on the terminal, no database made by a typo.
#include "cli_support.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace passages;
using test::cli;
using test::Run;

namespace {

QStringList split(const char *args)
{
    return QString::fromUtf8(args).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasRawControl(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
            c != QLatin1Char('\t'))
            return true;
    return false;
}

struct Desk : test::CliDesk
{
    Desk() : CliDesk(QStringLiteral("Accueil 1")) {}
};

} // namespace

TEST_CASE("a bad CSV field is quoted cut short, never whole", "[cli][inputs]")
{
    Desk desk;
    const QByteArray huge(2 << 20, 'x');
    const QString csv =
        desk.write(QStringLiteral("bad.csv"),
                   "at,pole,count\n2024-03-05T10:00,emploi," + huge + "\n" + huge + ",emploi,1\n");
    const Run run = desk({QStringLiteral("import"), QStringLiteral("--csv"), csv});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("line 2")));
    CHECK(run.err.size() < 4000);

    // The fonds importer likewise.
    const QString fonds =
        desk.write(QStringLiteral("fonds.csv"), "inventory;title;theme\nA1;Guide;" + huge + "\n");
    const Run fondsRun =
        desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), fonds});
    CHECK(fondsRun.code == 1);
    CHECK(fondsRun.err.size() < 4000);
}

TEST_CASE("importing a device or a huge file is a clear error, not a crash", "[cli][inputs]")
{
    Desk desk;
    Run run = desk(split("import --csv /dev/zero"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("not a regular file")));
    run = desk(split("fonds import --csv /dev/zero"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("not a regular file")));

    const QString big = desk.dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64(65) << 20)); // sparse
    }
    run = desk({QStringLiteral("import"), QStringLiteral("--csv"), big});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("larger than")));
}

TEST_CASE("implausible values are refused: blank reason, endless closure, far dates",
          "[cli][inputs]")
{
    Desk desk;
    Run run =
        desk({QStringLiteral("closure"), QStringLiteral("add"), QStringLiteral("--from"),
              QStringLiteral("2024-08-01"), QStringLiteral("--reason"), QStringLiteral("   ")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QLatin1String("blank")));
    run = desk(split("closure add --from 0001-01-01 --to 9999-12-31 --reason Travaux"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("1990")));
    CHECK(desk(split("closure list")).out.trimmed().isEmpty());
    CHECK(desk(split("closure add --from 2024-08-01 --to 2024-08-20 --reason Travaux")).code == 0);

    run = desk(split("log --pole emploi --at 9999-12-31T23:59"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("not plausible")));
    run = desk(split("log --pole emploi --at 1970-01-01T10:00"));
    CHECK(run.code == 1);
    CHECK(desk(split("log --pole emploi --at 2024-03-05T10:00")).code == 0);
}

TEST_CASE("a desk label with control characters is refused and never printed raw", "[cli][inputs]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("desk.sqlite"));
    const Run run = cli({QStringLiteral("--db"), db, QStringLiteral("init"),
                         QStringLiteral("--site"), QStringLiteral("villette"),
                         QStringLiteral("--desk"), QStringLiteral("Accueil\x1b[2J 1")});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("control")));
    CHECK_FALSE(hasRawControl(run.err));
    CHECK_FALSE(hasRawControl(run.out));

    // A code with an escape sequence is quoted without it.
    Desk desk;
    const Run log = desk({QStringLiteral("log"), QStringLiteral("--pole"),
                          QStringLiteral("emploi\x1b]0;owned\x07")});
    CHECK(log.code == 1);
    CHECK_FALSE(hasRawControl(log.err));
}

TEST_CASE("a typo in --db is an error for every command but init", "[cli][inputs]")
{
    QTemporaryDir dir;
    const QString typo = dir.filePath(QStringLiteral("deks.sqlite"));
    for (const char *command : {"report --year 2024 --by pole", "closure list", "log --pole emploi",
                                "fonds stats --year 2024"}) {
        QStringList args = split(command);
        args.prepend(typo);
        args.prepend(QStringLiteral("--db"));
        const Run run = cli(args);
        INFO(command);
        CHECK(run.code == 1);
        CHECK(run.err.contains(QLatin1String("no database")));
        CHECK_FALSE(QFileInfo::exists(typo));
    }
}

TEST_CASE("report --desk names a desk that exists, like --site", "[cli][inputs]")
{
    Desk desk;
    REQUIRE(desk(split("log --pole emploi --at 2024-03-05T10:00")).code == 0);
    Run run = desk(split("report --year 2024 --by pole --desk nope"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("unknown desk")));
    CHECK(run.err.contains(QLatin1String("Accueil 1")));
    run = desk({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--by"), QStringLiteral("pole"), QStringLiteral("--desk"),
                QStringLiteral("Accueil 1")});
    CHECK(run.code == 0);
}

TEST_CASE("consolidate --cache refuses a desk database", "[cli][inputs][sync]")
{
    Desk desk;
    REQUIRE(desk(split("log --pole emploi --at 2024-03-05T10:00")).code == 0);
    const QString share = desk.dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    REQUIRE(cli({QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share})
                .code == 0);
    REQUIRE(desk({QStringLiteral("sync"), QStringLiteral("--share"), share}).code == 0);
    const Run run = cli({QStringLiteral("consolidate"), QStringLiteral("--share"), share,
                         QStringLiteral("--cache"), desk.db});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("desk database")));
}

TEST_CASE("a read-only folder is reported as such, not as a damaged database", "[cli][inputs]")
{
    Desk desk;
    REQUIRE(desk(split("log --pole emploi --at 2024-03-05T10:00")).code == 0);
    // The folder becomes read-only for the user running the CLI: as root (CI), the CLI
    // runs as "nobody", for whom a root folder of mode 0755 is read-only.
    REQUIRE(QFile::setPermissions(
        desk.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    for (const char *file : {"desk.sqlite", "desk.sqlite-wal", "desk.sqlite-shm"})
        if (QFileInfo::exists(desk.dir.filePath(QLatin1String(file))))
            REQUIRE(QFile::setPermissions(desk.dir.filePath(QLatin1String(file)),
                                          QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QStringList args = {QStringLiteral("--db"),   desk.db,
                        QStringLiteral("report"), QStringLiteral("--year"),
                        QStringLiteral("2024"),   QStringLiteral("--by"),
                        QStringLiteral("pole")};
    Run run;
    if (::geteuid() == 0) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
        process.setProcessEnvironment(env);
        args.prepend(QStringLiteral(PASSAGES_CLI_PATH));
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups")} +
               args;
        process.start(QStringLiteral("setpriv"), args);
        REQUIRE(process.waitForFinished(60000));
        run.code = process.exitCode();
        run.err = QString::fromUtf8(process.readAllStandardError());
    } else {
        run = cli(args);
    }
    // Writable again, so the temporary folder can be removed.
    QFile::setPermissions(desk.dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    INFO(run.err.toStdString());
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("read-only")));
    CHECK_FALSE(run.err.contains(QLatin1String("damaged")));
}

TEST_CASE("free text of the fonds is bounded", "[cli][inputs][fonds]")
{
    Desk desk;
    const QByteArray note(11 << 20, 'n');
    const QString csv = desk.write(QStringLiteral("fonds.csv"),
                                   "inventory;title;theme;notes\nA1;Guide;MFO;" + note + "\n");
    Run run =
        desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), csv});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("notes")));
    const QString title =
        desk.write(QStringLiteral("title.csv"),
                   "inventory;title;theme\nA1;" + QByteArray(400, 't') + ";MFO\n");
    run = desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), title});
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("at most 300")));
    const QString fine = desk.write(QStringLiteral("fine.csv"),
                                    "inventory;title;theme;notes\nA1;Guide;MFO;Bon état\n");
    CHECK(desk({QStringLiteral("fonds"), QStringLiteral("import"), QStringLiteral("--csv"), fine})
              .code == 0);
}

TEST_CASE("closure add applies the core's rules: no double closure, walk-ins asked for",
          "[cli][inputs][closure]")
{
    Desk desk;
    REQUIRE(desk(split("closure add --from 2024-08-01 --to 2024-08-20 --reason Travaux")).code ==
            0);
    Run run = desk(split("closure add --from 2024-08-20 --to 2024-08-23 --reason Été"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("Travaux")));
    // A day people already came: refused with the way out, then closed when asked for.
    REQUIRE(desk(split("log --pole emploi --count 2 --at 2024-03-05T10:00")).code == 0);
    run = desk(split("closure add --from 2024-03-05 --reason Grève"));
    CHECK(run.code == 1);
    CHECK(run.err.contains(QLatin1String("--despite-walk-ins")));
    CHECK(desk(split("closure list --year 2024")).out.count(QLatin1Char('\n')) == 1);
    run = desk(split("closure add --from 2024-03-05 --reason Grève --despite-walk-ins"));
    INFO(run.err.toStdString());
    CHECK(run.code == 0);
    CHECK(desk(split("closure list --year 2024")).out.count(QLatin1Char('\n')) == 2);
}
