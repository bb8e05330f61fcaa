// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QStringList>

namespace passages {

class Fonds;

/// The outcome of an all-or-nothing catalogue import: either every row was recorded, or
/// none and `problems` lists every bad row ("line 7, field isbn: ...").
struct FondsImportReport
{
    int titles = 0; ///< new titles
    int copies = 0; ///< new copies
    QStringList problems;
};

/// CSV exchange of the catalogue, one row per copy (a title without copies is one row
/// with an empty inventory number): how a Cité brings in its existing list and gives its
/// catalogue to partners. Columns (any order, `,` or `;`): inventory, isbn, title,
/// authors, publisher, year, edition, theme, subcote, type, language, status, acquired,
/// source, location, notes; `title` and `theme` are required. Rows with the same ISBN
/// (or, without ISBN, the same title, publisher, year and edition) are copies of one
/// title; an ISBN already catalogued adds copies to that title.
class FondsCsv
{
    Q_DECLARE_TR_FUNCTIONS(FondsCsv)

public:
    static Result<FondsImportReport> importFile(Fonds &fonds, const QString &path);
    static Result<FondsImportReport> importData(Fonds &fonds, const QByteArray &data,
                                                const QString &sourceName);
    /// Every live title and copy (withdrawn ones included: history), by cote and title.
    static Result<QByteArray> exportData(const Fonds &fonds,
                                         CsvFlavour flavour = CsvFlavour::Plain);
    static QStringList columns();
};

} // namespace passages
