// SPDX-License-Identifier: GPL-3.0-or-later
// What a desk remembers of its last sync: a failure must not outlive a later success
// (the status bar showed "⚠ the share … is unavailable" for ever, even after a restart).
#include "support/test_support.h"

#include "core/sync/desk_sync.h"
#include "core/sync/share_fs.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace passages;

TEST_CASE("a successful sync clears the last failure, also after a restart", "[sync][state]")
{
    test::TempDesk desk;
    REQUIRE(desk.reception->log(test::walkIn("emploi")).ok());
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("share"));
    LocalShareFs fs;

    // The share is not there (not mounted): the failure is remembered.
    REQUIRE_FALSE(DeskSync(*desk.db, fs, root).run().ok());
    CHECK_FALSE(DeskSync(*desk.db, fs, root).lastError().isEmpty());

    // It comes back: the next successful sync forgets the failure.
    REQUIRE(QDir().mkpath(root));
    const QByteArray admin = test::prepareShare(fs, root);
    (void)DeskSync(*desk.db, fs, root).run(); // asks to join
    test::approveAll(fs, root, admin);
    Result<SyncOutcome> ok = DeskSync(*desk.db, fs, root).run();
    INFO((ok ? QString() : ok.error().message).toStdString());
    REQUIRE(ok.ok());
    CHECK(DeskSync(*desk.db, fs, root).lastError().isEmpty());
    CHECK(DeskSync(*desk.db, fs, root).lastSuccess().isValid());
    desk.reopen();
    CHECK(DeskSync(*desk.db, fs, root).lastError().isEmpty());
}
