// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace passages {

/// What a counsellor says about one interview (entretien). Anonymous like a walk-in:
/// codes only, nothing about the person.
struct InterviewInput
{
    QString pole;
    QString theme;               ///< optional, a theme of the pôle
    QString partner;             ///< optional: the counsellor's organisation (referential partner)
    QString channel;             ///< empty -> "sur-place"
    QString durationBand;        ///< optional
    std::optional<QDateTime> at; ///< local time; empty -> now
};

/// One interview as stored: the current revision of the row.
struct Interview
{
    QString id; ///< UUID
    QString site;
    QString desk;
    QDate date; ///< local date as the desk saw it: the bucketing key
    QTime time;
    int utcOffset = 0;
    QString pole;
    QString theme;
    QString partner;
    QString channel;
    QString durationBand;
    int revision = 1;
    bool deleted = false;

    InterviewInput toInput() const
    {
        return {pole, theme, partner, channel, durationBand, QDateTime(date, time)};
    }
};

} // namespace passages
