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
/// a consolidation running meanwhile is neither blocked nor seen half-done),
/// computeDashboard() reads every figure in place through NetworkAttendance
/// (network_figures.h): grouped queries over the summary the consolidation keeps
/// (passage_dim_total) and, for the hours of a day and the heat map, over the period's
/// rows by the (Cité, day) and day indexes. Nothing of the walk-ins is copied. The Cité
/// dimension comes from the same summary: the period's walk-ins by Cité
/// (DashboardFigures::cites) and, in the bilan, contacts by Cité and each Cité's contacts
/// by pôle (the network bilan, pôle × Cité).
///
/// The calendar is the referential's opening weekdays and the closures the desks
/// recorded (networkClosures(): the Cité's own, or the days every Cité is closed). The
/// bilan's interviews and events come from the programme records consolidation carried,
/// those of the bilan's two years written into a private SQLite file (networkProgramme():
/// a few thousand rows a year per Cité) so that ProgrammeReports counts them as in the
/// Cité's cache.
///
/// Cost: bench `passages_bench --only network` (a refresh for one Cité and for the whole
/// network, beside a plain GROUP BY of the same run).
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
