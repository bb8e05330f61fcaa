// SPDX-License-Identifier: GPL-3.0-or-later
// Periodicals: subscriptions, check-in of issues (bulletinage), lateness and retention.
#include "core/fonds/fonds_periodicals.h"

#include "core/fonds/fonds_catalogue.h"
#include "core/fonds/fonds_shared_p.h"

#include "core/fonds/fonds_storage_p.h"
#include "core/storage/database.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace passages {

using namespace fonds_storage;

namespace {

/// Days between two issues (1 for dailies).
int periodDays(const Subscription &s)
{
    const int n = std::max(1, s.issuesPerYear);
    return n >= 250 ? 1 : std::max(1, qRound(365.25 / n));
}

bool issueOrder(const Issue &a, const Issue &b)
{
    return a.received != b.received ? a.received < b.received : a.number < b.number;
}

} // namespace

FondsPeriodicals::FondsPeriodicals(fonds_detail::FondsShared &shared,
                                   const FondsCatalogue &catalogue)
    : m_shared(shared), m_catalogue(catalogue)
{}

QList<QDate> FondsPeriodicals::dueDates(const Subscription &s, const QDate &until)
{
    QList<QDate> dates;
    if (!s.start.isValid() || !until.isValid())
        return dates;
    QDate last = until;
    if (s.end.isValid() && s.end < last)
        last = s.end;
    const int n = std::max(1, s.issuesPerYear);
    if (12 % n == 0) {
        const int months = 12 / n;
        for (int i = 0;; ++i) {
            const QDate d = s.start.addMonths(i * months);
            if (d > last)
                break;
            dates << d;
        }
    } else if (n >= 250) {
        // Dailies: every day, Monday to Saturday, or Monday to Friday.
        const int lastWeekday = n >= 360 ? 7 : n >= 300 ? 6 : 5;
        for (QDate d = s.start; d <= last; d = d.addDays(1))
            if (d.dayOfWeek() <= lastWeekday)
                dates << d;
    } else {
        const int step = periodDays(s);
        for (QDate d = s.start; d <= last; d = d.addDays(step))
            dates << d;
    }
    return dates;
}

int FondsPeriodicals::graceDays(const Subscription &s)
{
    return std::max(1, periodDays(s) / 2);
}

QList<ExpectedIssue> FondsPeriodicals::expectedIssues(const Subscription &s,
                                                      const QList<Issue> &issues,
                                                      const QDate &today)
{
    QList<Issue> live;
    for (const Issue &issue : issues)
        if (!issue.deleted && issue.received.isValid())
            live << issue;
    std::sort(live.begin(), live.end(), issueOrder);
    const int period = periodDays(s);
    const int grace = graceDays(s);
    QDate horizon = today;
    if (!live.isEmpty() && live.last().received > horizon)
        horizon = live.last().received;
    // One period ahead, so an issue that comes before its date has a slot to fill.
    const QList<QDate> due = dueDates(s, horizon.addDays(period));
    QList<ExpectedIssue> expected;
    for (const QDate &d : due)
        expected << ExpectedIssue{d, ExpectedIssue::State::Upcoming, {}};

    for (const Issue &issue : live) {
        qsizetype pick = -1;
        for (qsizetype i = expected.size() - 1; i >= 0; --i)
            if (expected.at(i).issueId.isEmpty() && expected.at(i).due <= issue.received) {
                pick = i;
                break;
            }
        if (pick < 0) // came early: the first slot still open
            for (qsizetype i = 0; i < expected.size(); ++i)
                if (expected.at(i).issueId.isEmpty()) {
                    pick = i;
                    break;
                }
        if (pick < 0)
            continue; // more issues than slots: a special issue
        expected[pick].issueId = issue.id;
        expected[pick].state = ExpectedIssue::State::Received;
    }
    for (ExpectedIssue &e : expected) {
        if (e.state == ExpectedIssue::State::Received)
            continue;
        if (today > e.due.addDays(grace + period))
            e.state = ExpectedIssue::State::Missing;
        else if (today > e.due.addDays(grace))
            e.state = ExpectedIssue::State::Late;
    }
    return expected;
}

QList<Issue> FondsPeriodicals::retention(const Subscription &s, const QList<Issue> &issues,
                                         const QDate &today)
{
    QList<Issue> onShelf;
    for (const Issue &issue : issues)
        if (!issue.deleted && !issue.removed.isValid())
            onShelf << issue;
    std::sort(onShelf.begin(), onShelf.end(), issueOrder); // oldest first
    QList<Issue> remove;
    if (s.keepIssues > 0) {
        if (onShelf.size() > s.keepIssues)
            remove = onShelf.mid(0, onShelf.size() - s.keepIssues);
    } else if (s.keepMonths > 0) {
        const QDate since = today.addMonths(-s.keepMonths);
        for (const Issue &issue : onShelf)
            if (issue.received < since)
                remove << issue;
    }
    return remove;
}

Status FondsPeriodicals::validate(const Subscription &s) const
{
    Result<Title> t = m_catalogue.title(s.titleId);
    if (!t)
        return t.error();
    if (t->type != TitleType::Review && t->type != TitleType::Daily)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a review or a daily newspaper.").arg(t->title),
                         QStringLiteral("title"));
    if (s.issuesPerYear < 1 || s.issuesPerYear > 366)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The issues per year must be between 1 and 366 (got %1).").arg(s.issuesPerYear),
            QStringLiteral("issues_per_year"));
    if (!s.start.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The date of the first expected issue is missing."),
                         QStringLiteral("start"));
    if (s.end.isValid() && s.end < s.start)
        return makeError(ErrorCode::InvalidArgument, tr("The subscription ends before it starts."),
                         QStringLiteral("end"));
    if (s.keepIssues < 0 || s.keepMonths < 0 || (s.keepIssues > 0 && s.keepMonths > 0))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Keep either the last N issues or the last N months, not both."),
                         QStringLiteral("retention"));
    return {};
}

namespace {

QVariantMap subscriptionRow(const Subscription &s)
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title_id"), s.titleId},
        {QStringLiteral("frequency"), FondsCodes::code(s.frequency)},
        {QStringLiteral("issues_per_year"), s.issuesPerYear},
        {QStringLiteral("start_date"), record::nullableDate(s.start)},
        {QStringLiteral("end_date"), record::nullableDate(s.end)},
        {QStringLiteral("keep_issues"),
         s.keepIssues > 0 ? QVariant(s.keepIssues) : QVariant(QMetaType(QMetaType::Int))},
        {QStringLiteral("keep_months"),
         s.keepMonths > 0 ? QVariant(s.keepMonths) : QVariant(QMetaType(QMetaType::Int))},
        {QStringLiteral("revision"), s.revision},
        {QStringLiteral("deleted"), s.deleted ? 1 : 0},
    };
}

QVariantMap issueRow(const Issue &i)
{
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("subscription_id"), i.subscriptionId},
        {QStringLiteral("number"), i.number},
        {QStringLiteral("received_date"), record::nullableDate(i.received)},
        {QStringLiteral("removed_date"), record::nullableDate(i.removed)},
        {QStringLiteral("revision"), i.revision},
        {QStringLiteral("deleted"), i.deleted ? 1 : 0},
    };
}

} // namespace

Result<Subscription> FondsPeriodicals::addSubscription(Subscription s)
{
    Result<DeskIdentity> who = m_shared.identity();
    if (!who)
        return who.error();
    if (Status st = validate(s); !st)
        return st.error();
    s.id = record::newId();
    s.revision = 1;
    s.deleted = false;
    QVariantMap row = subscriptionRow(s);
    row.insert(QStringLiteral("site"), who->site);
    row.insert(QStringLiteral("desk"), who->desk);
    Transaction tx(m_shared.db);
    if (Status st = tx.begun(); !st)
        return st.error();
    if (Status st = m_shared.writeRow(QStringLiteral("fonds_subscription"), row, true); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

Result<Subscription> FondsPeriodicals::updateSubscription(Subscription s)
{
    if (Status st = validate(s); !st)
        return st.error();
    Transaction tx(m_shared.db);
    if (Status st = tx.begun(); !st)
        return st.error();
    QSqlQuery q =
        m_shared.db.prepare(QStringLiteral("SELECT * FROM fonds_subscription WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), s.id);
    if (!q.exec())
        return sqlError(q, tr("Reading subscription %1").arg(s.id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("No subscription with id \"%1\".").arg(s.id));
    const Subscription current = readSubscription(q);
    q.finish();
    s.revision = current.revision + 1;
    s.deleted = current.deleted;
    if (Status st =
            m_shared.writeRow(QStringLiteral("fonds_subscription"), subscriptionRow(s), false);
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

Result<QList<Subscription>> FondsPeriodicals::subscriptions() const
{
    QSqlQuery q = m_shared.db.prepare(QStringLiteral(
        "SELECT s.* FROM fonds_subscription s LEFT JOIN fonds_title t ON t.id = s.title_id "
        "WHERE s.deleted = 0 ORDER BY t.title, s.start_date"));
    return selectAll(q, readSubscription, tr("Reading the subscriptions"));
}

Result<Issue> FondsPeriodicals::checkIn(const QString &subscriptionId, const QString &number,
                                        QDate received)
{
    Result<DeskIdentity> who = m_shared.identity();
    if (!who)
        return who.error();
    if (!received.isValid())
        received = m_shared.today();
    if (received > m_shared.today())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The reception date %1 is in the future.").arg(received.toString(Qt::ISODate)),
            QStringLiteral("received"));
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("SELECT id FROM fonds_subscription WHERE id = :id AND deleted = 0"));
    q.bindValue(QStringLiteral(":id"), subscriptionId);
    if (!q.exec())
        return sqlError(q, tr("Reading subscription %1").arg(subscriptionId));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         tr("No subscription with id \"%1\".").arg(subscriptionId));
    q.finish();
    Issue issue;
    issue.id = record::newId();
    issue.subscriptionId = subscriptionId;
    issue.number = number.simplified();
    issue.received = received;
    QVariantMap row = issueRow(issue);
    row.insert(QStringLiteral("site"), who->site);
    row.insert(QStringLiteral("desk"), who->desk);
    Transaction tx(m_shared.db);
    if (Status st = tx.begun(); !st)
        return st.error();
    if (Status st = m_shared.writeRow(QStringLiteral("fonds_issue"), row, true); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return issue;
}

Result<QList<Issue>> FondsPeriodicals::issues(const QString &subscriptionId) const
{
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("SELECT * FROM fonds_issue WHERE subscription_id = :id AND deleted = 0 "
                       "ORDER BY received_date, number"));
    q.bindValue(QStringLiteral(":id"), subscriptionId);
    return selectAll(q, readIssue, tr("Reading the issues"));
}

Status FondsPeriodicals::removeIssues(const QStringList &issueIds)
{
    Transaction tx(m_shared.db);
    if (Status st = tx.begun(); !st)
        return st;
    for (const QString &id : issueIds) {
        QSqlQuery q =
            m_shared.db.prepare(QStringLiteral("SELECT * FROM fonds_issue WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return sqlError(q, tr("Reading issue %1").arg(id));
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("No issue with id \"%1\".").arg(id));
        Issue issue = readIssue(q);
        q.finish();
        if (issue.removed.isValid())
            continue;
        issue.removed = m_shared.today();
        issue.revision += 1;
        if (Status st = m_shared.writeRow(QStringLiteral("fonds_issue"), issueRow(issue), false);
            !st)
            return st;
    }
    return tx.commit();
}

Result<QList<PeriodicalStatus>> FondsPeriodicals::running() const
{
    Result<QList<Subscription>> all = subscriptions();
    if (!all)
        return all.error();
    const QDate day = m_shared.today();
    QList<PeriodicalStatus> result;
    for (const Subscription &s : *all) {
        if (s.end.isValid() && s.end < day.addMonths(-1))
            continue; // ended: nothing more to expect
        PeriodicalStatus status;
        status.subscription = s;
        Result<Title> t = m_catalogue.title(s.titleId);
        if (!t)
            return t.error();
        status.title = *t;
        Result<QList<Issue>> received = issues(s.id);
        if (!received)
            return received.error();
        status.received = int(received->size());
        for (const Issue &issue : *received)
            if (!status.lastReceived.isValid() || issue.received > status.lastReceived)
                status.lastReceived = issue.received;
        for (const ExpectedIssue &e : expectedIssues(s, *received, day)) {
            if (e.state == ExpectedIssue::State::Late || e.state == ExpectedIssue::State::Missing)
                status.lateOrMissing << e;
            else if (e.state == ExpectedIssue::State::Upcoming && !status.nextDue.isValid())
                status.nextDue = e.due;
        }
        status.toRemove = retention(s, *received, day);
        result << status;
    }
    return result;
}

} // namespace passages
