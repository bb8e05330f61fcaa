// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <memory>

namespace passages {

/// What a desk works with, opened the same way by the GUI and the CLI: its database
/// (created and migrated when new), the referential it holds, the commune index.
struct DeskData
{
    std::unique_ptr<Database> db;
    Referential referential;
    CommuneIndex communes; ///< empty unless opened with communes
};

/// Which step of openDesk() failed: the GUI words a database it cannot open apart from
/// data it cannot read.
enum class DeskOpenStep
{
    Database,
    Referential,
    Communes
};

/// Opens the desk database at `path`, its referential and, when `withCommunes`, the
/// commune index (tens of milliseconds: the nightly sync does without). On failure
/// `failedStep` (if given) says which step failed.
Result<DeskData> openDesk(const QString &path, bool withCommunes,
                          DeskOpenStep *failedStep = nullptr);

} // namespace passages
