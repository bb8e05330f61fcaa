// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace passages {

/// Splits a SQL script (a migration, a test fixture) into the statements SQLite would
/// run one after the other. The boundary is SQLite's own (`sqlite3_complete`): a `;`
/// inside a string, a comment or a trigger's BEGIN … END body does not end a statement,
/// so scripts are written as SQL, not around the splitter. Comment-only and blank
/// stretches yield no statement.
QStringList splitSqlScript(const QString &script);

} // namespace passages
