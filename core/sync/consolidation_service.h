// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/sync/consolidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace passages {

class ShareFs;

/// What a consolidation is asked to do.
struct ConsolidationRequest
{
    QString shareRoot;
    /// The cache to fill; empty: this PC's default cache for the share (app_paths.h),
    /// whose name comes from the share's validated UUID, never from its text.
    QString cachePath;
    /// Start the cache again from the share. This PC's consolidator identity and key
    /// (approved by an admin) and the pinned admin key are kept.
    bool rebuild = false;
};

/// What the coordinator reads after a consolidation, in the CLI and in *Tous les postes*.
struct ConsolidationReport
{
    QString cachePath;
    /// Set when the run itself failed (busy, share gone): the health below is then what
    /// the cache held before, still worth showing.
    std::optional<Error> failure;
    ConsolidationSummary summary;
    QList<DeskHealth> health;
    QList<ShareFileStatus> problems;
};

/// The consolidation workflow, one for the CLI (`consolidate`, `report --share`, `bilan
/// --share`) and the GUI (*Tous les postes*): open the share, find or rebuild the cache,
/// refuse a desk database, run the Consolidator, read the health. Runs on the caller's
/// thread (the GUI calls it from a worker: ui/async_task.h); opens its own connections.
class ConsolidationService
{
    Q_DECLARE_TR_FUNCTIONS(ConsolidationService)

public:
    explicit ConsolidationService(ShareFs &fs) : m_fs(fs) {}

    /// Errors: the share cannot be opened, the cache cannot be opened or is a desk
    /// database. A failed run is a report with `failure` set.
    Result<ConsolidationReport> consolidate(const ConsolidationRequest &request,
                                            const std::function<void(int, int)> &progress = {});

    /// The one-line summary both front ends show ("3 new file(s): 2 imported, …").
    static QString summaryText(const ConsolidationSummary &summary);
    /// The remarks a coordinator must read beside the summary (key awaiting approval,
    /// signatures that do not verify, receipts not written).
    static QStringList remarks(const ConsolidationSummary &summary);

private:
    ShareFs &m_fs;
};

} // namespace passages
