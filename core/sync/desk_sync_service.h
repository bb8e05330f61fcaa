// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/sync/desk_sync.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace passages {

class Database;
class ShareFs;

/// What a desk's sync leaves for the agent to read, in the CLI (`sync`, the nightly
/// timer) and in the desk's status bar.
struct DeskSyncReport
{
    /// Set when the run failed (the share unreachable, full…): nothing is lost, the rows
    /// stay pending and the next run sends them.
    std::optional<Error> failure;
    SyncOutcome outcome; ///< meaningful when there is no failure
    int pendingRows = 0;
    QDateTime lastSuccess;
    Acknowledgement acknowledgement;
    /// The first line of DeskSync::trustWarning() (awaiting approval, ignored files).
    QString trustWarning;
};

/// What the desk's syncs left in its database, read without the share: the status bar
/// at start-up and after each run.
struct DeskSyncState
{
    QString lastError; ///< the last run's failure, "" after a success
    int pendingRows = 0;
    QDateTime lastSuccess;
    Acknowledgement acknowledgement;
};
DeskSyncState deskSyncState(Database &db);

/// The desk's sync workflow, one for the CLI and the GUI: run DeskSync, then read what
/// the agent is shown (rows still pending, last success, receipts, trust warning).
DeskSyncReport syncDesk(Database &db, ShareFs &fs, const QString &shareRoot);

/// The same from a worker thread: opens its own connection to the desk's database (Qt
/// Sql connections belong to one thread). Fails only when the database cannot be opened.
Result<DeskSyncReport> syncDesk(const QString &databasePath, const QString &shareRoot);

/// When the desk's last successful sync finished (invalid if never or unreadable): the
/// desk catches up a missed nightly slot at start-up.
QDateTime lastDeskSync(const QString &databasePath);

} // namespace passages
