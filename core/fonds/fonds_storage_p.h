// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/fonds: how the fonds types map to rows. ui and app never include a _p.h.
#pragma once

#include "core/fonds/fonds_types.h"
#include "core/storage/record.h"

#include <QSqlQuery>
#include <QVariant>

namespace passages::fonds_storage {

Title readTitle(const QSqlQuery &q);
Copy readCopy(const QSqlQuery &q);
Consultation readConsultation(const QSqlQuery &q);
Subscription readSubscription(const QSqlQuery &q);
Issue readIssue(const QSqlQuery &q);

} // namespace passages::fonds_storage
