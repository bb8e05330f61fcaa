// SPDX-License-Identifier: GPL-3.0-or-later
// The admin role at the command line (issue 17): on a desk with an admin password, every
// action the GUI guards is refused without the password (nothing changes), refused with a
// wrong one, and allowed with it; a desk agent's daily work needs none.
#include "cli_support.h"

#include "core/admin/admin_role.h"
#include "core/storage/database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>

using namespace passages;
using test::Run;

namespace {

const QString kPassword = QStringLiteral("the admin of the Cité");

enum class Password
{
    None,  ///< no PASSAGES_ADMIN_PASSWORD and an empty standard input
    Wrong, ///< a wrong one
    Right,
};

/// passages-cli `args` on `db` with the admin password given (or not).
Run run(const QString &db, QStringList args, Password password)
{
    args.prepend(db);
    args.prepend(QStringLiteral("--db"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PASSAGES_LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("PASSAGES_ADMIN_PASSWORD"));
    if (password == Password::Right)
        env.insert(QStringLiteral("PASSAGES_ADMIN_PASSWORD"), kPassword);
    else if (password == Password::Wrong)
        env.insert(QStringLiteral("PASSAGES_ADMIN_PASSWORD"), QStringLiteral("not the password"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PASSAGES_CLI_PATH), args);
    process.closeWriteChannel(); // no password on standard input either
    REQUIRE(process.waitForFinished(120000));
    Run result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// A desk whose administrator set a password.
struct AdminDesk : test::CliDesk
{
    AdminDesk() : CliDesk(QStringLiteral("Accueil 1"))
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE(admin_password::set(**opened, kPassword).ok());
    }
    Run operator()(const QStringList &args, Password password = Password::None) const
    {
        return run(db, args, password);
    }
    Run ok(const QStringList &args, Password password = Password::None) const
    {
        const Run r = run(db, args, password);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    }
    /// Every walk-in, as the export writes them: what must not change when refused.
    QString walkIns() const
    {
        return ok({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("-")}).out;
    }
    QString closures() const { return ok({QStringLiteral("closure"), QStringLiteral("list")}).out; }
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/// Refused without the password (usage error: it is missing) and with a wrong one (data
/// error), `unchanged` the same after both.
void refusedWithoutPassword(const AdminDesk &desk, const QStringList &args,
                            const std::function<QString()> &unchanged)
{
    CAPTURE(args.join(QLatin1Char(' ')).toStdString());
    const QString before = unchanged();
    const Run without = desk(args, Password::None);
    CHECK(without.code == 2);
    CHECK(without.err.contains(QLatin1String("administrator password is required")));
    CHECK(unchanged() == before);
    const Run wrong = desk(args, Password::Wrong);
    INFO(wrong.err.toStdString());
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("only the Cité's administrator may")));
    CHECK(unchanged() == before);
}

} // namespace

TEST_CASE("deleting a walk-in of another day needs the admin password; today's does not",
          "[cli][admin]")
{
    AdminDesk desk;
    const QString earlier = desk.ok(words("log --pole emploi --at 2024-03-05T10:30")).out.trimmed();
    const QString today = desk.ok(words("log --pole droit")).out.trimmed();
    REQUIRE_FALSE(earlier.isEmpty());

    refusedWithoutPassword(desk, {QStringLiteral("delete"), QStringLiteral("--id"), earlier},
                           [&desk] { return desk.walkIns(); });
    CHECK(desk.walkIns().contains(QLatin1String("2024-03-05")));

    desk.ok({QStringLiteral("delete"), QStringLiteral("--id"), earlier}, Password::Right);
    CHECK_FALSE(desk.walkIns().contains(QLatin1String("2024-03-05")));
    // A desk agent deletes today's entry without any password.
    desk.ok({QStringLiteral("delete"), QStringLiteral("--id"), today});
    CHECK_FALSE(desk.walkIns().contains(QLatin1String("droit")));
}

TEST_CASE("closures are added and deleted with the admin password only", "[cli][admin]")
{
    AdminDesk desk;
    const QStringList add = words("closure add --from 2024-08-05 --to 2024-08-09 --reason Été");
    refusedWithoutPassword(desk, add, [&desk] { return desk.closures(); });
    CHECK(desk.closures().trimmed().isEmpty());

    const QString id = desk.ok(add, Password::Right).out.trimmed();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(desk.closures().contains(QLatin1String("2024-08-05")));

    refusedWithoutPassword(
        desk, {QStringLiteral("closure"), QStringLiteral("delete"), QStringLiteral("--id"), id},
        [&desk] { return desk.closures(); });
    CHECK(desk.closures().contains(QLatin1String("2024-08-05")));
    desk.ok({QStringLiteral("closure"), QStringLiteral("delete"), QStringLiteral("--id"), id},
            Password::Right);
    CHECK_FALSE(desk.closures().contains(QLatin1String("2024-08-05")));
}

TEST_CASE("changing an initialised desk's site or label needs the admin password", "[cli][admin]")
{
    AdminDesk desk;
    const QStringList init = {QStringLiteral("init"), QStringLiteral("--site"),
                              QStringLiteral("villette"), QStringLiteral("--desk"),
                              QStringLiteral("Accueil 9")};
    // The label the desk records its walk-ins under.
    const auto label = [&desk] {
        Result<std::unique_ptr<Database>> opened = Database::open(desk.db);
        REQUIRE(opened.ok());
        return (*opened)->meta(QStringLiteral("desk"));
    };
    refusedWithoutPassword(desk, init, label);
    CHECK(label() == QLatin1String("Accueil 1"));
    desk.ok(init, Password::Right);
    CHECK(label() == QLatin1String("Accueil 9"));
}

TEST_CASE("rebuilding the consolidation from the share needs the admin password", "[cli][admin]")
{
    AdminDesk desk;
    const QString share = desk.dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    REQUIRE(run(desk.db,
                {QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share},
                Password::Right)
                .code == 0);
    const QString cache = desk.dir.filePath(QStringLiteral("cache.sqlite"));
    const QStringList rebuild = {QStringLiteral("consolidate"),
                                 QStringLiteral("--share"),
                                 share,
                                 QStringLiteral("--cache"),
                                 cache,
                                 QStringLiteral("--rebuild")};
    refusedWithoutPassword(desk, rebuild, [&cache] {
        return QFile::exists(cache) ? QStringLiteral("cache") : QString();
    });
    CHECK_FALSE(QFile::exists(cache));
    desk.ok(rebuild, Password::Right);
    CHECK(QFile::exists(cache));
    // Bringing the cache up to date (no rebuild) is everyone's.
    desk.ok({QStringLiteral("consolidate"), QStringLiteral("--share"), share,
             QStringLiteral("--cache"), cache});
}

TEST_CASE("a desk without an admin password is not guarded at the command line", "[cli][admin]")
{
    test::CliDesk desk(QStringLiteral("Accueil 1"));
    const QString earlier =
        run(desk.db, words("log --pole emploi --at 2024-03-05T10:30"), Password::None)
            .out.trimmed();
    CHECK(run(desk.db, {QStringLiteral("delete"), QStringLiteral("--id"), earlier}, Password::None)
              .code == 0);
    CHECK(run(desk.db, words("closure add --from 2024-08-05 --reason Été"), Password::None).code ==
          0);
}
