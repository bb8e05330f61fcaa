// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QStringList>

namespace passages {

class Reception;

/// The outcome of an all-or-nothing import: either every row was recorded, or none
/// and `problems` lists every bad row ("line 7, field count: ...").
struct ImportReport
{
    int imported = 0;
    QStringList problems;
};

/// CSV exchange of walk-ins: how a Cité brings in its old tally spreadsheets and gives
/// its figures to others. Columns: `at,pole,theme,age_band,commune,public,channel,count,
/// service_level,orientation` (any order, `,` or `;`; the last two optional, empty for
/// "not recorded"); export adds `id` first.
class PassageCsv
{
    Q_DECLARE_TR_FUNCTIONS(PassageCsv)

public:
    /// Parses and validates every line; records all rows in one transaction only when
    /// none is bad. A data error returns the report with problems and imports nothing.
    static Result<ImportReport> importFile(Reception &reception, const QString &path);
    static Result<ImportReport> importData(Reception &reception, const QByteArray &data,
                                           const QString &sourceName);
    /// Entries of `year` (0: all), deleted excluded.
    static Result<QByteArray> exportData(const Reception &reception, int year,
                                         CsvFlavour flavour = CsvFlavour::Plain);
    static QStringList columns();
};

} // namespace passages
