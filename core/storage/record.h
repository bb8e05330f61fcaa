// SPDX-License-Identifier: GPL-3.0-or-later
// The one way core writes and reads a synchronised record (walk-ins, the programme, the
// fonds, closures): the desk's identity, ids, stamps, nullable values, upserts.
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

namespace record {} // namespace record

/// Who records: the desk's database identity (its instance, made once at creation) and
/// the site and desk label an agent set at first run. Every synchronised row carries the
/// site and desk.
struct DeskIdentity
{
    QString instanceId;
    QString site;
    QString desk;
    bool isSet() const { return !site.isEmpty() && !desk.isEmpty(); }
};

namespace record {

/// The desk's identity (meta), or ErrorCode::NotInitialised when no site and desk label
/// were set yet.
Result<DeskIdentity> deskOf(const Database &db);

/// A new record id (a UUID without braces).
QString newId();
/// Now in UTC as stored in `recorded_utc` / `updated_utc`.
QString utcStamp();
/// NULL for an empty text, the text otherwise.
QVariant nullable(const QString &text);
QVariant nullable(const std::optional<int> &value);
QVariant nullableTime(const QTime &time);
std::optional<int> optionalInt(const QVariant &value);
QString isoDate(const QDate &date);
/// NULL for an invalid date, the ISO date otherwise.
QVariant nullableDate(const QDate &date);
/// The ISO date stored in a column (invalid when NULL).
QDate dateOf(const QVariant &value);
/// "YYYY-01-01", the start of a year as dates are stored (a string range uses the index).
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
