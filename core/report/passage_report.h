// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"
#include "core/report/breakdown.h"
#include "core/report/yearly_counts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace passages {

class Database;
class CommuneIndex;

/// The referential list a breakdown's codes come from (none for communes, departments
/// and desks): the one whose merges a report applies.
std::optional<Referential::Kind> referentialKind(BreakdownBy by);

/// The breakdowns a yearly walk-in report offers, by their stable CLI names ("age-band"):
/// pôle, theme, age band, commune, public, channel, site, service level and orientation.
std::optional<BreakdownBy> reportBreakdownFromName(const QString &name);
/// "pole|theme|age-band|commune|public|channel|site|service-level|orientation"
QString reportBreakdownNames();

class PassageReports
{
    Q_DECLARE_TR_FUNCTIONS(PassageReports)

public:
    PassageReports(const Database &db, const Referential &referential,
                   const CommuneIndex &communes);
    /// Walk-ins of `year` by `by`: group sizes summed (a group of 25 counts 25),
    /// deleted entries excluded.
    Result<YearlyCounts> yearly(int year, BreakdownBy by, const ReportFilter &filter = {}) const;
    /// The desk labels that recorded walk-ins (any year), sorted: what --desk may name.
    Result<QStringList> desks() const;
    /// The code a report by `by` counts `code` under: the referential's merges applied
    /// (one source for every store's reports: desk, share and network database).
    static QString reportCode(BreakdownBy by, const QString &code, const Referential &referential);
    /// A code's label in a report by `by` (one source for every store's reports).
    static QString label(BreakdownBy by, const QString &code, const Referential &referential,
                         const CommuneIndex &communes);

private:
    const Database &m_db;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
};

} // namespace passages
