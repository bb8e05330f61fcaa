// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the programme's synchronised tables (internal to core).
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>
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

} // namespace record
} // namespace passages
