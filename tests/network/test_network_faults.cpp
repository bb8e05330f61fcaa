// SPDX-License-Identifier: GPL-3.0-or-later
// The network database's remaining faults against the real server: a wrong password on
// the loopback port, the server restarted mid-consolidation, reads (reports, dashboards)
// while a consolidation commits (MVCC); and the Base réseau connection test's outcomes.
#include "network_support.h"

#include "core/network/network_connection.h"
#include "core/network/network_dashboard.h"
#include "core/network/network_database.h"
#include "core/network/network_service.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace passages;
using namespace passages::test;

namespace {

/// A login on the test server that needs its password (over the loopback port), dropped
/// afterwards.
struct PasswordRole
{
    QString name = QStringLiteral("r_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString password = QStringLiteral("right horse battery");

    explicit PasswordRole(const PgDatabase &db)
    {
        PgAdmin admin;
        admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(name, password));
        admin.exec(QStringLiteral("GRANT ALL ON DATABASE %1 TO %2").arg(db.name(), name));
        PgAdmin(db.name()).exec(
            QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(name));
    }
    ~PasswordRole()
    {
        PgAdmin admin;
        QSqlQuery q(admin.db());
        (void)q.exec(QStringLiteral("DROP OWNED BY %1").arg(name));
        (void)q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }
    NetworkConnection connection(const PgDatabase &db) const
    {
        NetworkConnection c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = pgPort();
        c.database = db.name();
        c.user = name;
        return c;
    }
};

/// No password anywhere libpq would look, for the length of a test.
struct NoPasswordFile
{
    QByteArray before = qgetenv("PGPASSFILE");
    QByteArray password = qgetenv("PGPASSWORD");
    NoPasswordFile()
    {
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        qunsetenv("PGPASSWORD");
    }
    ~NoPasswordFile()
    {
        if (before.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", before);
        if (!password.isNull())
            qputenv("PGPASSWORD", password);
    }
};

QProcessEnvironment englishEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
    return env;
}

qint64 citeWalkIns(const PgDatabase &db, const QString &cite)
{
    return PgAdmin(db.name())
        .value(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM passage WHERE deleted = 0 "
                              "AND cite = '%1'")
                   .arg(cite))
        .toLongLong();
}

} // namespace

TEST_CASE("Base réseau: the connection test names what is wrong", "[network]")
{
    using Outcome = NetworkConnectionTest::Outcome;
    const NoPasswordFile noPasswords;
    PgDatabase db;
    NetworkConnection c;
    c.host = pgHost();
    c.user = QStringLiteral("postgres");
    c.database = db.name();
    CHECK(c.conninfo().contains(QLatin1String("dbname='%1'").arg(db.name())));

    CHECK(NetworkConnectionTester::test(c).outcome == Outcome::NotPrepared);
    init(db);
    NetworkConnectionTest ready = NetworkConnectionTester::test(c);
    INFO(ready.message.toStdString() << " / " << ready.detail.toStdString());
    CHECK(ready.ok());
    CHECK(ready.schema == NetworkDatabase::latestSchemaVersion());
    CHECK(ready.cites == 0);

    NetworkConnection missing = c;
    missing.database = QStringLiteral("no_such_database");
    const NetworkConnectionTest noDb = NetworkConnectionTester::test(missing);
    CHECK(noDb.outcome == Outcome::MissingDatabase);
    CHECK(noDb.message.contains(QLatin1String("no_such_database")));

    QTemporaryDir empty; // a socket folder with no server in it
    NetworkConnection down = c;
    down.host = empty.path();
    CHECK(NetworkConnectionTester::test(down).outcome == Outcome::Unreachable);
    CHECK(NetworkConnectionTester::test(NetworkConnection{}).outcome == Outcome::Invalid);

    PasswordRole role(db);
    const NetworkConnection remote = role.connection(db);
    CHECK(NetworkConnectionTester::test(remote).outcome == Outcome::NoPassword);
    const NetworkConnectionTest wrong = NetworkConnectionTester::test(remote, QStringLiteral("x"));
    CHECK(wrong.outcome == Outcome::WrongPassword);
    CHECK(wrong.message.contains(role.name));
    CHECK(NetworkConnectionTester::test(remote, role.password).ok());
    // The password file libpq reads: the way the settings dialog recommends.
    QTemporaryDir home;
    const QString pgpass = home.filePath(QStringLiteral("pgpass"));
    {
        QFile file(pgpass);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n")
                       .arg(pgPort())
                       .arg(role.name, role.password)
                       .toUtf8());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    qputenv("PGPASSFILE", pgpass.toUtf8());
    CHECK(pgPasswordFilePath() == pgpass);
    CHECK(NetworkConnectionTester::test(remote).ok());

    PgAdmin(db.name()).exec(QStringLiteral("INSERT INTO passages_schema VALUES (999, 'later')"));
    CHECK(NetworkConnectionTester::test(c).outcome == Outcome::TooNew);
}

TEST_CASE("a wrong password: one clear message, exit 1, nothing changed", "[network]")
{
    const NoPasswordFile noPasswords;
    PgDatabase db;
    init(db);
    PasswordRole role(db);
    Cite nantes(1, 20, 51);
    const QMap<QString, QByteArray> before = nantes.snapshot();
    QProcessEnvironment env = englishEnv();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSAGES_CLI_PATH),
                  {QStringLiteral("consolidate"), QStringLiteral("--share"), nantes.root,
                   QStringLiteral("--pg"), role.connection(db).conninfo(), QStringLiteral("--cite"),
                   QStringLiteral("nantes")});
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(err.contains(QLatin1String("password authentication failed")));
    CHECK(err.count(QLatin1Char('\n')) == 1);
    CHECK(nantes.snapshot() == before);
    CHECK(PgAdmin(db.name()).value(QStringLiteral("SELECT COUNT(*) FROM cite")).toInt() == 0);

    // The right one goes through the same door.
    env.insert(QStringLiteral("PGPASSWORD"), role.password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSAGES_CLI_PATH),
                  {QStringLiteral("consolidate"), QStringLiteral("--share"), nantes.root,
                   QStringLiteral("--pg"), role.connection(db).conninfo(), QStringLiteral("--cite"),
                   QStringLiteral("nantes")});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    CHECK(citeWalkIns(db, QStringLiteral("nantes")) == nantes.expectedTotal());
}

TEST_CASE("the server restarted mid-consolidation: a clear error, and the rerun is exact",
          "[network]")
{
    PgDatabase db;
    init(db);
    Cite lille(3, 200, 61, 4); // about 150 small batches: a run long enough to cut
    bool interrupted = false;
    for (int attempt = 0; attempt < 4 && !interrupted; ++attempt) {
        QProcess process;
        process.setProcessEnvironment(englishEnv());
        QStringList args = consolidateArgs(lille, db, QStringLiteral("lille"));
        if (attempt > 0)
            args << QStringLiteral("--rebuild"); // from the start again
        process.start(QStringLiteral(PASSAGES_CLI_PATH), args);
        REQUIRE(process.waitForStarted());
        // The run inside one of its import transactions: restart the server then.
        bool midRun = false;
        for (int i = 0; i < 1000 && process.state() == QProcess::Running; ++i) {
            QThread::msleep(5);
            PgAdmin admin;
            if (admin
                    .value(QStringLiteral(
                               "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                               "application_name = 'passages' AND xact_start IS NOT NULL AND "
                               "query NOT LIKE 'SELECT pg_advisory%%'")
                               .arg(db.name()))
                    .toLongLong() > 0) {
                midRun = true;
                break;
            }
        }
        if (!midRun || process.state() != QProcess::Running) {
            REQUIRE(process.waitForFinished(120000));
            continue;
        }
        restartPgServer();
        REQUIRE(process.waitForFinished(120000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        INFO(err.toStdString());
        if (process.exitCode() == 0)
            continue; // it ended between the check and the restart: once more
        interrupted = true;
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 1);
        // What was cut, in words: not a crash, not a silent half-import.
        // The CLI's message says it (Qt's own warnings may precede it; libpq's words may
        // run over a few lines).
        const qsizetype at = err.lastIndexOf(QLatin1String("passages-cli: "));
        REQUIRE(at >= 0);
        const QString said = err.mid(at).trimmed();
        CHECK(said.contains(QLatin1String("connection")));
        CHECK_FALSE(said.endsWith(QLatin1Char(':')));         // never a reason left empty
        CHECK_FALSE(err.contains(QLatin1String("WARNING:"))); // the server's notice
    }
    CHECK(interrupted); // else this test proved nothing
    mustRun(consolidateArgs(lille, db, QStringLiteral("lille")));
    CHECK(citeWalkIns(db, QStringLiteral("lille")) == lille.expectedTotal());
    for (const QString &by : kDimensions)
        CHECK(pgReport(db, by, QStringLiteral("lille")).toStdString() ==
              shareReport(lille, by).toStdString());
    CHECK(
        PgAdmin(db.name()).value(QStringLiteral("SELECT COUNT(*) FROM share_file")).toLongLong() ==
        qint64(lille.snapshot().keys().filter(QStringLiteral("/desks/")).size()));
}

TEST_CASE("a report's snapshot held open never blocks a consolidation (MVCC)", "[network]")
{
    PgDatabase db;
    init(db);
    Cite brest(1, 40, 71);
    mustRun(consolidateArgs(brest, db, QStringLiteral("brest")));
    const qint64 first = brest.expectedTotal();

    Result<std::unique_ptr<NetworkDatabase>> reader =
        NetworkDatabase::open(db.conninfo(), NetworkDatabase::Schema::Require);
    REQUIRE(reader.ok());
    const auto summaryTotal = [&reader] {
        QSqlQuery q = (*reader)->prepare(
            QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM passage_dim_total WHERE dim = 'pole' "
                           "AND cite = 'brest'"));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    {
        // The dashboard's and the reports' transaction, open across the consolidation.
        NetworkTransaction snapshot(**reader, NetworkTransaction::Mode::ReadOnlySnapshot);
        REQUIRE(snapshot.begun().ok());
        CHECK(summaryTotal() == first);

        // More walk-ins at the desk; the consolidation updates the very summary rows the
        // snapshot read.
        TempDesk &desk = *brest.desks.front();
        for (int k = 0; k < 12; ++k) {
            PassageInput input;
            input.pole = QStringLiteral("emploi");
            input.count = 1 + k % 3;
            input.at = QDateTime(QDate(2024, 6, 3).addDays(k % 5), QTime(10, 0));
            REQUIRE(desk.reception->log(input).ok());
        }
        brest.sync(desk, 99); // the fingerprint it last synchronised under (Cite)
        QProcess process;
        process.setProcessEnvironment(englishEnv());
        process.start(QStringLiteral(PASSAGES_CLI_PATH),
                      consolidateArgs(brest, db, QStringLiteral("brest")));
        // A lock would hold it until the snapshot ends, i.e. forever here.
        const bool finished = process.waitForFinished(60000);
        if (!finished)
            process.kill();
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(finished);
        CHECK(process.exitCode() == 0);
        CHECK(brest.expectedTotal() > first);
        // The snapshot still sees the figures as they were when it began.
        CHECK(summaryTotal() == first);
        REQUIRE(snapshot.commit().ok());
    }
    // A new snapshot sees the consolidation's rows.
    NetworkTransaction after(**reader, NetworkTransaction::Mode::ReadOnlySnapshot);
    REQUIRE(after.begun().ok());
    CHECK(summaryTotal() == brest.expectedTotal());
}

TEST_CASE("the coordinators' read-only role (README) reads the dashboards and cannot write",
          "[network]")
{
    const NoPasswordFile noPasswords;
    PgDatabase db;
    init(db);
    Cite vannes(1, 30, 101);
    mustRun(consolidateArgs(vannes, db, QStringLiteral("vannes")));
    const QString role = QStringLiteral("l_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString password = QStringLiteral("lecture seule");
    PgAdmin(QStringLiteral("postgres"))
        .exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password));
    {
        PgAdmin admin(db.name());
        // The README's grants, word for word but the names.
        admin.exec(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(db.name(), role));
        admin.exec(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role));
        admin.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role));
        admin.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public "
                                  "GRANT SELECT ON TABLES TO %1")
                       .arg(role));
    }
    NetworkConnection reader;
    reader.host = QStringLiteral("127.0.0.1");
    reader.port = pgPort();
    reader.database = db.name();
    reader.user = role;
    CHECK(NetworkConnectionTester::test(reader, password).ok());
    Result<QList<NetworkCiteStatus>> status = NetworkService::status(reader.conninfo(), password);
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    CHECK(status->value(0).walkIns == vannes.expectedTotal());
    DashboardRequest request = DashboardRequest::standard(QDate(2024, 12, 31));
    request.filter.from = QDate(2024, 1, 1);
    Result<DashboardLoad> dashboard =
        PgDashboardSource(reader.conninfo(), password)
            .load(request, Referential::defaultReferential(), passages::test::communes());
    INFO((dashboard ? QString() : dashboard.error().message).toStdString());
    REQUIRE(dashboard.ok());
    CHECK(dashboard->figures.periodTotal == vannes.expectedTotal());

    // Writing is the consolidation server's: refused, nothing changed.
    const qint64 before = citeWalkIns(db, QStringLiteral("vannes"));
    QProcessEnvironment env = englishEnv();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSAGES_CLI_PATH),
                  {QStringLiteral("consolidate"), QStringLiteral("--share"), vannes.root,
                   QStringLiteral("--pg"), reader.conninfo(), QStringLiteral("--cite"),
                   QStringLiteral("vannes"), QStringLiteral("--rebuild")});
    REQUIRE(process.waitForFinished(60000));
    const QString said = QString::fromUtf8(process.readAllStandardError());
    INFO(said.toStdString());
    CHECK(process.exitCode() == 1);
    CHECK(said.contains(QLatin1String("may only read the network database")));
    CHECK(citeWalkIns(db, QStringLiteral("vannes")) == before);

    PgAdmin admin(db.name());
    QSqlQuery q(admin.db());
    (void)q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
    PgAdmin server;
    QSqlQuery drop(server.db());
    (void)drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
    (void)drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}
