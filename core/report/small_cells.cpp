// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/small_cells.h"

#include <cmath>

namespace passages {

QString SmallCellPolicy::format(qint64 count, const QLocale &locale) const
{
    if (masks(count))
        return QStringLiteral("< %1").arg(locale.toString(threshold));
    return locale.toString(count);
}

QString SmallCellPolicy::cell(qint64 count) const
{
    if (masks(count))
        return QStringLiteral("< %1").arg(threshold);
    return QString::number(count);
}

std::optional<double> SmallCellPolicy::change(qint64 count, qint64 previous) const
{
    if (masks(count) || masks(previous))
        return std::nullopt;
    return changePercent(count, previous);
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
