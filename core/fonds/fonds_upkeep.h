// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/fonds/fonds_types.h"

#include <QCoreApplication>
#include <QList>

namespace passages {

class FondsCatalogue;
struct YearlyCounts;

namespace fonds_detail {
class FondsShared;
} // namespace fonds_detail

/// The fonds' upkeep: the consultations it counts, and the weeding (désherbage) and
/// inventory (récolement) they inform. Every write is one transaction that also appends
/// the row images to the sync outbox. Reached through Fonds::upkeep().
class FondsUpkeep final
{
    Q_DECLARE_TR_FUNCTIONS(Fonds)

public:
    enum class ConsultationsBy
    {
        Theme,
        Month
    };

    FondsUpkeep(fonds_detail::FondsShared &shared, FondsCatalogue &catalogue);
    FondsUpkeep(const FondsUpkeep &) = delete;
    FondsUpkeep &operator=(const FondsUpkeep &) = delete;

    // --- Consultations (fonds_consultations.cpp) -------------------------------------
    /// One consultation of a title (a scan at reshelving); theme from the title.
    Result<Consultation> consultTitle(const QString &titleId, const QString &copyId = {},
                                      int count = 1);
    /// A tally for a theme when there is no time to scan.
    Result<Consultation> consultTheme(const QString &theme, int count = 1);
    /// Resolves a scan (copy or known ISBN) and records its consultation.
    Result<Consultation> consultScan(const QString &scanned);
    /// Tombstones a consultation (undo of a mistaken scan or tally).
    Result<Consultation> removeConsultation(const QString &id);
    /// Consultations of a day, newest first.
    Result<QList<Consultation>> consultationsOn(const QDate &date) const;
    /// Counts of `year` by theme (rows by count descending, like walk-ins) or by month
    /// (codes "01".."12", all twelve in calendar order, labels month names). Empty
    /// `site` / `desk`: all.
    Result<YearlyCounts> consultationReport(int year, ConsultationsBy by, const QString &site = {},
                                            const QString &desk = {}) const;

    // --- Weeding and inventory (fonds_upkeep.cpp) ------------------------------------
    WeedingRules weedingRules() const; ///< the desk's saved rules, or the defaults
    Status setWeedingRules(const WeedingRules &rules);
    /// Copies (on shelf or in reserve, books, dossiers and binders) proposed for weeding:
    /// too old for their theme, superseded (a newer edition of the same title, same
    /// publisher, is catalogued), or their title not consulted for `unusedYears` (and
    /// held that long). By cote, then title.
    Result<QList<WeedingCandidate>> weedingCandidates(const WeedingRules &rules) const;
    /// Marks copies withdrawn today with the reason; the rows stay (history).
    Status withdraw(const QStringList &copyIds, const QString &reason);
    /// Weeding reasons (WeedingCandidate::Reason flags) as a short text.
    static QString reasonText(int weedingReasons);

    /// The current inventory session's scans, kept in the database as they come (a
    /// session survives a restart): record one, list them in scan order, start anew.
    Status recordInventoryScan(const QString &code);
    Result<QStringList> inventoryScans() const;
    Status clearInventoryScans();

    /// Compares the scanned inventory numbers (or ISBNs of single-copy titles) with the
    /// on-shelf copies of the scope.
    Result<InventoryResult> inventory(const InventoryScope &scope,
                                      const QStringList &scanned) const;

private:
    Result<Consultation> writeConsultation(Consultation c, bool insert);
    /// A new consultation of `count` people now (a title's, or a theme's with no title).
    Result<Consultation> recordConsultation(const QString &theme, const QString &titleId,
                                            const QString &copyId, int count);

    fonds_detail::FondsShared &m_shared;
    FondsCatalogue &m_catalogue;
};

} // namespace passages
