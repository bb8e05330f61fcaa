// SPDX-License-Identifier: GPL-3.0-or-later
// The admin role (issue 17): which actions need the Cité's admin password, the session
// that unlocks them for a few minutes, and the stored hash.
#include "support/test_support.h"

#include "core/admin/admin_role.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace passages;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

constexpr AdminAction kGuarded[] = {
    AdminAction::EditReferential,    AdminAction::EditClosures,     AdminAction::SyncSettings,
    AdminAction::DeleteEarlierEntry, AdminAction::RebuildFromShare, AdminAction::Settings,
};

} // namespace

TEST_CASE("The admin password is stored as an Argon2id hash, never in clear", "[admin]")
{
    test::TempDesk desk;
    CHECK_FALSE(admin_password::hasPassword(*desk.db).value());
    CHECK_FALSE(admin_password::check(*desk.db, kPassword));

    const Status tooShort = admin_password::set(*desk.db, QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().field == QLatin1String("password"));
    CHECK_FALSE(admin_password::hasPassword(*desk.db).value());

    REQUIRE(admin_password::set(*desk.db, kPassword).ok());
    const QString hash = admin_password::storedHash(*desk.db).value();
    CHECK(hash.startsWith(QLatin1String("$argon2id$")));
    CHECK_FALSE(hash.contains(kPassword));
    CHECK(hash != kPassword);
    CHECK(admin_password::check(*desk.db, kPassword));
    CHECK_FALSE(admin_password::check(*desk.db, kPassword + QLatin1Char('!')));

    // Salted: the same password hashes differently each time.
    REQUIRE(admin_password::set(*desk.db, kPassword).ok());
    CHECK(admin_password::storedHash(*desk.db).value() != hash);
    CHECK(admin_password::check(*desk.db, kPassword));

    // Nothing in the database file holds the password in clear.
    desk.db.reset();
    QFile file(desk.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(kPassword.toUtf8()));
}

TEST_CASE("An admin password hash that cannot be read refuses, never passes for none set",
          "[admin]")
{
    test::TempDesk desk;
    REQUIRE(admin_password::set(*desk.db, kPassword).ok());
    test::breakMetaKey(*desk.db, QStringLiteral("admin_password_hash"));

    const Result<bool> set = admin_password::hasPassword(*desk.db);
    REQUIRE_FALSE(set.ok());
    CHECK(set.error().code == ErrorCode::Database);
    CHECK(set.error().message.contains(QLatin1String("admin_password_hash")));
    CHECK_FALSE(admin_password::check(*desk.db, kPassword));

    // The read error, not "no admin password is set" (which lets one be chosen).
    AdminSession session(*desk.db);
    const Status unlocked = session.unlock(kPassword);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().code == ErrorCode::Database);
    for (AdminAction action : kGuarded)
        CHECK_FALSE(session.authorize(action).ok());
}

TEST_CASE("Each guarded action is refused without the admin password and allowed with it",
          "[admin]")
{
    test::TempDesk desk;
    QDateTime now = QDateTime(QDate(2024, 3, 5), QTime(10, 0));
    AdminSession session(*desk.db, [&now] { return now; });

    // No password set yet: nothing unlocks.
    const Status none = session.unlock(kPassword);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::NotInitialised);

    REQUIRE(admin_password::set(*desk.db, kPassword).ok());
    for (AdminAction action : kGuarded) {
        CAPTURE(int(action));
        const Status refused = session.authorize(action);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Refused);
        CHECK(refused.error().message.contains(adminActionName(action)));
    }
    const Status wrong = session.unlock(QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().field == QLatin1String("password"));
    CHECK_FALSE(session.isUnlocked());

    REQUIRE(session.unlock(kPassword).ok());
    for (AdminAction action : kGuarded) {
        CAPTURE(int(action));
        CHECK(session.authorize(action).ok());
    }

    session.lock();
    for (AdminAction action : kGuarded)
        CHECK_FALSE(session.authorize(action).ok());
}

TEST_CASE("Deleting an entry of today needs no admin; of another day it does", "[admin]")
{
    test::TempDesk desk;
    const QDateTime now = QDateTime(QDate(2024, 3, 5), QTime(10, 0));
    AdminSession session(*desk.db, [now] { return now; });
    REQUIRE(admin_password::set(*desk.db, kPassword).ok());

    CHECK(session.authorizeDeletion(now.date()).ok());
    CHECK_FALSE(session.authorizeDeletion(now.date().addDays(-1)).ok());
    CHECK_FALSE(session.authorizeDeletion(now.date().addDays(1)).ok());
    REQUIRE(session.unlock(kPassword).ok());
    CHECK(session.authorizeDeletion(now.date().addDays(-1)).ok());
}

TEST_CASE("An unlocked admin session lasts a few minutes, then locks", "[admin]")
{
    test::TempDesk desk;
    QDateTime now = QDateTime(QDate(2024, 3, 5), QTime(10, 0));
    AdminSession session(*desk.db, [&now] { return now; });
    REQUIRE(admin_password::set(*desk.db, kPassword).ok());
    REQUIRE(session.unlock(kPassword).ok());

    now = now.addSecs(4 * 60 + 59);
    CHECK(session.authorize(AdminAction::Settings).ok());
    now = now.addSecs(1); // five minutes after the unlock, whatever was done meanwhile
    CHECK_FALSE(session.isUnlocked());
    CHECK_FALSE(session.authorize(AdminAction::Settings).ok());

    // A clock set back does not keep it open either.
    REQUIRE(session.unlock(kPassword).ok());
    now = now.addSecs(-60);
    CHECK_FALSE(session.isUnlocked());
}

TEST_CASE("A desk takes the share's admin password as its own", "[admin]")
{
    test::TempDesk desk;
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(root));
    LocalShareFs fs;
    (void)test::prepareShare(fs, root);
    Share share(fs, root);

    const Status wrong = admin_password::adoptFromShare(*desk.db, share, kPassword);
    REQUIRE_FALSE(wrong.ok());
    CHECK_FALSE(admin_password::hasPassword(*desk.db).value());

    REQUIRE(admin_password::adoptFromShare(*desk.db, share, test::kAdminPassword).ok());
    CHECK(admin_password::check(*desk.db, test::kAdminPassword));
    CHECK(admin_password::storedHash(*desk.db).value() != test::kAdminPassword);
}
