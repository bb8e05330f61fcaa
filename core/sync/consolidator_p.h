// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/sync: what consolidator.cpp and consolidator_checks.cpp share.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace passages {

class ConsolidationStore;

namespace sync_detail {

/// This consolidation's identity, made at its first run.
Result<QString> consolidatorId(ConsolidationStore &store);

} // namespace sync_detail
} // namespace passages
