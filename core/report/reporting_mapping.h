// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"
#include "core/report/bilan.h"
#include "core/report/yearly_counts.h"

#include <QString>

namespace passages {

/// Reports in a reporting mapping's categories (Referential::Mapping, issue 17): the
/// Cité's codes are summed into the external nomenclature's categories; merges apply
/// first; unmapped codes go to "Other".

/// The mapping named `name` for a report grouped by `by` ("pole", "theme",
/// "service-level"). Errors: an
/// unknown name (the known ones listed), or a mapping of another list.
Result<const Referential::Mapping *> findMapping(const Referential &referential,
                                                 const QString &name, const QString &by);

/// `counts` (grouped by the mapping's list) in the mapping's categories.
YearlyCounts inMapping(const YearlyCounts &counts, const Referential &referential,
                       const Referential::Mapping &mapping);

/// The bilan's tables by the mapping's list (contacts and interviews by pôle, or contacts
/// by theme) in the mapping's categories, each line beside the previous year as before;
/// the other tables and the monthly chart are unchanged. The scope names the mapping.
Bilan inMapping(Bilan bilan, const Referential &referential, const Referential::Mapping &mapping);

} // namespace passages
