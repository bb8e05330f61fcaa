// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"

namespace passages {

class Database;

/// The referential a desk works with is kept in its database, so that it travels with
/// the data and a newer version from the share can replace it atomically.
/// Returns the stored one, or stores and returns the default on first use.
Result<Referential> loadReferential(Database &db);
Status saveReferential(Database &db, const Referential &referential);

} // namespace passages
