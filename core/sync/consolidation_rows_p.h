// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/consolidation_store.h"

class QSqlQuery;

namespace passages {

// Row readers shared by the SQLite and PostgreSQL stores: their queries differ (a Cité
// column in PostgreSQL), the columns they return do not.

/// A desk's health from the health query's row: instance, parent, site, desk, held,
/// held reason, last imported batch, last batch created, quarantined, implausible dates.
DeskHealth deskHealthRow(const QSqlQuery &row);
/// A file's status from the problems query's row: name, instance, batch, status, reason.
ShareFileStatus shareFileStatusRow(const QSqlQuery &row);
/// The batches missing from an executed query of (batch number, newest creation time).
QList<qint64> missingBatches(QSqlQuery &seen, const QDateTime &nowUtc);

} // namespace passages
