// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/fonds/fonds_catalogue.h"
#include "core/fonds/fonds_periodicals.h"
#include "core/fonds/fonds_types.h"
#include "core/fonds/fonds_upkeep.h"
#include "core/io/csv.h"
#include "core/reception/passage.h"
#include "core/referential/referential.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace passages {

class Database;

namespace fonds_detail {
class FondsShared;
} // namespace fonds_detail

/// Yearly figures of the fonds for the bilan.
struct FondsStats
{
    struct Theme
    {
        QString code;
        QString label;
        int titles = 0;
        int copies = 0; ///< not withdrawn
        qint64 consultations = 0;
        qint64 previousConsultations = 0; ///< the year before
    };
    int year = 0;
    int titles = 0;
    int copies = 0; ///< not withdrawn
    QHash<CopyStatus, int> copiesByStatus;
    int acquired = 0;       ///< copies acquired during the year
    int withdrawn = 0;      ///< copies withdrawn during the year
    int periodicals = 0;    ///< running subscriptions
    int issuesReceived = 0; ///< during the year
    QList<Theme> themes;    ///< every fonds theme, referential order
    qint64 consultations = 0;
    qint64 previousConsultations = 0;
    QList<qint64> consultationsByMonth;         ///< 12 values
    QList<qint64> previousConsultationsByMonth; ///< 12 values, the year before

    QByteArray toJson() const;
    QByteArray toCsv(CsvFlavour flavour = CsvFlavour::Plain) const;
};

/// The documentation space: three small services over one desk database, and the
/// figures that read them all.
///  - catalogue(): titles, copies, search, scanner entry (FondsCatalogue);
///  - periodicals(): subscriptions and issues, bulletinage (FondsPeriodicals);
///  - upkeep(): consultations, weeding and inventory (FondsUpkeep).
/// They share the database, the clock and the desk's identity through a private header
/// (fonds_shared_p.h).
class Fonds
{
    Q_DECLARE_TR_FUNCTIONS(Fonds)

public:
    /// The database and referential must outlive the Fonds.
    Fonds(Database &db, const Referential &referential, Clock clock = {});
    ~Fonds();
    Fonds(const Fonds &) = delete;
    Fonds &operator=(const Fonds &) = delete;

    QDateTime now() const;
    QDate today() const { return now().date(); }
    Database &database() const;

    /// The fonds themes (MFO, MFP, MFF, MFC) of the referential; the default ones when
    /// the desk's stored referential predates them.
    QList<Category> themes() const;
    QString themeLabel(const QString &code) const;
    QString themeCodes() const;

    FondsCatalogue &catalogue() { return *m_catalogue; }
    const FondsCatalogue &catalogue() const { return *m_catalogue; }
    FondsPeriodicals &periodicals() { return *m_periodicals; }
    const FondsPeriodicals &periodicals() const { return *m_periodicals; }
    FondsUpkeep &upkeep() { return *m_upkeep; }
    const FondsUpkeep &upkeep() const { return *m_upkeep; }

    /// The yearly figures for the bilan (fonds_stats.cpp).
    Result<FondsStats> stats(int year) const;

private:
    std::unique_ptr<fonds_detail::FondsShared> m_shared;
    std::unique_ptr<FondsCatalogue> m_catalogue;
    std::unique_ptr<FondsPeriodicals> m_periodicals;
    std::unique_ptr<FondsUpkeep> m_upkeep;
};

} // namespace passages
