// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"

#include <QString>

namespace passages {

class Database;
class ShareFs;

/// Makes `next` the Cité's next referential version, what the editor's "Save" and
/// `passages-cli referential import` both do: checked whole (problems() must be empty),
/// numbered after this desk's and the share's latest, published to the share at
/// `shareRoot` (signed with the admin key `password` unlocks; skipped when `shareRoot` is
/// empty), then stored on this desk. All or nothing: on any error nothing is written.
/// Returns the version made.
Result<int> publishNextVersion(Database &db, ShareFs &fs, const QString &shareRoot,
                               Referential next, const QString &password);

} // namespace passages
