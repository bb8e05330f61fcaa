// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <optional>

namespace passages {

class Database;

/// The transactional outbox every synchronised table writes through.
///
/// The convention for a synchronised entity table: `id TEXT PRIMARY KEY` (a UUID),
/// `revision INTEGER` (+1 on each change), `deleted INTEGER` (tombstone, never a hard
/// delete) and `updated_utc TEXT`. After each insert or update, inside the same
/// transaction, call record(table, id): the current row is read back and its full image
/// (a JSON object whose keys are the table's column names) is appended to `outbox`.
/// The consolidating side upserts these images generically ("newer revision wins").
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database &db);
    /// Appends the current image of `table` row `id`. Must run inside the caller's
    /// transaction. `table` is a code constant, never user input.
    Status record(const QString &table, const QString &id);

private:
    Database &m_db;
    std::map<QString, QSqlQuery> m_selects;
    std::optional<QSqlQuery> m_insert;
};

} // namespace passages
