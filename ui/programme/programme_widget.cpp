// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/programme_widget.h"

#include "ui/dialogs/dialog_parts.h"
#include "ui/programme/month_calendar.h"

#include "core/programme/programme.h"
#include "core/referential/referential.h"
#include "ui/dialogs/prompter.h"
#include "ui/programme/event_dialogs.h"
#include "ui/programme/event_list_model.h"
#include "ui/programme/tally_counter_dialog.h"
#include "ui/style.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

using Kind = Referential::Kind;

enum Role
{
    IdRole = Qt::UserRole,
    EventRole,
    KindRole,
    SessionRole
};
const QString kSession = QStringLiteral("session");
const QString kAttendance = QStringLiteral("attendance");

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
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
    auto *week = new QWidget(m_stack);
    auto *weekGrid = new QGridLayout(week);
    weekGrid->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < 7; ++d) {
        auto *title = new QLabel(week);
        title->setAlignment(Qt::AlignCenter);
        auto *list = new QListWidget(week);
        list->setObjectName(QStringLiteral("weekDay%1").arg(d));
        list->setWordWrap(true);
        weekGrid->addWidget(title, 0, d);
        weekGrid->addWidget(list, 1, d);
        weekGrid->setColumnStretch(d, 1);
        m_weekTitles << title;
        m_weekDays << list;
        connect(list, &QListWidget::itemClicked, this, [this, d](QListWidgetItem *item) {
            selectDay(mondayOf(m_day).addDays(d));
            selectSession(item->data(IdRole).toString());
        });
    }
    m_stack->addWidget(week);

    // List with filters.
    auto *listPage = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_year = new QSpinBox(listPage);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_day.year());
    m_typeFilter = new QComboBox(listPage);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const Category &c : m_referential.active(Kind::EventType))
        m_typeFilter->addItem(c.label(m_referential.language()), c.code);
    m_poleFilter = new QComboBox(listPage);
    m_poleFilter->setObjectName(QStringLiteral("poleFilter"));
    m_poleFilter->addItem(tr("All pôles"), QString());
    m_poleFilter->addItem(tr("Transversal"), QStringLiteral("transversal"));
    for (const Category &c : m_referential.active(Kind::Pole))
        m_poleFilter->addItem(c.label(m_referential.language()), c.code);
    m_locationFilter = new QComboBox(listPage);
    m_locationFilter->setObjectName(QStringLiteral("locationFilter"));
    m_locationFilter->addItem(tr("All locations"), QString());
    for (const QString &code : m_programme->locationCodes())
        m_locationFilter->addItem(m_programme->locationLabel(code), code);
    m_textFilter = new QLineEdit(listPage);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Title contains\u2026"));
    m_textFilter->setClearButtonEnabled(true);
    for (QComboBox *combo : {m_typeFilter, m_poleFilter, m_locationFilter}) {
        // Long pôle labels must not squeeze the text filter.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    filters->addWidget(m_year);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_poleFilter);
    filters->addWidget(m_locationFilter);
    filters->addWidget(m_textFilter, 1);
    listLayout->addLayout(filters);
    m_listModel = new EventListModel(*m_programme, this);
    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_listModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    listLayout->addWidget(m_table, 1);
    m_stack->addWidget(listPage);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        if (!m_refreshing)
            refreshList();
        updatePeriod();
    });
    for (QComboBox *combo : {m_typeFilter, m_poleFilter, m_locationFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { refreshList(); });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this] { refreshList(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_refreshing || !current.isValid())
                    return;
                m_listEvent = current.data(IdRole).toString();
                selectEvent(m_listEvent);
            });

    // Side: the sessions of a day or of an event, and what can be done with them.
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideTitle = new QLabel(side);
    m_sideTitle->setObjectName(QStringLiteral("sideTitle"));
    m_sideTitle->setWordWrap(true);
    m_sideTitle->setFont(bold);
    sideLayout->addWidget(m_sideTitle);
    m_tree = new QTreeWidget(side);
    m_tree->setObjectName(QStringLiteral("sessionTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Session"), tr("Participants")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    sideLayout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });

    auto *actions = new QGridLayout;
    auto addAction = [&](const QString &text, const char *name, int row, int column,
                         bool (ProgrammeWidget::*slot)()) {
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
    sideLayout->addLayout(actions);
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

// --- navigation -------------------------------------------------------------------------

void ProgrammeWidget::setView(View view)
{
    m_view = view;
    m_stack->setCurrentIndex(int(view));
    for (int i = 0; i < 3; ++i)
        m_viewButtons[i]->setChecked(i == int(view));
    if (view == View::List && !m_refreshing) {
        m_refreshing = true;
        m_year->setValue(m_day.year());
        m_refreshing = false;
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
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, IdRole).toString() == sessionId) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
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
        m_year->setValue(m_year->value() - 1);
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
        m_year->setValue(m_year->value() + 1);
        break;
    }
}

void ProgrammeWidget::goToday()
{
    const QDate today = m_clock ? m_clock().date() : QDate::currentDate();
    if (m_view == View::List)
        m_year->setValue(today.year());
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
        m_period->setText(tr("Year %1").arg(m_year->value()));
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
    const QLocale locale;
    Result<QList<ScheduledSession>> sessions = m_programme->schedule(monday, monday.addDays(6));
    if (!sessions)
        report(sessions.error());
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        m_weekTitles[d]->setText(locale.toString(day, QStringLiteral("ddd d MMM")));
        QListWidget *list = m_weekDays[d];
        list->clear();
        if (!sessions)
            continue;
        for (const ScheduledSession &s : *sessions) {
            if (s.session.date != day)
                continue;
            auto *item = new QListWidgetItem(sessionLabel(s, false), list);
            item->setData(IdRole, s.session.id);
            item->setData(EventRole, s.session.eventId);
            item->setForeground(s.pole.isEmpty() ? colors::text
                                                 : QColor(m_referential.poleColor(s.pole)));
        }
    }
}

void ProgrammeWidget::refreshList()
{
    if (m_refreshing)
        return;
    EventFilter filter;
    filter.from = QDate(m_year->value(), 1, 1);
    filter.to = QDate(m_year->value(), 12, 31);
    filter.type = m_typeFilter->currentData().toString();
    filter.pole = m_poleFilter->currentData().toString();
    filter.location = m_locationFilter->currentData().toString();
    filter.text = m_textFilter->text();
    Result<QList<Event>> events = m_programme->events(filter);
    if (!events) {
        report(events.error());
        return;
    }
    m_refreshing = true;
    m_listModel->setEvents(*events);
    // The title takes what the short columns leave; long pôle and location labels are
    // elided (their tooltip gives them whole).
    for (int column : {EventListModel::Dates, EventListModel::Type, EventListModel::Sessions,
                       EventListModel::Participants})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(EventListModel::Pole, 130);
    m_table->setColumnWidth(EventListModel::Location, 110);
    const int row = m_listModel->rowOf(m_listEvent);
    if (row >= 0)
        m_table->setCurrentIndex(m_listModel->index(row, 0));
    m_refreshing = false;
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
            m_sideTitle->setText(event->title);
            fillSessions(sessionsOfEvent(m_sideEvent), true);
            return;
        }
        m_sideEvent.clear();
    }
    m_sideTitle->setText(locale.toString(m_day, QLocale::LongFormat));
    Result<QList<ScheduledSession>> day = m_programme->schedule(m_day, m_day);
    if (!day) {
        report(day.error());
        fillSessions({}, false);
        return;
    }
    fillSessions(*day, false);
}

QString ProgrammeWidget::sessionLabel(const ScheduledSession &s, bool withDate) const
{
    QStringList parts;
    if (withDate)
        parts << QLocale().toString(s.session.date, QLocale::ShortFormat);
    if (s.session.start.isValid()) {
        QString time = s.session.start.toString(QStringLiteral("HH:mm"));
        if (s.session.end.isValid())
            time += QStringLiteral("\u2013") + s.session.end.toString(QStringLiteral("HH:mm"));
        parts << time;
    }
    if (!withDate)
        parts << s.title;
    parts << QStringLiteral("(%1)").arg(m_referential.label(Kind::EventType, s.type));
    return parts.join(QLatin1Char(' '));
}

void ProgrammeWidget::fillSessions(const QList<ScheduledSession> &sessions, bool showDates)
{
    const QString keepId = currentItem() ? currentItem()->data(0, IdRole).toString() : QString();
    m_tree->clear();
    QTreeWidgetItem *keep = nullptr;
    for (const ScheduledSession &s : sessions) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, sessionLabel(s, showDates));
        item->setText(1, QString::number(s.participants));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, IdRole, s.session.id);
        item->setData(0, EventRole, s.session.eventId);
        item->setData(0, KindRole, kSession);
        item->setData(0, SessionRole, s.session.id);
        if (!s.pole.isEmpty())
            item->setForeground(0, QColor(m_referential.poleColor(s.pole)));
        if (s.session.id == keepId)
            keep = item;
        Result<QList<Attendance>> rows = m_programme->attendanceOfSession(s.session.id);
        if (!rows)
            continue;
        for (const Attendance &a : *rows) {
            auto *child = new QTreeWidgetItem(item);
            QString text = a.source == Attendance::Source::Counter
                               ? tr("Live counter, %1").arg(a.desk)
                               : tr("Entered, %1").arg(a.desk);
            QStringList details;
            if (a.pupils)
                details << tr("%Ln pupil(s)", nullptr, *a.pupils);
            if (a.classes)
                details << tr("%Ln class(es)", nullptr, *a.classes);
            if (!details.isEmpty())
                text +=
                    QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
            child->setText(0, text);
            child->setText(1, QString::number(a.participants));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            child->setData(0, IdRole, a.id);
            child->setData(0, EventRole, a.eventId);
            child->setData(0, KindRole, kAttendance);
            child->setData(0, SessionRole, a.sessionId);
            if (a.id == keepId)
                keep = child;
        }
        item->setExpanded(true);
    }
    if (keep)
        m_tree->setCurrentItem(keep);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateActions();
}

QTreeWidgetItem *ProgrammeWidget::currentItem() const
{
    return m_tree ? m_tree->currentItem() : nullptr;
}

QString ProgrammeWidget::currentEventId() const
{
    if (QTreeWidgetItem *item = currentItem())
        return item->data(0, EventRole).toString();
    if (m_view == View::List)
        return m_listEvent;
    return {};
}

QString ProgrammeWidget::currentSessionId() const
{
    if (QTreeWidgetItem *item = currentItem())
        return item->data(0, SessionRole).toString();
    return {};
}

void ProgrammeWidget::updateActions()
{
    const bool event = !currentEventId().isEmpty();
    const bool session = !currentSessionId().isEmpty();
    const bool attendance =
        currentItem() && currentItem()->data(0, KindRole).toString() == kAttendance;
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

// --- actions ----------------------------------------------------------------------------

bool ProgrammeWidget::written(const QString &eventId, const QDate &day)
{
    m_status->clear();
    if (day.isValid())
        m_day = day;
    if (!eventId.isEmpty())
        m_listEvent = eventId;
    refresh();
    if (!eventId.isEmpty())
        selectEvent(eventId);
    emit changed();
    return true;
}

bool ProgrammeWidget::newEvent()
{
    EventDialog dialog(*m_programme, true, m_day, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Event> created = m_programme->createEvent(dialog.input(), dialog.sessions());
    if (!created) {
        report(created.error());
        return false;
    }
    return written(created->id, created->first);
}

bool ProgrammeWidget::editEvent()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    EventDialog dialog(*m_programme, false, event->first, this);
    dialog.setInput(event->toInput());
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Event> updated = m_programme->updateEvent(event->id, dialog.input());
    if (!updated) {
        report(updated.error());
        return false;
    }
    return written();
}

bool ProgrammeWidget::duplicateEvent()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    DateDialog dialog(tr("Duplicate event"),
                      tr("First day of the copy of \"%1\" (its sessions keep their spacing "
                         "and times; no attendance is copied):")
                          .arg(event->title),
                      event->first.addDays(7), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Event> copy = m_programme->duplicateEvent(event->id, dialog.date());
    if (!copy) {
        report(copy.error());
        return false;
    }
    return written(copy->id, copy->first);
}

bool ProgrammeWidget::repeatSeries()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    DateDialog dialog(tr("Repeat the series"),
                      tr("First session of the repeated series of \"%1\" (%Ln session(s) "
                         "copied, same spacing and times):",
                         nullptr, event->sessions)
                          .arg(event->title),
                      event->last.addDays(7), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    const qint64 shift = event->first.daysTo(dialog.date());
    Result<QList<EventSession>> added = m_programme->duplicateSeries(event->id, int(shift));
    if (!added) {
        report(added.error());
        return false;
    }
    return written(event->id);
}

bool ProgrammeWidget::deleteEvent()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    if (!m_prompter.confirm(
            this, tr("Delete event"),
            tr("Delete \"%1\", its %Ln session(s) and their attendance?", nullptr, event->sessions)
                .arg(event->title),
            tr("Delete")))
        return false;
    Result<Event> removed = m_programme->removeEvent(event->id);
    if (!removed) {
        report(removed.error());
        return false;
    }
    m_status->clear();
    m_sideEvent.clear();
    m_listEvent.clear();
    refresh();
    emit changed();
    return true;
}

bool ProgrammeWidget::enterAttendance()
{
    const QString sessionId = currentSessionId();
    Result<EventSession> session = m_programme->findSession(sessionId);
    if (!session) {
        report(session.error());
        return false;
    }
    Result<Event> event = m_programme->findEvent(session->eventId);
    AttendanceDialog dialog(
        *m_programme,
        tr("%1, %2").arg(event ? event->title : QString(),
                         QLocale().toString(session->date, QLocale::LongFormat)),
        this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Attendance> recorded = m_programme->recordAttendance(sessionId, dialog.input());
    if (!recorded) {
        report(recorded.error());
        return false;
    }
    return written();
}

bool ProgrammeWidget::openCounter()
{
    const QString sessionId = currentSessionId();
    Result<EventSession> session = m_programme->findSession(sessionId);
    if (!session) {
        report(session.error());
        return false;
    }
    Result<Event> event = m_programme->findEvent(session->eventId);
    TallyCounterDialog dialog(
        *m_programme, sessionId,
        tr("%1, %2").arg(event ? event->title : QString(),
                         QLocale().toString(session->date, QLocale::LongFormat)),
        this);
    m_prompter.exec(dialog);
    // Every click was saved as it happened, whatever way the dialog was closed.
    refresh();
    selectSession(sessionId);
    emit changed();
    return dialog.isReady();
}

bool ProgrammeWidget::correctAttendance()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || item->data(0, KindRole).toString() != kAttendance)
        return false;
    Result<Attendance> current = m_programme->findAttendance(item->data(0, IdRole).toString());
    if (!current) {
        report(current.error());
        return false;
    }
    AttendanceDialog dialog(*m_programme, tr("Correct the attendance"), this);
    dialog.setInput(current->toInput());
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Attendance> corrected = m_programme->correctAttendance(current->id, dialog.input());
    if (!corrected) {
        report(corrected.error());
        return false;
    }
    return written();
}

bool ProgrammeWidget::deleteSelected()
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return false;
    const QString id = item->data(0, IdRole).toString();
    if (item->data(0, KindRole).toString() == kAttendance) {
        if (!m_prompter.confirm(
                this, tr("Delete attendance"),
                tr("Delete this attendance entry (%1 participants)?").arg(item->text(1)),
                tr("Delete")))
            return false;
        Result<Attendance> removed = m_programme->removeAttendance(id);
        if (!removed) {
            report(removed.error());
            return false;
        }
    } else {
        if (!m_prompter.confirm(
                this, tr("Delete session"),
                tr("Delete the session \"%1\" and its attendance?").arg(item->text(0)),
                tr("Delete")))
            return false;
        Result<EventSession> removed = m_programme->removeSession(id);
        if (!removed) {
            report(removed.error());
            return false;
        }
    }
    return written();
}

bool ProgrammeWidget::moveSession()
{
    Result<EventSession> session = m_programme->findSession(currentSessionId());
    if (!session) {
        report(session.error());
        return false;
    }
    Result<Event> event = m_programme->findEvent(session->eventId);
    if (!event) {
        report(event.error());
        return false;
    }
    SessionDialog dialog(
        *m_programme,
        tr("Session of \"%1\" on %2:")
            .arg(event->title, locale().toString(session->date, QLocale::LongFormat)),
        session->toInput(), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<EventSession> moved = m_programme->updateSession(session->id, dialog.input());
    if (!moved) {
        report(moved.error());
        return false;
    }
    return written(event->id, moved->date); // the calendar follows the session
}

} // namespace passages::ui
