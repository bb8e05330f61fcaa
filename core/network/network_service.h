// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/report/yearly_counts.h"
#include "core/sync/consolidation_service.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace passages {

class CommuneIndex;
class ShareFs;

/// One Cité's line of `network status`.
struct NetworkCiteStatus
{
    QString cite;
    QString shareId;
    QString lastConsolidationUtc;
    QMap<QString, int> files; ///< status -> files
    qint64 walkIns = 0;       ///< walk-ins counted (group sizes summed, deletions excluded)
    QList<DeskHealth> desks;
};

/// The network database's workflows, one for the CLI (`network init|status`,
/// `consolidate --pg`, `report --pg`) and the GUI (*Tous les postes, réseau*): see
/// network_database.h for the database and pg_consolidation_store.h for the store. The share's
/// reading and verification are the Consolidator's, shared with the local cache.
class NetworkService
{
    Q_DECLARE_TR_FUNCTIONS(NetworkService)

public:
    explicit NetworkService(ShareFs &fs) : m_fs(fs) {}

    /// Creates or upgrades the schema; the version it is at.
    static Result<int> init(const QString &conninfo);

    struct Request
    {
        QString shareRoot;
        QString conninfo;
        QString cite;
        bool rebuild = false;
        QString password; ///< typed for this session (the GUI), never stored; empty: libpq's
    };
    /// Imports a Cité's share. Errors (nothing written anywhere): the database cannot be
    /// opened or has another schema, the share cannot be opened, the share or the code is
    /// bound otherwise. A failed run is a report with `failure` set.
    Result<ConsolidationReport> consolidate(const Request &request,
                                            const std::function<void(int, int)> &progress = {});

    /// Walk-ins of `year` by `by` ("pole"... as report --share, or "cite"), for one Cité
    /// (`cite`) or all; labels from that Cité's referential (the default one for all).
    static Result<YearlyCounts> report(const QString &conninfo, int year, const QString &by,
                                       const QString &cite, const ReportFilter &filter,
                                       const CommuneIndex &communes);
    /// `password`: typed for this session (the GUI), never stored; empty: libpq's own.
    static Result<QList<NetworkCiteStatus>> status(const QString &conninfo,
                                                   const QString &password = {});

private:
    ShareFs &m_fs;
};

} // namespace passages
