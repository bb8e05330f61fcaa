// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passages {

/// What a breakdown groups by.
enum class BreakdownBy
{
    Pole,
    Theme,
    AgeBand,
    Public,
    Channel,
    Commune,
    Department,
    Site,
    Desk,
    ServiceLevel, ///< optional desk field (issue 17); "" is "not recorded"
    Orientation,  ///< optional desk field (issue 17); "" is "not recorded"
};

/// The stable name of a breakdown ("age-band"), as in the CLI and the exports.
QString breakdownName(BreakdownBy by);

} // namespace passages
