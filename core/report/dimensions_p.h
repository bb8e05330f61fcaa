// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/report: the one way a report names what it groups by. Each report
// (walk-ins, participants, interviews) keeps one table of its dimensions (the enum value,
// the stable name the CLI and the exports use, the SQL column); these functions read any
// of them, so a name is written once, in its table.
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <optional>

namespace passages::report_detail {

template <typename D> struct Dimension
{
    D dimension;
    const char *name;   ///< stable: the CLI's and the exports' ("age-band")
    const char *column; ///< the SQL expression grouped by
};

/// The entry of `dimension`, or nullptr when the table has none.
template <typename D, std::size_t N>
const Dimension<D> *find(const Dimension<D> (&table)[N], D dimension)
{
    const auto *found =
        std::find_if(std::begin(table), std::end(table),
                     [&](const Dimension<D> &d) { return d.dimension == dimension; });
    return found == std::end(table) ? nullptr : found;
}

template <typename D, std::size_t N>
std::optional<D> fromName(const Dimension<D> (&table)[N], const QString &name)
{
    for (const Dimension<D> &d : table)
        if (name == QLatin1String(d.name))
            return d.dimension;
    return std::nullopt;
}

/// "pole|theme|...": the names in table order, for usage lines and messages.
template <typename D, std::size_t N> QString names(const Dimension<D> (&table)[N])
{
    QStringList all;
    for (const Dimension<D> &d : table)
        all << QLatin1String(d.name);
    return all.join(QLatin1Char('|'));
}

} // namespace passages::report_detail
