// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/programme/event.h"
#include "core/reception/passage.h"
#include "ui/programme/month_calendar.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QCalendarWidget;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace passages {
class Database;
class Programme;
class Referential;
} // namespace passages

namespace passages::ui {

class EventListModel;
class Prompter;

/// The programme of the Cité: a month calendar, a week calendar and a filtered list of
/// events; beside them the sessions of the chosen day (or of the chosen event) with their
/// attendance. From there: new event, edit, duplicate an event or its session series,
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

    EventListModel *listModel() const { return m_listModel; }
    QTreeWidget *sessionTree() const { return m_tree; }
    MonthCalendar *monthCalendar() const { return m_calendar; }
    /// The week view's column of one day (0 = Monday).
    QListWidget *weekDay(int index) const { return m_weekDays.value(index); }

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
    void refreshCalendar();
    void refreshWeek();
    void refreshList();
    void refreshSide();
    void fillSessions(const QList<ScheduledSession> &sessions, bool showDates);
    void updateActions();
    void updatePeriod();
    void report(const Error &error);
    /// After a change was saved: clears the status, shows `day` and selects `eventId` when
    /// given, refreshes, tells the other screens. Returns true (for the actions).
    bool written(const QString &eventId = {}, const QDate &day = {});
    QString sessionLabel(const ScheduledSession &s, bool withDate) const;
    QTreeWidgetItem *currentItem() const;
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
    QList<QLabel *> m_weekTitles;
    QList<QListWidget *> m_weekDays;
    QSpinBox *m_year = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_poleFilter = nullptr;
    QComboBox *m_locationFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTableView *m_table = nullptr;
    EventListModel *m_listModel = nullptr;
    QLabel *m_sideTitle = nullptr;
    QTreeWidget *m_tree = nullptr;
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
