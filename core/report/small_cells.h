// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace passages {

/// Small-cell protection for figures published outside the Cité: a count below the
/// threshold (a commune × age band of 2 people can point at a person) is shown as
/// "< 5", and a change in % computed from such a count is not shown at all. Zero stays
/// zero: an empty cell reveals nobody. Off by default (the Cité's own screens show
/// every figure); exports meant for outside turn it on.
struct SmallCellPolicy
{
    bool enabled = false;
    int threshold = 5;

    /// Whether `count` must be hidden.
    bool masks(qint64 count) const { return enabled && count > 0 && count < threshold; }
    /// "1 881" (locale grouping) or "< 5".
    QString format(qint64 count, const QLocale &locale = QLocale()) const;
    /// A count as a spreadsheet cell: digits only ("1881"), or "< 5".
    QString cell(qint64 count) const;
    /// The change in % to show beside a count and its previous value: none when either
    /// is masked or when there is nothing to compare with.
    std::optional<double> change(qint64 count, qint64 previous) const;
};

/// Change from `previous` to `count` in %; none when previous is 0.
std::optional<double> changePercent(qint64 count, qint64 previous);
/// "+22 %", "−3 %", "0 %" in the locale's format (French: narrow no-break space before
/// %); "–" when there is no change to show.
QString formatChange(const std::optional<double> &change, const QLocale &locale = QLocale());

} // namespace passages
