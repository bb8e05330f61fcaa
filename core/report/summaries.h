// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

namespace passages {

class Database;

/// The dashboard's summary tables (passage_day, passage_dim_day, passage_dim_total,
/// passage_desk), kept
/// exact by per-row triggers on `passage`. A bulk import (a first consolidation) defers
/// them instead: the triggers stand aside while the flag is set, and rebuild() recomputes
/// the tables from one scan of `passage` (totals kept in memory, a few megabytes for a
/// year of a Cité) and clears it. Both belong inside the importer's transactions: the flag
/// is committed with the first group of rows and cleared with the rebuild, and a flag left
/// by a crash tells the next run to rebuild. While it is set the tables are out of step
/// with the rows, so readers (AttendanceReport) check deferred() at every query and read
/// the raw rows meanwhile.
namespace summaries {

Status defer(Database &db);
bool deferred(const Database &db);
Status rebuild(Database &db);

} // namespace summaries
} // namespace passages
