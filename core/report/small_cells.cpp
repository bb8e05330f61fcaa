// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/small_cells.h"

#include <algorithm>
#include <cmath>

namespace passages {

QString SmallCellPolicy::format(qint64 count, const QLocale &locale) const
{
    return format(count, masks(count), locale);
}

QString SmallCellPolicy::format(qint64 count, bool hidden, const QLocale &locale) const
{
    return enabled && hidden ? mark() : locale.toString(count);
}

QString SmallCellPolicy::cell(qint64 count) const
{
    return cell(count, masks(count));
}

QString SmallCellPolicy::cell(qint64 count, bool hidden) const
{
    return enabled && hidden ? mark() : QString::number(count);
}

std::optional<double> SmallCellPolicy::change(qint64 count, qint64 previous) const
{
    return change(count, previous, masks(count) || masks(previous));
}

std::optional<double> SmallCellPolicy::change(qint64 count, qint64 previous,
                                              bool eitherHidden) const
{
    if (enabled && eitherHidden)
        return std::nullopt;
    return changePercent(count, previous);
}

int CellSuppression::addCell(qint64 count, bool total)
{
    m_counts << count;
    m_total << total;
    m_hidden << false;
    return int(m_counts.size() - 1);
}

void CellSuppression::hide(int cell)
{
    m_hidden[cell] = true;
}

void CellSuppression::addSum(const QList<int> &parts, int sum)
{
    QList<int> members = parts;
    members << sum;
    m_sums << members;
}

void CellSuppression::apply()
{
    if (!m_policy.enabled)
        return;
    for (int i = 0; i < m_counts.size(); ++i)
        m_hidden[i] = m_hidden.at(i) || m_policy.masks(m_counts.at(i));
    // The best complement of a sum with one hidden member: the smallest non-zero visible
    // part, inner cells before totals that are parts here (it costs the reader least),
    // else a zero part, else the sum itself (the last member).
    auto complement = [&](const QList<int> &members) {
        int best = -1, bestRank = 0;
        for (int i = 0; i < members.size(); ++i) {
            const int cell = members.at(i);
            if (m_hidden.at(cell))
                continue;
            const int rank = i == members.size() - 1  ? 3
                             : m_counts.at(cell) == 0 ? 2
                             : m_total.at(cell)       ? 1
                                                      : 0;
            if (best < 0 || rank < bestRank ||
                (rank == bestRank && m_counts.at(cell) < m_counts.at(best))) {
                best = cell;
                bestRank = rank;
            }
        }
        return best;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (const QList<int> &members : std::as_const(m_sums)) {
            const auto lone = std::count_if(members.begin(), members.end(),
                                            [&](int c) { return m_hidden.at(c); });
            if (lone != 1)
                continue;
            if (const int cell = complement(members); cell >= 0) {
                m_hidden[cell] = true;
                changed = true;
            }
        }
    }
}

int CellSuppression::complements() const
{
    int n = 0;
    for (int i = 0; i < m_counts.size(); ++i)
        n += m_hidden.at(i) && !m_policy.masks(m_counts.at(i));
    return n;
}

QList<bool> hiddenInColumn(const SmallCellPolicy &policy, const QList<qint64> &counts, qint64 total)
{
    CellSuppression suppression(policy);
    QList<int> parts;
    for (qint64 count : counts)
        parts << suppression.addCell(count);
    suppression.addSum(parts, suppression.addCell(total, true));
    suppression.apply();
    QList<bool> hidden;
    for (int i = 0; i <= counts.size(); ++i)
        hidden << suppression.hidden(i);
    return hidden;
}

HiddenGrid hiddenInGrid(const SmallCellPolicy &policy, const QList<QList<qint64>> &cells,
                        const QList<qint64> &lineTotals, bool columnTotals,
                        const QList<bool> &hiddenColumnTotals)
{
    CellSuppression suppression(policy);
    const int columns = cells.isEmpty() ? 0 : int(cells.first().size());
    QList<QList<int>> index;
    QList<int> lineTotal;
    for (int l = 0; l < cells.size(); ++l) {
        QList<int> line;
        for (int c = 0; c < columns; ++c)
            line << suppression.addCell(cells.at(l).value(c));
        lineTotal << suppression.addCell(lineTotals.value(l), true);
        suppression.addSum(line, lineTotal.last());
        index << line;
    }
    QList<int> columnTotal;
    int grand = -1;
    if (columnTotals) {
        qint64 all = 0;
        for (int c = 0; c < columns; ++c) {
            qint64 sum = 0;
            QList<int> column;
            for (int l = 0; l < cells.size(); ++l) {
                sum += cells.at(l).value(c);
                column << index.at(l).at(c);
            }
            columnTotal << suppression.addCell(sum, true);
            if (hiddenColumnTotals.value(c))
                suppression.hide(columnTotal.last());
            suppression.addSum(column, columnTotal.last());
            all += sum;
        }
        grand = suppression.addCell(all, true);
        suppression.addSum(columnTotal, grand);
        suppression.addSum(lineTotal, grand);
    }
    suppression.apply();
    HiddenGrid grid;
    for (int l = 0; l < cells.size(); ++l) {
        QList<bool> line;
        for (int c = 0; c < columns; ++c)
            line << suppression.hidden(index.at(l).at(c));
        grid.cells << line;
        grid.lineTotals << suppression.hidden(lineTotal.at(l));
    }
    for (int cell : std::as_const(columnTotal))
        grid.columnTotals << suppression.hidden(cell);
    grid.total = grand >= 0 && suppression.hidden(grand);
    return grid;
}

std::optional<double> changePercent(qint64 count, qint64 previous)
{
    if (previous <= 0)
        return std::nullopt;
    return (double(count) - double(previous)) * 100.0 / double(previous);
}

QString formatChange(const std::optional<double> &change, const QLocale &locale)
{
    if (!change)
        return QStringLiteral("–");
    const long long rounded = std::llround(*change);
    QString number = locale.toString(std::llabs(rounded));
    const QString sign = rounded > 0   ? locale.positiveSign()
                         : rounded < 0 ? locale.negativeSign()
                                       : QString();
    // French puts a (narrow no-break) space before the % sign; English does not.
    const QString space =
        locale.language() == QLocale::French ? QStringLiteral("\u202f") : QString();
    return sign + number + space + locale.percent();
}

} // namespace passages
