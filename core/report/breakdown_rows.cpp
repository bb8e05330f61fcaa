// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/breakdown_rows_p.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/report/passage_report.h"

#include <algorithm>

namespace passages::report_detail {

BreakdownRows::BreakdownRows(const CommuneIndex &communes, bool foldCommunes)
    : m_communes(communes), m_foldCommunes(foldCommunes)
{}

void BreakdownRows::add(QString code, qint64 count)
{
    if (m_foldCommunes) {
        const Commune *commune = m_communes.find(code);
        if (commune && !commune->department.isEmpty())
            code = commune->department;
        else if (code != QLatin1String("etranger"))
            code = QStringLiteral("nr");
        if (auto it = m_at.constFind(code); it != m_at.constEnd()) {
            m_rows[*it].count += count;
            return;
        }
        m_at.insert(code, int(m_rows.size()));
    }
    m_rows << BreakdownRow{code, {}, count, 0};
}

QList<BreakdownRow> BreakdownRows::take(BreakdownBy by, const Referential &referential)
{
    QList<BreakdownRow> rows = std::move(m_rows);
    m_rows.clear();
    m_at.clear();
    const std::optional<Referential::Kind> kind = referentialKind(by);
    if (!kind || referential.merges().isEmpty())
        return rows;
    QList<BreakdownRow> merged;
    QHash<QString, int> at;
    for (BreakdownRow row : std::as_const(rows)) {
        row.code = referential.reportCode(*kind, row.code);
        if (auto it = at.constFind(row.code); it != at.constEnd()) {
            merged[*it].count += row.count;
            continue;
        }
        at.insert(row.code, int(merged.size()));
        merged << row;
    }
    return merged;
}

Breakdown combineBreakdown(BreakdownBy by, const AttendanceFilter &filter,
                           const AttendanceFilter &previous, const QList<BreakdownRow> &now,
                           const QList<BreakdownRow> &before, int limit)
{
    Breakdown result;
    result.by = by;
    result.from = filter.from;
    result.to = filter.to;
    result.previousFrom = previous.from;
    result.previousTo = previous.to;
    QHash<QString, int> index;
    for (const BreakdownRow &row : now) {
        index.insert(row.code, int(result.rows.size()));
        result.rows << row;
        result.total += row.count;
    }
    for (const BreakdownRow &row : before) {
        result.previousTotal += row.count;
        if (auto it = index.constFind(row.code); it != index.constEnd())
            result.rows[*it].previous = row.count;
        else {
            index.insert(row.code, int(result.rows.size()));
            result.rows << BreakdownRow{row.code, {}, 0, row.count};
        }
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const BreakdownRow &a, const BreakdownRow &b) {
                  if (a.count != b.count)
                      return a.count > b.count;
                  if (a.previous != b.previous)
                      return a.previous > b.previous;
                  return a.code < b.code;
              });
    if (limit > 0 && result.rows.size() > limit) {
        for (qsizetype i = limit; i < result.rows.size(); ++i) {
            result.otherCount += result.rows.at(i).count;
            result.otherPrevious += result.rows.at(i).previous;
        }
        result.otherRows = int(result.rows.size() - limit);
        result.rows.resize(limit);
    }
    return result;
}

} // namespace passages::report_detail
