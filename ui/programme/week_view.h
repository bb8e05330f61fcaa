// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/programme/event.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace passages {
class Referential;
} // namespace passages

namespace passages::ui {

/// The programme's week view: one column of sessions per day, Monday first.
class WeekView final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekView(const Referential &referential, QWidget *parent = nullptr);

    /// Shows the week starting on `monday` and its sessions (none when they could not be
    /// read: the caller says why).
    void setWeek(const QDate &monday, const Result<QList<ScheduledSession>> &sessions);
    /// The column of one day (0 = Monday).
    QListWidget *day(int index) const { return m_days.value(index); }

    /// The Monday of the week of `day`.
    static QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

signals:
    /// A session was clicked in the column of `day`.
    void sessionClicked(const QDate &day, const QString &sessionId);

private:
    const Referential &m_referential;
    QDate m_monday;
    QList<QLabel *> m_titles;
    QList<QListWidget *> m_days;
};

} // namespace passages::ui
