// SPDX-License-Identifier: GPL-3.0-or-later
// The one way core writes and reads a synchronised record (walk-ins, the programme, the
// fonds, closures): the desk's identity, ids, stamps, nullable values, RowWriter.
#pragma once

#include "core/common/result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <QVariantMap>

#include <map>
#include <memory>
#include <optional>

namespace passages {

class Database;
class Outbox;

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

/// The one way core writes a synchronised row (the programme, interviews, the fonds): an
/// explicit insert() of a new id or update() to the next revision, the stamps set here,
/// and the row's image appended to the outbox, inside the caller's transaction.
///
/// A row is its columns by name (code constants, never input). A QString that is null
/// binds as '' (the NOT NULL text columns keep '' for "none"); record::nullable() gives
/// an explicit NULL. Statements are prepared once per set of columns.
/// Whether a write makes a new row or the next revision of one.
enum class Write
{
    Insert,
    Update
};

class RowWriter
{
public:
    /// `createdColumn`: the column stamped once, at insert ("recorded_utc" or
    /// "created_utc"); updated_utc is stamped at every write.
    RowWriter(Database &db, QString table, QString createdColumn);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    /// A new row: every column of `row` (its id, site and desk among them) and both stamps.
    Status insert(const QVariantMap &row, const QString &doing);
    /// The next revision of row `row["id"]`: every column of `row` but the id, and
    /// updated_utc; the columns it leaves out (site, desk, the created stamp) are kept.
    Status update(const QVariantMap &row, const QString &doing);

    Status write(Write how, const QVariantMap &row, const QString &doing);

    const QString &table() const { return m_table; }

private:
    Database &m_db;
    QString m_table;
    QString m_createdColumn;
    std::map<QString, QSqlQuery> m_statements; ///< "I:" / "U:" + the columns -> statement
    std::unique_ptr<Outbox> m_outbox;
};

} // namespace record
} // namespace passages
