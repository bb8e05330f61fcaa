// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/passage_csv.h"

#include "core/common/text.h"
#include "core/io/csv.h"
#include "core/reception/reception.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace passages {

namespace {

/// A commune cell as typed or as a spreadsheet saved it: INSEE codes keep their capitals
/// (Corsica: "2A004", "2b033"), a code that lost its leading zero in a spreadsheet
/// ("1004") gets it back; the words ("etranger", "NR") are lower-cased.
QString communeCode(const QString &cell)
{
    static const QRegularExpression insee(QStringLiteral("^(?:\\d{5}|2[ABab]\\d{3})$"));
    static const QRegularExpression lostZero(QStringLiteral("^\\d{4}$"));
    if (insee.match(cell).hasMatch())
        return cell.toUpper();
    if (lostZero.match(cell).hasMatch())
        return QLatin1Char('0') + cell;
    return cell.toLower();
}

/// Dates as spreadsheets write them: ISO ("2024-03-05T14:30", with a space or a T, seconds
/// optional) or French ("05/03/2024 14:30"); a date alone means the start of the day.
std::optional<QDateTime> parseMoment(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    static const QRegularExpression french(
        QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$)"));
    int y = 0, mo = 0, d = 0;
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        y = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        d = m.captured(3).toInt();
    } else {
        m = french.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        d = m.captured(1).toInt();
        mo = m.captured(2).toInt();
        y = m.captured(3).toInt();
    }
    const QDate date(y, mo, d);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time);
}

} // namespace

QStringList PassageCsv::columns()
{
    return {
        QStringLiteral("at"),         QStringLiteral("pole"),    QStringLiteral("theme"),
        QStringLiteral("age_band"),   QStringLiteral("commune"), QStringLiteral("public"),
        QStringLiteral("channel"),    QStringLiteral("count"),   QStringLiteral("service_level"),
        QStringLiteral("orientation")};
}

Result<ImportReport> PassageCsv::importFile(Reception &reception, const QString &path)
{
    Result<QByteArray> data = readImportFile(path);
    if (!data)
        return data.error();
    return importData(reception, *data, path);
}

Result<ImportReport> PassageCsv::importData(Reception &reception, const QByteArray &data,
                                            const QString &sourceName)
{
    Result<CsvTable> parsed = parseCsv(data);
    if (!parsed)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1: %2").arg(sourceName, parsed.error().message));
    const CsvTable &table = *parsed;
    ImportReport report;
    if (table.records.isEmpty()) {
        report.problems << tr("%1: the file is empty (expected a header line: %2).")
                               .arg(sourceName, columns().join(QLatin1Char(',')));
        return report;
    }

    // Columns are found by name, so a spreadsheet may order them as it likes.
    QHash<QString, int> index;
    const QStringList header = table.records.first().fields;
    QStringList allowed = columns();
    allowed << QStringLiteral("id");
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!allowed.contains(name)) {
            report.problems << tr("%1, line 1: unknown column \"%2\" (expected: %3).")
                                   .arg(sourceName, shown(header.at(i)),
                                        columns().join(QLatin1Char(',')));
            continue;
        }
        if (index.contains(name))
            report.problems
                << tr("%1, line 1: column \"%2\" appears twice.").arg(sourceName, shown(name));
        index.insert(name, i);
    }
    for (const char *required : {"at", "pole"})
        if (!index.contains(QLatin1String(required)))
            report.problems << tr("%1, line 1: the required column \"%2\" is missing.")
                                   .arg(sourceName, QLatin1String(required));
    if (!report.problems.isEmpty())
        return report;

    QList<PassageInput> inputs;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        auto field = [&](const char *name) {
            const int i = index.value(QLatin1String(name), -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        auto problem = [&](const QString &name, const QString &reason) {
            report.problems << tr("%1, line %2, field %3: %4")
                                   .arg(sourceName)
                                   .arg(record.line)
                                   .arg(name, shown(reason, 200));
        };
        if (record.fields.size() > header.size()) {
            problem(QStringLiteral("-"),
                    tr("%1 fields for %2 columns.").arg(record.fields.size()).arg(header.size()));
            continue;
        }
        PassageInput input;
        bool bad = false;
        const QString at = field("at");
        if (at.isEmpty()) {
            problem(QStringLiteral("at"), tr("the date is missing."));
            bad = true;
        } else if (std::optional<QDateTime> moment = parseMoment(at)) {
            input.at = moment;
        } else {
            problem(QStringLiteral("at"),
                    tr("\"%1\" is not a date (expected YYYY-MM-DDTHH:MM or DD/MM/YYYY HH:MM).")
                        .arg(at));
            bad = true;
        }
        input.pole = field("pole").toLower();
        input.theme = field("theme").toLower();
        input.ageBand = field("age_band").toLower();
        input.commune = communeCode(field("commune"));
        input.publicCode = field("public").toLower();
        input.channel = field("channel").toLower();
        // Optional columns (issue 17): empty or absent is "not recorded".
        input.serviceLevel = field("service_level").toLower();
        input.orientation = field("orientation").toLower();
        const QString count = field("count");
        if (!count.isEmpty()) {
            bool ok = false;
            input.count = count.toInt(&ok);
            if (!ok) {
                problem(QStringLiteral("count"), tr("\"%1\" is not a whole number.").arg(count));
                bad = true;
                input.count = 1;
            }
        }
        const QString id = field("id");
        if (!id.isEmpty() && reception.find(id).ok()) {
            problem(QStringLiteral("id"),
                    tr("entry %1 is already in this database (imported twice?).").arg(id));
            bad = true;
        }
        if (Status s = reception.validate(input); !s) {
            problem(s.error().field.isEmpty() ? QStringLiteral("-") : s.error().field,
                    s.error().message);
            bad = true;
        }
        if (!bad)
            inputs.append(input);
    }
    if (!report.problems.isEmpty())
        return report;
    Result<int> written = reception.logAll(inputs);
    if (!written)
        return written.error();
    report.imported = *written;
    return report;
}

Result<QByteArray> PassageCsv::exportData(const Reception &reception, int year, CsvFlavour flavour)
{
    Result<QList<Passage>> entries = reception.entriesOfYear(year);
    if (!entries)
        return entries.error();
    CsvWriter writer(flavour);
    QStringList header = columns();
    header.prepend(QStringLiteral("id"));
    writer.writeRow(header);
    // Merged codes are written under their target, as every report counts them.
    for (const Passage &stored : *entries) {
        const Passage p = reception.reported(stored);
        writer.writeRow({p.id,
                         QDateTime(p.date, p.time).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                         p.pole, p.theme, p.ageBand, p.commune, p.publicCode, p.channel,
                         QString::number(p.count), p.serviceLevel, p.orientation});
    }
    return writer.data();
}

} // namespace passages
