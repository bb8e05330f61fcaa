// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace passages {

/// Small-cell protection for figures published outside the Cité: a count below the
/// threshold (a commune × age band of 2 people can point at a person) is hidden, and a
/// change in % computed from a hidden count is not shown at all. Zero stays zero: an
/// empty cell reveals nobody. Off by default (the Cité's own screens show every
/// figure); exports meant for outside turn it on.
///
/// Hiding the small cells alone (primary suppression) is not enough when totals are
/// published: a line "3, 40, 57 | total 100" with only the 3 hidden gives it back as
/// 100 − 40 − 57. CellSuppression below hides a second cell wherever one would stand
/// alone (secondary suppression). Every hidden cell, small or hidden to protect a small
/// one, shows the same mark, "s" (the *secret statistique* of the INSEE): a distinct
/// mark would tell which hidden cell is the small one and bound it again.
struct SmallCellPolicy
{
    bool enabled = false;
    int threshold = 5;

    /// The mark of a hidden cell.
    static QString mark() { return QStringLiteral("s"); }
    /// Whether `count` is a small cell, hidden for itself (primary suppression).
    bool masks(qint64 count) const { return enabled && count > 0 && count < threshold; }
    /// "1 881" (locale grouping), or the mark when hidden.
    QString format(qint64 count, const QLocale &locale = QLocale()) const;
    QString format(qint64 count, bool hidden, const QLocale &locale = QLocale()) const;
    /// A count as a spreadsheet cell: digits only ("1881"), or the mark when hidden.
    QString cell(qint64 count) const;
    QString cell(qint64 count, bool hidden) const;
    /// The change in % to show beside a count and its previous value: none when either
    /// is hidden or when there is nothing to compare with.
    std::optional<double> change(qint64 count, qint64 previous) const;
    std::optional<double> change(qint64 count, qint64 previous, bool eitherHidden) const;
};

/// Which cells of a published table to hide so that no small count can be read or
/// recomputed by subtraction from a published sum. The table is described as cells and
/// sums ("these cells add up to that one": a line and its total, a column and its
/// total). Primary: every small cell. Secondary: while some sum has exactly one hidden
/// member (a part or its total), hide one more of its members: the smallest non-zero
/// visible part (inner cells before totals), else a zero part, else the sum; repeat until
/// no sum has a lone hidden
/// member (a fixed point: each round hides one more cell, so it ends).
///
/// This is the classic rule of statistical offices for tables with margins. It stops
/// the exact recomputation along one line or column; it does not solve the general
/// linear problem of large crossed tables (an intruder combining several sums can in
/// rare 2-D cases still narrow a cell), which the Cité's tables, of a few lines with
/// their totals, do not need.
class CellSuppression
{
public:
    explicit CellSuppression(const SmallCellPolicy &policy) : m_policy(policy) {}

    /// Adds a published count and returns its index. `total`: a sum's figure, hidden
    /// for another cell only as a last resort.
    int addCell(qint64 count, bool total = false);
    /// Hides `cell` whatever its count: hidden by another table that publishes it.
    void hide(int cell);
    /// Declares that the cells `parts` add up to the cell `sum`.
    void addSum(const QList<int> &parts, int sum);
    /// Hides the small cells, then the complements; call once, after every cell and sum.
    void apply();

    bool hidden(int cell) const { return m_hidden.value(cell); }
    /// Hidden for itself (small), not as a complement.
    bool small(int cell) const { return m_policy.masks(m_counts.value(cell)); }
    /// How many cells were hidden as complements of small ones.
    int complements() const;

private:
    SmallCellPolicy m_policy;
    QList<qint64> m_counts;
    QList<bool> m_total;
    QList<bool> m_hidden;
    QList<QList<int>> m_sums; ///< each: the parts, then the sum's cell last
};

/// A column of counts published with its total: one hidden flag per count, then the
/// total's.
QList<bool> hiddenInColumn(const SmallCellPolicy &policy, const QList<qint64> &counts,
                           qint64 total);

/// A grid published with the total of each line (and, when `columnTotals`, of each
/// column and the grand total, counted as published even when another table shows
/// them). Hidden flags, by line then column.
struct HiddenGrid
{
    QList<QList<bool>> cells;
    QList<bool> lineTotals;
    QList<bool> columnTotals;
    bool total = false;
};
/// `hiddenColumnTotals`: column totals another table hides already (by column index).
HiddenGrid hiddenInGrid(const SmallCellPolicy &policy, const QList<QList<qint64>> &cells,
                        const QList<qint64> &lineTotals, bool columnTotals,
                        const QList<bool> &hiddenColumnTotals = {});

/// Change from `previous` to `count` in %; none when previous is 0.
std::optional<double> changePercent(qint64 count, qint64 previous);
/// "+22 %", "−3 %", "0 %" in the locale's format (French: narrow no-break space before
/// %); "–" when there is no change to show.
QString formatChange(const std::optional<double> &change, const QLocale &locale = QLocale());

} // namespace passages
