// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace passages {

/// One CSV record with the file line where it starts (for error messages).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QChar separator;
    QList<CsvRecord> records; ///< the header is records.first()
};

/// Reads RFC 4180 CSV as spreadsheets write it: UTF-8 with or without BOM, `,` or `;`
/// (detected from the header line), quoted fields with doubled quotes and line breaks,
/// CRLF or LF. Blank lines are skipped. Errors name the line.
Result<CsvTable> parseCsv(const QByteArray &data);

/// The two CSV dialects Passages writes.
/// - Plain: RFC 4180 for scripts: `,`, UTF-8 without BOM, decimal point, CRLF.
/// - FrenchExcel ("CSV pour Excel"): what Excel and LibreOffice open right with a French
///   profile on a double click: `;`, UTF-8 BOM (or accents are garbled), decimal comma,
///   CRLF.
enum class CsvFlavour
{
    FrenchExcel,
    Plain
};

/// The one gate every written cell goes through (OWASP "CSV injection"): a text cell a
/// spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, TAB or CR) gets
/// a leading `'`, so "=1+1" shows as typed instead of 2. A number ("-12", "+3", "-1.5",
/// "-1,5") stays a number. parseCsv() takes the `'` off again, so an export re-imports.
QString neutraliseCsvCell(const QString &cell);

/// The largest CSV file an import reads (a year of walk-ins is ~5 MB).
constexpr qint64 kMaxCsvBytes = qint64(64) << 20;

/// Reads a file a user chose to import: a regular file (not a device such as /dev/zero,
/// not a pipe) of at most `maxBytes`, or a clear error saying which and why.
Result<QByteArray> readImportFile(const QString &path, qint64 maxBytes = kMaxCsvBytes);

/// Writes CSV rows in one dialect, quoting only where needed; every cell goes through
/// neutraliseCsvCell(). In the FrenchExcel dialect a decimal number written with a point
/// ("22.4") gets a comma ("22,4"); integers, dates and codes are left alone.
class CsvWriter
{
public:
    explicit CsvWriter(CsvFlavour flavour = CsvFlavour::Plain);
    void writeRow(const QStringList &fields);
    const QByteArray &data() const { return m_data; }
    CsvFlavour flavour() const { return m_flavour; }

private:
    CsvFlavour m_flavour;
    QChar m_separator;
    QByteArray m_data;
};

/// "csv-excel" for scripts and tests; the CLI's `--excel` flag picks FrenchExcel.
inline CsvFlavour csvFlavour(bool excel)
{
    return excel ? CsvFlavour::FrenchExcel : CsvFlavour::Plain;
}

} // namespace passages
