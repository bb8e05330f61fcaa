// SPDX-License-Identifier: GPL-3.0-or-later
// The sync tests' laboratory: a share, a few desks and a consolidation cache in one
// temporary folder, and the checks every sync test makes (tests/core/test_sync*.cpp).
#pragma once

#include "support/faulty_share_fs.h"
#include "support/test_support.h"

#include "core/reception/passage.h"
#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <vector>

namespace passages::test {

/// A desk whose process dies at one step of a publication (DeskSync's test seam).
class DyingDeskSync final : public DeskSync
{
public:
    DyingDeskSync(DeskSync sync, Step step) : DeskSync(std::move(sync)), m_step(step) {}

protected:
    bool stopsAt(Step step) const override { return step == m_step; }

private:
    Step m_step;
};

/// The desk's own signing key, to make batches exactly as it would.
QByteArray deskKey(TempDesk &desk);

/// A share, a few desks and a consolidation cache, all in one temporary folder.
struct Lab
{
    QTemporaryDir dir;
    QString root = dir.filePath(QStringLiteral("share"));
    FaultyShareFs fs;
    std::vector<std::unique_ptr<TempDesk>> desks;
    std::map<TempDesk *, QString> fingerprints;
    QByteArray admin; ///< the share's admin secret key

    Lab();
    /// What an administrator does when a desk or consolidating PC asks to join.
    /// (From the admin's own PC: not through the faulty share of the desks.)
    void approveAll();
    TempDesk &addDesk(const char *site, const char *desk);
    DeskSync syncer(TempDesk &desk);
    /// Syncs, then approves the desk when it asked (the admin of these tests says yes).
    Result<SyncOutcome> sync(TempDesk &desk);
    std::unique_ptr<Database> openCache(const QString &name = QStringLiteral("cache.sqlite"));
    Result<ConsolidationSummary> consolidate(Database &cache);
    QStringList shareFiles() const;
};

/// The walk-ins of 2024 in `db` (of one desk when given).
qint64 total(const Database &db, const QString &site = {}, const QString &desk = {});
/// The yearly figures by pôle, commune, site and age band, as JSON: equal figures.
QByteArray poleFigures(const Database &db);
/// The first value of a one-row query.
int rows(const Database &db, const QString &sql);
/// The invariants after every run, once everything is quiet: each desk's rows are in
/// the consolidated cache exactly as at the desk; each share file has one status; a
/// rebuild from scratch gives the same figures.
void checkInvariants(Lab &lab, Database &cache);
/// `n` walk-ins a minute apart.
void logSome(TempDesk &desk, int n, const char *pole = "emploi", int count = 1);
/// The summary tables, row by row, in key order.
QStringList summaryTables(const Database &db);
/// A varied walk-in: pôle, age band, commune and group size cycle with `i`.
PassageInput varied(int i);

} // namespace passages::test
