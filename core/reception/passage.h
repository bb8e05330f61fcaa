// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <functional>
#include <optional>

namespace passages {

/// What an agent (or an import line) says about one walk-in. Empty optional codes take
/// the referential's "not stated" defaults.
struct PassageInput
{
    QString pole;
    QString theme;      ///< optional
    QString ageBand;    ///< empty -> "nr"
    QString commune;    ///< empty -> "nr"
    QString publicCode; ///< empty -> "nr"
    QString channel;    ///< empty -> "sur-place"
    std::optional<bool> firstVisit;
    QString serviceLevel;        ///< empty -> not recorded (NULL)
    QString orientation;         ///< empty -> not recorded (NULL)
    int count = 1;               ///< group size, >= 1
    std::optional<QDateTime> at; ///< local time; empty -> now
};

/// One anonymous walk-in (or group) as stored: the current revision of the row.
struct Passage
{
    QString id; ///< UUID
    QString site;
    QString desk;
    QDate date;        ///< local date as the desk saw it: the bucketing key
    QTime time;        ///< local time
    int utcOffset = 0; ///< seconds east of UTC when recorded
    QString pole;
    QString theme;
    QString ageBand;
    QString commune;
    QString publicCode;
    QString channel;
    std::optional<bool> firstVisit;
    QString serviceLevel; ///< empty: not recorded (NULL)
    QString orientation;  ///< empty: not recorded (NULL)
    int count = 1;
    int revision = 1;
    bool deleted = false;

    PassageInput toInput() const
    {
        PassageInput input{
            pole,       theme,        ageBand,     commune, publicCode,           channel,
            firstVisit, serviceLevel, orientation, count,   QDateTime(date, time)};
        return input;
    }
};

} // namespace passages
