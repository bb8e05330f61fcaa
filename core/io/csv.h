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
