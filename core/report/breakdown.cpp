// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/breakdown.h"

#include "core/report/breakdowns_p.h"

namespace passages {

QString breakdownName(BreakdownBy by)
{
    const auto *entry = report_detail::find(report_detail::kBreakdowns, by);
    return entry ? QString::fromLatin1(entry->name) : QString();
}

} // namespace passages
