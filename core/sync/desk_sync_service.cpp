// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/desk_sync_service.h"

#include "core/storage/database.h"
#include "core/sync/share_fs.h"

namespace passages {

DeskSyncState deskSyncState(Database &db)
{
    LocalShareFs fs; // only the local state is read
    const DeskSync desk(db, fs, QString());
    return {desk.lastError(), desk.pendingRows(), desk.lastSuccess(), desk.acknowledgement()};
}

DeskSyncReport syncDesk(Database &db, ShareFs &fs, const QString &shareRoot)
{
    DeskSync desk(db, fs, shareRoot);
    DeskSyncReport report;
    if (Result<SyncOutcome> outcome = desk.run(); outcome)
        report.outcome = std::move(outcome).value();
    else
        report.failure = outcome.error();
    report.pendingRows = desk.pendingRows();
    report.lastSuccess = desk.lastSuccess();
    report.acknowledgement = desk.acknowledgement();
    report.trustWarning = desk.trustWarning().section(QLatin1Char('\n'), 0, 0);
    return report;
}

Result<DeskSyncReport> syncDesk(const QString &databasePath, const QString &shareRoot)
{
    // The desk opened this database at start-up: its integrity was checked then.
    Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Check::Skip);
    if (!db)
        return db.error();
    LocalShareFs fs;
    return syncDesk(**db, fs, shareRoot);
}

QDateTime lastDeskSync(const QString &databasePath)
{
    Result<std::unique_ptr<Database>> db = Database::open(databasePath, Database::Check::Skip);
    if (!db)
        return {};
    return deskSyncState(**db).lastSuccess;
}

} // namespace passages
