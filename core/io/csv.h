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

/// The largest CSV file an import reads (a year of walk-ins is ~5 MB).
constexpr qint64 kMaxCsvBytes = qint64(64) << 20;

/// Reads a file a user chose to import: a regular file (not a device such as /dev/zero,
/// not a pipe) of at most `maxBytes`, or a clear error saying which and why.
Result<QByteArray> readImportFile(const QString &path, qint64 maxBytes = kMaxCsvBytes);

/// Writes CSV rows, quoting only where needed.
class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = QLatin1Char(','), bool bom = false);
    void writeRow(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

private:
    QChar m_separator;
    QByteArray m_data;
};

} // namespace passages
