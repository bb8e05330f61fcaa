// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace passages {

class Database;

/// A desk that logged nothing for hours while the other desks of its site logged: a
/// forgotten desk (the whole day), or an agent who stopped logging (a gap between the
/// desk's own first and last entries of the day; before the first and after the last
/// may be a shift, and are not counted).
struct SilentDesk
{
    QString site;
    QString desk;
    QDate date;
    int fromHour = 0;        ///< first silent hour (local time)
    int toHour = 0;          ///< last silent hour, inclusive
    qint64 othersLogged = 0; ///< walk-ins the site's other desks logged in those hours
    bool wholeDay = false;
};

/// Entries on a day a closure marks closed (for the desk's site or every site).
struct EntriesOnClosedDay
{
    QString site;
    QString desk;
    QDate date;
    QString reason; ///< the closure's
    int entries = 0;
    qint64 walkIns = 0;
};

/// Entries typed in one sitting long after the time they state (the day's tallies
/// caught up from paper, or a desk whose clock was wrong).
struct BackdatedBurst
{
    QString site;
    QString desk;
    QDateTime firstRecorded; ///< UTC
    QDateTime lastRecorded;  ///< UTC
    QDate firstStated;       ///< the earliest date the entries state
    QDate lastStated;
    int entries = 0;
    qint64 walkIns = 0;
    qint64 maxDelayMinutes = 0; ///< the longest time between a stated time and its typing
};

/// The thresholds of the coverage check (documented defaults; a coordinator reads a
/// list, nothing is blocked).
struct CoverageRules
{
    int minSilentHours = 3;     ///< a silence shorter than this (a lunch break) is no finding
    qint64 minOthersLogged = 5; ///< walk-ins the other desks must have logged meanwhile
    /// A desk is expected on a day it logged, or when it logged on the same weekday a week
    /// before or after (a desk open on Tuesdays only is not missed on Mondays).
    int expectedWeeks = 1;
    int backdatedAfterMinutes = 60; ///< typed later than this after its stated time
    int burstGapMinutes = 10;       ///< back-dated entries this close in typing make one burst
    int minBurstEntries = 3;
};

struct CoverageReport
{
    QDate from;
    QDate to;
    QList<SilentDesk> silent;
    QList<EntriesOnClosedDay> closedDays;
    QList<BackdatedBurst> backdated;

    qsizetype findings() const { return silent.size() + closedDays.size() + backdated.size(); }
};

/// The coordinators' coverage check over the consolidated cache (or a desk database: same
/// schema): forgotten desks, entries on closed days, bursts of back-dated entries.
/// Walk-ins only; deleted entries are left out. Findings to look at, not errors: a desk
/// really closed for the afternoon is a silent desk too.
class CoverageCheck
{
    Q_DECLARE_TR_FUNCTIONS(CoverageCheck)

public:
    explicit CoverageCheck(const Database &db, CoverageRules rules = {});
    /// `site`: one site's desks only; empty: every site.
    Result<CoverageReport> run(const QDate &from, const QDate &to,
                               const QString &site = QString()) const;

private:
    Status silentDesks(CoverageReport &report, const QString &site) const;
    Status closedDays(CoverageReport &report, const QString &site) const;
    Status backdated(CoverageReport &report, const QString &site) const;

    const Database &m_db;
    CoverageRules m_rules;
};

} // namespace passages
