// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the programme's synchronised tables (internal to core).
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <optional>

namespace passages {

class Database;

namespace record {

/// The desk's site and label (meta), or ErrorCode::NotInitialised.
struct Desk
{
    QString site;
    QString desk;
};
Result<Desk> deskOf(const Database &db);

/// Now in UTC as stored in `recorded_utc` / `updated_utc`.
QString utcStamp();
/// NULL for an empty text, the text otherwise.
QVariant nullable(const QString &text);
QVariant nullable(const std::optional<int> &value);
QVariant nullableTime(const QTime &time);
std::optional<int> optionalInt(const QVariant &value);
QString isoDate(const QDate &date);
QString yearStart(int year);

/// Writes rows of one synchronised table: a new id is inserted, a known one updated (every
/// column but recorded_utc); both stamps are set to now. Prepared once, bound by position.
class RowWriter
{
public:
    /// `columns` without recorded_utc and updated_utc, "id" first.
    RowWriter(const Database &db, const QString &table, const QStringList &columns);
    /// `values` in the order of the columns.
    Status write(const QVariantList &values, const QString &doing);

private:
    QSqlQuery m_query;
    int m_columns = 0;
};

} // namespace record
} // namespace passages
