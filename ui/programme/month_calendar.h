// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QHash>
#include <QStringList>

namespace passages::ui {

/// The programme's month: a QCalendarWidget whose days show the titles of their sessions
/// (as many as fit, then "+2"), so a coordinator reads the month without hovering.
class MonthCalendar final : public QCalendarWidget
{
    Q_OBJECT

public:
    using QCalendarWidget::QCalendarWidget;

    /// The titles of each day's sessions, in time order; replaces the previous ones.
    void setTitles(QHash<QDate, QStringList> titles);
    QStringList titles(const QDate &day) const { return m_titles.value(day); }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    QHash<QDate, QStringList> m_titles;
};

} // namespace passages::ui
