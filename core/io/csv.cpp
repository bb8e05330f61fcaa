// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace passages {

namespace {

bool isNumber(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d+(?:[.,]\d+)?$)"));
    return number.match(cell).hasMatch();
}

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.at(0);
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

Result<CsvTable> parseCsv(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return makeError(ErrorCode::Parse,
                         QCoreApplication::translate("Csv", "The file is not UTF-8 text."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvTable table;
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    table.separator = header.count(QLatin1Char(';')) > header.count(QLatin1Char(','))
                          ? QLatin1Char(';')
                          : QLatin1Char(',');

    int line = 1;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool recordHasData = false;
    auto endField = [&] {
        QString value = wasQuoted ? field : field.trimmed();
        // Undo neutraliseCsvCell(): "'=1+1" was written for "=1+1".
        if (value.size() > 1 && value.at(0) == QLatin1Char('\'') &&
            startsLikeFormula(value.mid(1)) && !isNumber(value.mid(1)))
            value.remove(0, 1);
        record.fields << value;
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasData)
            table.records.append(record);
        record = CsvRecord{line + 1, {}};
        recordHasData = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            recordHasData = true;
            field.clear();
        } else if (c == table.separator) {
            endField();
            recordHasData = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else {
            if (!c.isSpace())
                recordHasData = true;
            field += c;
        }
    }
    if (quoted)
        return makeError(ErrorCode::Parse, QCoreApplication::translate(
                                               "Csv", "Line %1: a quoted field is never closed.")
                                               .arg(record.line));
    endRecord();
    return table;
}

QString neutraliseCsvCell(const QString &cell)
{
    if (!startsLikeFormula(cell) || isNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

CsvWriter::CsvWriter(CsvFlavour flavour)
    : m_flavour(flavour),
      m_separator(flavour == CsvFlavour::FrenchExcel ? QLatin1Char(';') : QLatin1Char(','))
{
    if (flavour == CsvFlavour::FrenchExcel)
        m_data = QByteArray("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QStringList &fields)
{
    static const QRegularExpression decimal(QStringLiteral(R"(^[-+]?\d+\.\d+$)"));
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields) {
        QString f = neutraliseCsvCell(field);
        if (m_flavour == CsvFlavour::FrenchExcel && decimal.match(f).hasMatch())
            f.replace(QLatin1Char('.'), QLatin1Char(','));
        if (f.contains(m_separator) || f.contains(QLatin1Char('"')) ||
            f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'))) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    m_data += out.join(m_separator).toUtf8();
    m_data += "\r\n";
}

Result<QByteArray> readImportFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Csv", "Cannot read %1: no such file.").arg(path));
    if (!info.isFile())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Csv", "Cannot read %1: not a regular file.").arg(path));
    const QString tooLarge =
        QCoreApplication::translate("Csv", "%1 is larger than %2 MB: not read.")
            .arg(path)
            .arg(maxBytes >> 20);
    if (info.size() > maxBytes)
        return makeError(ErrorCode::Io, tooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, file.errorString()));
    // Never more than the cap, even if the file grows while it is read.
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Csv", "Cannot read %1: %2").arg(path, file.errorString()));
    if (data.size() > maxBytes)
        return makeError(ErrorCode::Io, tooLarge);
    return data;
}

} // namespace passages
