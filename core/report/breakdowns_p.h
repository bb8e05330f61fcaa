// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/report: every breakdown's stable name and SQL column, written once for
// breakdownName(), the yearly walk-in report and the dashboard's attendance figures.
#pragma once

#include "core/report/breakdown.h"
#include "core/report/dimensions_p.h"

namespace passages::report_detail {

/// The yearly walk-in report's breakdowns first, in its usage order, then the two only the
/// dashboard offers. Departments are grouped from the commune column.
inline constexpr Dimension<BreakdownBy> kBreakdowns[] = {
    {BreakdownBy::Pole, "pole", "pole"},
    {BreakdownBy::Theme, "theme", "COALESCE(theme, '')"},
    {BreakdownBy::AgeBand, "age-band", "age_band"},
    {BreakdownBy::Commune, "commune", "commune"},
    {BreakdownBy::Public, "public", "public"},
    {BreakdownBy::Channel, "channel", "channel"},
    {BreakdownBy::Site, "site", "site"},
    {BreakdownBy::ServiceLevel, "service-level", "COALESCE(service_level, '')"},
    {BreakdownBy::Orientation, "orientation", "COALESCE(orientation, '')"},
    {BreakdownBy::Department, "department", "commune"},
    {BreakdownBy::Desk, "desk", "desk"},
};

/// Whether a yearly walk-in report offers `by` (all but departments and desks).
constexpr bool yearlyBreakdown(BreakdownBy by)
{
    return by != BreakdownBy::Department && by != BreakdownBy::Desk;
}

} // namespace passages::report_detail
