// SPDX-License-Identifier: GPL-3.0-or-later
// The programme screen: its views, navigation and reading (its actions are in
// programme_actions.cpp).
#include "ui/programme/programme_widget.h"

#include "ui/dialogs/dialog_parts.h"
#include "ui/programme/month_calendar.h"

#include "core/programme/programme.h"
#include "core/referential/referential.h"
#include "ui/programme/event_list_panel.h"
#include "ui/programme/session_panel.h"
#include "ui/programme/week_view.h"
#include "ui/style.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

QDate mondayOf(const QDate &day)
{
    return WeekView::mondayOf(day);
}

} // namespace

ProgrammeWidget::ProgrammeWidget(Database &db, const Referential &referential, Prompter &prompter,
                                 Clock clock, QWidget *parent)
    : QWidget(parent), m_referential(referential), m_prompter(prompter), m_clock(std::move(clock)),
      m_programme(std::make_unique<Programme>(db, referential))
{
    setObjectName(QStringLiteral("programme"));
    m_day = m_clock ? m_clock().date() : QDate::currentDate();
    build();
    setView(View::Month);
    refresh();
}

ProgrammeWidget::~ProgrammeWidget() = default;

void ProgrammeWidget::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Navigation and views.
    auto *top = new QHBoxLayout;
    auto *prev = new QPushButton(QStringLiteral("\u25c0"), this);
    prev->setToolTip(tr("Previous"));
    auto *today = new QPushButton(tr("Today"), this);
    auto *nextButton = new QPushButton(QStringLiteral("\u25b6"), this);
    nextButton->setToolTip(tr("Next"));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("periodLabel"));
    QFont bold = m_period->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_period->setFont(bold);
    top->addWidget(prev);
    top->addWidget(today);
    top->addWidget(nextButton);
    top->addSpacing(12);
    top->addWidget(m_period, 1);
    auto *views = new QButtonGroup(this);
    const QString names[] = {tr("Month"), tr("Week"), tr("List")};
    for (int i = 0; i < 3; ++i) {
        m_viewButtons[i] = new QPushButton(names[i], this);
        m_viewButtons[i]->setCheckable(true);
        views->addButton(m_viewButtons[i], i);
        top->addWidget(m_viewButtons[i]);
    }
    top->addSpacing(12);
    auto *create = new QPushButton(tr("New event\u2026"), this);
    create->setObjectName(QStringLiteral("newEventButton"));
    top->addWidget(create);
    layout->addLayout(top);
    connect(prev, &QPushButton::clicked, this, &ProgrammeWidget::previous);
    connect(nextButton, &QPushButton::clicked, this, &ProgrammeWidget::next);
    connect(today, &QPushButton::clicked, this, &ProgrammeWidget::goToday);
    connect(create, &QPushButton::clicked, this, &ProgrammeWidget::newEvent);
    connect(views, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });

    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    m_stack = new QStackedWidget(splitter);

    // Month.
    m_calendar = new MonthCalendar(m_stack);
    m_calendar->setAccessibleName(tr("Calendar of the month"));
    m_calendar->setObjectName(QStringLiteral("monthCalendar"));
    m_calendar->setGridVisible(true);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->setNavigationBarVisible(false);
    m_stack->addWidget(m_calendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &ProgrammeWidget::selectDay);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        if (!m_refreshing)
            selectDay(m_calendar->selectedDate());
    });

    // Week: one column of sessions per day.
    m_week = new WeekView(m_referential, m_stack);
    m_stack->addWidget(m_week);
    connect(m_week, &WeekView::sessionClicked, this,
            [this](const QDate &day, const QString &sessionId) {
                selectDay(day);
                selectSession(sessionId);
            });

    // List with filters.
    m_list = new EventListPanel(*m_programme, m_referential, m_day.year(), m_stack);
    m_stack->addWidget(m_list);
    connect(m_list, &EventListPanel::yearChanged, this, [this] { updatePeriod(); });
    connect(m_list, &EventListPanel::failed, this, &ProgrammeWidget::report);
    connect(m_list, &EventListPanel::eventChosen, this, [this](const QString &eventId) {
        m_listEvent = eventId;
        selectEvent(m_listEvent);
    });

    // Side: the sessions of a day or of an event, and what can be done with them.
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_side = new SessionPanel(*m_programme, m_referential, side);
    sideLayout->addWidget(m_side, 1);
    connect(m_side, &SessionPanel::currentChanged, this, [this] { updateActions(); });
    sideLayout->addLayout(buildActions(side));
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("programmeStatus"));
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_status);

    splitter->addWidget(m_stack);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Wide enough for its buttons in every language ("Supprimer la saisie ou la séance").
    side->setMinimumWidth(std::max(340, side->minimumSizeHint().width()));
    splitter->setSizes({900, 380});
}

QLayout *ProgrammeWidget::buildActions(QWidget *side)
{
    auto *actions = new QGridLayout;
    auto addAction = [this, side, actions](const QString &text, const char *name, int row,
                                           int column, bool (ProgrammeWidget::*slot)()) {
        auto *button = new QPushButton(text, side);
        button->setObjectName(QLatin1String(name));
        actions->addWidget(button, row, column);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_eventActions << addAction(tr("Edit event\u2026"), "editEventButton", 0, 0,
                                &ProgrammeWidget::editEvent)
                   << addAction(tr("Duplicate event\u2026"), "duplicateEventButton", 0, 1,
                                &ProgrammeWidget::duplicateEvent)
                   << addAction(tr("Repeat the series\u2026"), "repeatSeriesButton", 1, 0,
                                &ProgrammeWidget::repeatSeries)
                   << addAction(tr("Delete event"), "deleteEventButton", 1, 1,
                                &ProgrammeWidget::deleteEvent);
    m_attend = addAction(tr("Enter attendance\u2026"), "attendButton", 2, 0,
                         &ProgrammeWidget::enterAttendance);
    m_counter =
        addAction(tr("Live counter\u2026"), "counterButton", 2, 1, &ProgrammeWidget::openCounter);
    m_correct = addAction(tr("Correct attendance\u2026"), "correctButton", 3, 0,
                          &ProgrammeWidget::correctAttendance);
    m_delete = addAction(tr("Delete entry or session"), "deleteSelectedButton", 3, 1,
                         &ProgrammeWidget::deleteSelected);
    m_move = addAction(tr("Move session\u2026"), "moveSessionButton", 4, 0,
                       &ProgrammeWidget::moveSession);
    return actions;
}

// --- navigation -------------------------------------------------------------------------

void ProgrammeWidget::setView(View view)
{
    m_view = view;
    m_stack->setCurrentIndex(int(view));
    for (int i = 0; i < 3; ++i)
        m_viewButtons[i]->setChecked(i == int(view));
    if (view == View::List && !m_refreshing) {
        m_list->setYearQuietly(m_day.year());
        refreshList();
    }
    if (view != View::List) {
        m_sideEvent.clear();
        refreshSide();
    }
    updatePeriod();
}

void ProgrammeWidget::selectDay(const QDate &day)
{
    if (!day.isValid())
        return;
    const bool newWeek = mondayOf(day) != mondayOf(m_day);
    const bool newMonth = day.month() != m_day.month() || day.year() != m_day.year();
    m_day = day;
    m_sideEvent.clear();
    if (newMonth)
        refreshCalendar();
    else {
        m_refreshing = true;
        m_calendar->setSelectedDate(day);
        m_refreshing = false;
    }
    if (newWeek)
        refreshWeek();
    refreshSide();
    updatePeriod();
}

void ProgrammeWidget::selectEvent(const QString &eventId)
{
    m_sideEvent = eventId;
    refreshSide();
}

void ProgrammeWidget::selectSession(const QString &sessionId)
{
    m_side->selectSession(sessionId);
}

void ProgrammeWidget::previous()
{
    switch (m_view) {
    case View::Month:
        selectDay(m_day.addMonths(-1));
        break;
    case View::Week:
        selectDay(m_day.addDays(-7));
        break;
    case View::List:
        m_list->setYear(m_list->year() - 1);
        break;
    }
}

void ProgrammeWidget::next()
{
    switch (m_view) {
    case View::Month:
        selectDay(m_day.addMonths(1));
        break;
    case View::Week:
        selectDay(m_day.addDays(7));
        break;
    case View::List:
        m_list->setYear(m_list->year() + 1);
        break;
    }
}

void ProgrammeWidget::goToday()
{
    const QDate today = m_clock ? m_clock().date() : QDate::currentDate();
    if (m_view == View::List)
        m_list->setYear(today.year());
    selectDay(today);
}

void ProgrammeWidget::updatePeriod()
{
    const QLocale locale;
    switch (m_view) {
    case View::Month:
        m_period->setText(locale.toString(m_day, QStringLiteral("MMMM yyyy")));
        break;
    case View::Week: {
        const QDate monday = mondayOf(m_day);
        m_period->setText(tr("Week %1: %2 to %3")
                              .arg(monday.weekNumber())
                              .arg(locale.toString(monday, QLocale::ShortFormat),
                                   locale.toString(monday.addDays(6), QLocale::ShortFormat)));
        break;
    }
    case View::List:
        m_period->setText(tr("Year %1").arg(m_list->year()));
        break;
    }
}

// --- reading ----------------------------------------------------------------------------

void ProgrammeWidget::refresh()
{
    refreshCalendar();
    refreshWeek();
    refreshList();
    refreshSide();
    updatePeriod();
}

void ProgrammeWidget::refreshCalendar()
{
    m_refreshing = true;
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clears every date
    m_calendar->setCurrentPage(m_day.year(), m_day.month());
    m_calendar->setSelectedDate(m_day);
    const QDate first(m_day.year(), m_day.month(), 1);
    // The page shows a few days of the months around.
    Result<QList<ScheduledSession>> sessions =
        m_programme->schedule(first.addDays(-7), first.addMonths(1).addDays(14));
    if (sessions) {
        QHash<QDate, QStringList> titles;
        for (const ScheduledSession &s : *sessions)
            titles[s.session.date] << s.title;
        QTextCharFormat busy;
        busy.setFontWeight(QFont::Bold);
        busy.setForeground(colors::accent);
        busy.setBackground(mix(colors::card, colors::accent, 0.12));
        for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
            QTextCharFormat format = busy;
            format.setToolTip(it.value().join(QLatin1Char('\n')));
            m_calendar->setDateTextFormat(it.key(), format);
        }
        m_calendar->setTitles(titles); // drawn in the days themselves
    } else {
        report(sessions.error());
    }
    m_refreshing = false;
}

void ProgrammeWidget::refreshWeek()
{
    const QDate monday = mondayOf(m_day);
    Result<QList<ScheduledSession>> sessions = m_programme->schedule(monday, monday.addDays(6));
    if (!sessions)
        report(sessions.error());
    m_week->setWeek(monday, sessions);
}

void ProgrammeWidget::refreshList()
{
    if (m_refreshing)
        return;
    if (Status s = m_list->refresh(m_listEvent); !s)
        report(s.error());
}

QList<ScheduledSession> ProgrammeWidget::sessionsOfEvent(const QString &eventId) const
{
    Result<Event> event = m_programme->findEvent(eventId);
    if (!event || event->deleted || !event->first.isValid())
        return {};
    QList<ScheduledSession> result;
    if (Result<QList<ScheduledSession>> all = m_programme->schedule(event->first, event->last); all)
        for (const ScheduledSession &s : *all)
            if (s.session.eventId == eventId)
                result.append(s);
    return result;
}

void ProgrammeWidget::refreshSide()
{
    const QLocale locale;
    if (!m_sideEvent.isEmpty()) {
        Result<Event> event = m_programme->findEvent(m_sideEvent);
        if (event && !event->deleted) {
            m_side->setTitle(event->title);
            m_side->fill(sessionsOfEvent(m_sideEvent), true);
            return;
        }
        m_sideEvent.clear();
    }
    m_side->setTitle(locale.toString(m_day, QLocale::LongFormat));
    Result<QList<ScheduledSession>> day = m_programme->schedule(m_day, m_day);
    if (!day) {
        report(day.error());
        m_side->fill({}, false);
        return;
    }
    m_side->fill(*day, false);
}

QTreeWidgetItem *ProgrammeWidget::currentItem() const
{
    return m_side ? m_side->currentItem() : nullptr;
}

QString ProgrammeWidget::currentEventId() const
{
    if (m_side && m_side->currentItem())
        return m_side->currentEventId();
    if (m_view == View::List)
        return m_listEvent;
    return {};
}

QString ProgrammeWidget::currentSessionId() const
{
    return m_side ? m_side->currentSessionId() : QString();
}

EventListModel *ProgrammeWidget::listModel() const
{
    return m_list->model();
}

QTreeWidget *ProgrammeWidget::sessionTree() const
{
    return m_side->tree();
}

QListWidget *ProgrammeWidget::weekDay(int index) const
{
    return m_week->day(index);
}

void ProgrammeWidget::updateActions()
{
    const bool event = !currentEventId().isEmpty();
    const bool session = !currentSessionId().isEmpty();
    const bool attendance = m_side->attendanceSelected();
    const QString noEvent = tr("Choose an event in the programme first.");
    const QString noSession = tr("Choose a session (a date of an event) in the programme first.");
    for (QPushButton *b : std::as_const(m_eventActions))
        enableOrSayWhy(b, event, noEvent);
    enableOrSayWhy(m_attend, session, noSession);
    enableOrSayWhy(m_counter, session, noSession);
    enableOrSayWhy(m_correct, attendance,
                   tr("Choose a recorded attendance (under a session) in the programme first."));
    enableOrSayWhy(m_delete, session, noSession);
    enableOrSayWhy(m_move, session, noSession);
}

void ProgrammeWidget::report(const Error &error)
{
    m_status->setText(error.message);
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(colors::danger.name()));
}

} // namespace passages::ui
