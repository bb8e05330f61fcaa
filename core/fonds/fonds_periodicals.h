// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/fonds/fonds_types.h"

#include <QCoreApplication>
#include <QList>

namespace passages {

class FondsCatalogue;

namespace fonds_detail {
class FondsShared;
} // namespace fonds_detail

/// The fonds' periodicals (bulletinage): subscriptions, check-in of issues, lateness and
/// retention. Every write is one transaction that also appends the row images to the sync
/// outbox. Reached through Fonds::periodicals().
class FondsPeriodicals final
{
    Q_DECLARE_TR_FUNCTIONS(Fonds)

public:
    FondsPeriodicals(fonds_detail::FondsShared &shared, const FondsCatalogue &catalogue);
    FondsPeriodicals(const FondsPeriodicals &) = delete;
    FondsPeriodicals &operator=(const FondsPeriodicals &) = delete;

    Status validate(const Subscription &subscription) const;
    Result<Subscription> addSubscription(Subscription subscription);
    Result<Subscription> updateSubscription(Subscription subscription);
    Result<QList<Subscription>> subscriptions() const;
    /// Checks in one issue (bulletinage), received `received` (default today).
    Result<Issue> checkIn(const QString &subscriptionId, const QString &number,
                          QDate received = {});
    Result<QList<Issue>> issues(const QString &subscriptionId) const;
    /// Marks issues as taken off the shelf (retention), today.
    Status removeIssues(const QStringList &issueIds);
    /// Every running subscription's situation today.
    Result<QList<PeriodicalStatus>> running() const;

    /// The due dates of a subscription's issues from its start up to `until` (and its
    /// end): calendar months for 1, 2, 3, 4, 6 or 12 issues a year, Monday to Saturday
    /// for about 300 (Monday to Friday about 250, every day 360+), otherwise every
    /// round(365.25 / n) days.
    static QList<QDate> dueDates(const Subscription &subscription, const QDate &until);
    /// Grace delay in days before an issue is late: half a period, at least one day.
    static int graceDays(const Subscription &subscription);
    /// Matches received issues to due dates: each issue covers the latest uncovered due
    /// date not after its reception (or the earliest uncovered one, when it came early). Uncovered
    /// due dates are Upcoming within the grace delay, Late after it, Missing a whole period later.
    static QList<ExpectedIssue> expectedIssues(const Subscription &subscription,
                                               const QList<Issue> &issues, const QDate &today);
    /// The issues on the shelf the retention rule says to remove: beyond the last
    /// `keepIssues` (by reception), or received more than `keepMonths` months ago.
    static QList<Issue> retention(const Subscription &subscription, const QList<Issue> &issues,
                                  const QDate &today);

private:
    fonds_detail::FondsShared &m_shared;
    const FondsCatalogue &m_catalogue;
};

} // namespace passages
