// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/programme/event.h"
#include "ui/programme/month_calendar.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QLayout;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace passages {
class Database;
class Programme;
class Referential;
} // namespace passages

namespace passages::ui {

class EventListModel;
class EventListPanel;
class Prompter;
class SessionPanel;
class WeekView;

/// The programme of the Cité: a month calendar, a week calendar (WeekView) and a filtered
/// list of events (EventListPanel); beside them the sessions of the chosen day (or of the
/// chosen event) with their attendance (SessionPanel). This widget navigates between them
/// and holds the actions: new event, edit, duplicate an event or its session series,
/// delete, enter or correct attendance, and the live door counter. Dialogs go through
/// the Prompter; every rule and figure is Programme's.
class ProgrammeWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Month,
        Week,
        List
    };

    ProgrammeWidget(Database &db, const Referential &referential, Prompter &prompter,
                    Clock clock = {}, QWidget *parent = nullptr);
    ~ProgrammeWidget() override;

    Programme &programme() const { return *m_programme; }
    View view() const { return m_view; }
    QDate day() const { return m_day; }
    /// The event of the selected session, attendance or list row; empty if none.
    QString currentEventId() const;
    /// The selected session (or the session of the selected attendance); empty if none.
    QString currentSessionId() const;

    EventListModel *listModel() const;
    QTreeWidget *sessionTree() const;
    MonthCalendar *monthCalendar() const { return m_calendar; }
    /// The week view's column of one day (0 = Monday).
    QListWidget *weekDay(int index) const;

public slots:
    void setView(passages::ui::ProgrammeWidget::View view);
    /// Shows that day in the calendars and its sessions beside them.
    void selectDay(const QDate &day);
    /// Shows the sessions of one event beside the calendars.
    void selectEvent(const QString &eventId);
    /// Selects a session row of the side panel.
    void selectSession(const QString &sessionId);
    void previous();
    void next();
    void goToday();
    /// Re-reads everything from the database.
    void refresh();

    bool newEvent();
    bool editEvent();
    bool duplicateEvent();
    /// Duplicates the event's sessions so that the copy starts on a chosen day.
    bool repeatSeries();
    bool deleteEvent();
    bool enterAttendance();
    bool openCounter();
    bool correctAttendance();
    /// Deletes the selected attendance entry, or else the selected session.
    bool deleteSelected();
    /// Moves the selected session to another day or times (its attendance follows).
    bool moveSession();

signals:
    /// Something was written: other screens (dashboard) may refresh.
    void changed();

private:
    void build();
    /// The side panel's buttons, under the sessions.
    QLayout *buildActions(QWidget *side);
    void refreshCalendar();
    void refreshWeek();
    void refreshList();
    void refreshSide();
    void updateActions();
    void updatePeriod();
    void report(const Error &error);
    /// After a change was saved: clears the status, shows `day` and selects `eventId` when
    /// given, refreshes, tells the other screens. Returns true (for the actions).
    bool written(const QString &eventId = {}, const QDate &day = {});
    QTreeWidgetItem *currentItem() const;
    /// The selected session with "Event title, long date" to head its dialogs; nullopt
    /// (and the reason reported) when it cannot be read.
    std::optional<std::pair<EventSession, QString>> sessionToAct();
    QList<ScheduledSession> sessionsOfEvent(const QString &eventId) const;

    const Referential &m_referential;
    Prompter &m_prompter;
    Clock m_clock;
    std::unique_ptr<Programme> m_programme;
    View m_view = View::Month;
    QDate m_day;
    QString m_sideEvent; ///< set: the side panel shows this event's sessions, not a day's
    QString m_listEvent; ///< the list view's selected event

    QLabel *m_period = nullptr;
    QPushButton *m_viewButtons[3] = {};
    QStackedWidget *m_stack = nullptr;
    MonthCalendar *m_calendar = nullptr;
    WeekView *m_week = nullptr;
    EventListPanel *m_list = nullptr;
    SessionPanel *m_side = nullptr;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_eventActions;
    QPushButton *m_attend = nullptr;
    QPushButton *m_counter = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_move = nullptr;
    bool m_refreshing = false;
};

} // namespace passages::ui
