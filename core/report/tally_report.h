// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace passages {

class Database;
class Referential;
class CommuneIndex;

/// What a walk-in report groups by; each has a stable name used by the CLI ("age-band").
enum class Dimension
{
    Pole,
    Theme,
    AgeBand,
    Commune,
    Public,
    Channel,
    Site
};

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

/// Counts of one year grouped by one dimension, rows by count descending then code.
/// The shape every yearly report shares (walk-ins, interviews, participants...), so the
/// CLI and the dashboard print them alike.
struct TallyReport
{
    int year = 0;
    QString by; ///< the dimension's CLI name ("pole", "age-band", "event"...)
    QList<ReportRow> rows;
    qint64 total = 0;

    /// Count descending, then code: the documented order.
    void sortRows();
    QByteArray toJson() const;
    QByteArray toCsv(CsvFlavour flavour = CsvFlavour::Plain) const;
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
    TallyReports(const Database &db, const Referential &referential, const CommuneIndex &communes);
    /// Walk-ins of `year` by `by`: group sizes summed (a group of 25 counts 25),
    /// deleted entries excluded.
    Result<TallyReport> yearly(int year, Dimension by, const ReportFilter &filter = {}) const;
    /// The desk labels that recorded walk-ins (any year), sorted: what --desk may name.
    Result<QStringList> desks() const;

private:
    const Database &m_db;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
};

} // namespace passages
