// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/yearly_counts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace passages {

QByteArray YearlyCounts::toJson() const
{
    // Written by hand to keep the documented key order (year, by, rows, total; code,
    // label, count): QJsonObject would sort the keys.
    auto text = [](const QString &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2); // strip [ ]
    };
    QByteArray json =
        "{\"year\":" + QByteArray::number(year) + ",\"by\":" + text(by) + ",\"rows\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows.at(i);
        if (i > 0)
            json += ',';
        json += "{\"code\":" + text(row.code) + ",\"label\":" + text(row.label) +
                ",\"count\":" + QByteArray::number(row.count) + '}';
    }
    json += "],\"total\":" + QByteArray::number(total) + "}\n";
    return json;
}

void YearlyCounts::sortRows()
{
    // Codes merged in the referential arrive as several rows of one code: one row each.
    QHash<QString, qsizetype> seen;
    QList<ReportRow> merged;
    for (const ReportRow &row : std::as_const(rows)) {
        if (auto it = seen.constFind(row.code); it != seen.constEnd()) {
            merged[*it].count += row.count;
            continue;
        }
        seen.insert(row.code, merged.size());
        merged.append(row);
    }
    rows = merged;
    std::sort(rows.begin(), rows.end(), [](const ReportRow &a, const ReportRow &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
}

QByteArray YearlyCounts::toCsv(CsvFlavour flavour) const
{
    CsvWriter writer(flavour);
    writer.writeRow({QStringLiteral("code"), QStringLiteral("label"), QStringLiteral("count")});
    for (const ReportRow &row : rows)
        writer.writeRow({row.code, row.label, QString::number(row.count)});
    return writer.data();
}

} // namespace passages
