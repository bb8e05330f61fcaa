// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/dashboard_figures.h"

#include <QCoreApplication>

namespace passages {

/// The dashboard over the network database (network_database.h): the coordinators'
/// views and the bilan with a Cité dimension, for one Cité (DashboardRequest::cite) or
/// the whole network.
///
/// How (see DashboardSource for why): in one REPEATABLE READ, READ ONLY snapshot (MVCC:
/// a consolidation running meanwhile is neither blocked nor seen half-done), the walk-ins
/// of the dates the request covers (the period, the same period last year, the weeks, the
/// months of this year and the last, the bilan's two years), of the Cité, site and desk
/// asked for, are read grouped by day, hour and every dimension, deletions excluded,
/// group sizes summed, and written into a private SQLite file with the desk schema, whose
/// summaries are rebuilt once. computeDashboard() then computes every figure there, as
/// for a desk. The Cité dimension is added from the same rows: the period's walk-ins by
/// Cité (DashboardFigures::cites) and, in the bilan, contacts by Cité and each Cité's
/// contacts by pôle (the network bilan, pôle × Cité).
///
/// Cost: the grouped rows of those dates; a large Cité's two years are about its number
/// of walk-ins grouped by day and hour (bench: passages_bench --only network). Closed days
/// of each Cité's calendar are not read from the network database: only the opening
/// weekdays of the referential count.
class PgDashboardSource final : public DashboardSource
{
    Q_DECLARE_TR_FUNCTIONS(PgDashboardSource)

public:
    /// `password`: typed for this session only (NetworkDatabase::open), never stored.
    PgDashboardSource(QString conninfo, QString password = {})
        : m_conninfo(std::move(conninfo)), m_password(std::move(password))
    {}

    Result<DashboardLoad> load(const DashboardRequest &request, const Referential &referential,
                               const CommuneIndex &communes) const override;
    bool hasCites() const override { return true; }
    QString describe() const override { return m_conninfo; }

private:
    QString m_conninfo;
    QString m_password;
};

} // namespace passages
