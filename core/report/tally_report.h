// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace passages {

class Database;
class Referential;
class CommuneIndex;

/// What a walk-in report groups by; each has a stable name used by the CLI ("age-band").
enum class Dimension { Pole, Theme, AgeBand, Commune, Public, Channel, Site };

std::optional<Dimension> dimensionFromName(const QString &name);
QString dimensionName(Dimension dimension);
/// "pole|theme|age-band|commune|public|channel|site"
QString dimensionNames();

struct ReportRow
{
    QString code;
    QString label;
    qint64 count = 0;
};

/// Walk-ins of one year grouped by one dimension: group sizes summed (a group of 25
/// counts 25), deleted entries excluded, rows by count descending then code.
struct TallyReport
{
    int year = 0;
    Dimension by = Dimension::Pole;
    QList<ReportRow> rows;
    qint64 total = 0;

    QByteArray toJson() const;
    QByteArray toCsv() const;
};

struct ReportFilter
{
    QString site; ///< empty: all sites
    QString desk; ///< empty: all desks
};

class TallyReports
{
    Q_DECLARE_TR_FUNCTIONS(TallyReports)

public:
    TallyReports(const Database &db, const Referential &referential,
                 const CommuneIndex &communes);
    Result<TallyReport> yearly(int year, Dimension by, const ReportFilter &filter = {}) const;

private:
    const Database &m_db;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
};

} // namespace passages
