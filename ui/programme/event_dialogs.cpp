// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/event_dialogs.h"

#include "core/programme/programme.h"
#include "core/referential/referential.h"
#include "ui/dialogs/dialog_parts.h"
#include "ui/style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

using Kind = Referential::Kind;

/// "[x] from HH:mm to HH:mm": a session's optional times (unchecked: not stated).
QHBoxLayout *timesRow(QWidget *parent, QCheckBox **timed, QTimeEdit **start, QTimeEdit **end)
{
    auto *row = new QHBoxLayout;
    *timed = new QCheckBox(EventDialog::tr("from"), parent);
    (*timed)->setObjectName(QStringLiteral("timedCheck"));
    *start = new QTimeEdit(QTime(14, 0), parent);
    (*start)->setObjectName(QStringLiteral("startTimeEdit"));
    *end = new QTimeEdit(QTime(16, 0), parent);
    (*end)->setObjectName(QStringLiteral("endTimeEdit"));
    for (QTimeEdit *t : {*start, *end}) {
        t->setDisplayFormat(QStringLiteral("HH:mm"));
        t->setEnabled(false);
        QObject::connect(*timed, &QCheckBox::toggled, t, &QWidget::setEnabled);
    }
    row->addWidget(*timed);
    row->addWidget(*start);
    row->addWidget(new QLabel(EventDialog::tr("to"), parent));
    row->addWidget(*end);
    row->addStretch();
    return row;
}

} // namespace

// --- EventDialog ------------------------------------------------------------------------

EventDialog::EventDialog(const Programme &programme, bool withDates, const QDate &firstDay,
                         QWidget *parent)
    : QDialog(parent), m_programme(programme), m_withDates(withDates)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(withDates ? tr("New event") : tr("Edit event"));
    const Referential &ref = programme.referential();
    const QString language = ref.language();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(120);
    form->addRow(tr("&Title"), m_title);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const Category &c : ref.active(Kind::EventType))
        m_type->addItem(c.label(language), c.code);
    form->addRow(tr("T&ype"), m_type);

    m_pole = new QComboBox(this);
    m_pole->setObjectName(QStringLiteral("poleCombo"));
    m_pole->addItem(tr("Transversal (no pôle)"), QString());
    for (const Category &c : ref.active(Kind::Pole))
        m_pole->addItem(c.label(language), c.code);
    form->addRow(tr("&Pôle"), m_pole);

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationCombo"));
    for (const QString &code : programme.locationCodes())
        m_location->addItem(programme.locationLabel(code), code);
    form->addRow(tr("&Location"), m_location);

    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("partnersList"));
    for (const Category &c : ref.active(Kind::Partner)) {
        auto *item = new QListWidgetItem(c.label(language), m_partners);
        item->setData(Qt::UserRole, c.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_partners->setMaximumHeight(140);
    form->addRow(tr("Pa&rtners"), m_partners);

    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("not stated"));
    form->addRow(tr("&Capacity"), m_capacity);

    if (withDates) {
        const QDate day = firstDay.isValid() ? firstDay : QDate::currentDate();
        m_first = ui::dateEdit(day, QStringLiteral("firstDateEdit"), this);
        form->addRow(tr("&First day"), m_first);
        m_last = ui::dateEdit(day, QStringLiteral("lastDateEdit"), this);
        form->addRow(tr("L&ast day"), m_last);
        connect(m_first, &QDateEdit::dateChanged, this, [this](const QDate &d) {
            if (m_last->date() < d)
                m_last->setDate(d);
        });
        m_weekly = new QSpinBox(this);
        m_weekly->setObjectName(QStringLiteral("weeklySpin"));
        m_weekly->setRange(1, 52);
        m_weekly->setSpecialValueText(tr("no: every day from the first to the last"));
        m_weekly->setSuffix(tr(" weekly sessions"));
        form->addRow(tr("&Weekly series"), m_weekly);
        connect(m_weekly, &QSpinBox::valueChanged, this,
                [this](int n) { m_last->setEnabled(n <= 1); });

        form->addRow(tr("Times"), timesRow(this, &m_timed, &m_start, &m_end));
    }

    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(okCancel(this));
}

EventInput EventDialog::input() const
{
    EventInput in;
    in.title = m_title->text();
    in.type = m_type->currentData().toString();
    in.pole = m_pole->currentData().toString();
    in.location = m_location->currentData().toString();
    for (int i = 0; i < m_partners->count(); ++i)
        if (m_partners->item(i)->checkState() == Qt::Checked)
            in.partners << m_partners->item(i)->data(Qt::UserRole).toString();
    if (m_capacity->value() > 0)
        in.capacity = m_capacity->value();
    return in;
}

void EventDialog::setInput(const EventInput &input)
{
    m_title->setText(input.title);
    auto select = [](QComboBox *combo, const QString &code) {
        const int index = combo->findData(code);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    select(m_type, input.type);
    select(m_pole, input.pole);
    select(m_location, input.location);
    for (int i = 0; i < m_partners->count(); ++i) {
        QListWidgetItem *item = m_partners->item(i);
        item->setCheckState(input.partners.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_capacity->setValue(input.capacity.value_or(0));
}

QList<SessionInput> EventDialog::sessions() const
{
    if (!m_withDates)
        return {};
    const QTime start = m_timed->isChecked() ? m_start->time() : QTime();
    const QTime end = m_timed->isChecked() ? m_end->time() : QTime();
    if (m_weekly->value() > 1)
        return Programme::series(m_first->date(), m_weekly->value(), 7, start, end);
    QList<SessionInput> days;
    for (QDate d = m_first->date(); d <= m_last->date() && days.size() < 366; d = d.addDays(1))
        days.append({d, start, end});
    return days;
}

void EventDialog::accept()
{
    if (Status s = m_programme.validate(input()); !s) {
        showProblem(m_problem, s.error().message);
        if (s.error().field == QLatin1String("title"))
            m_title->setFocus();
        return;
    }
    for (const SessionInput &session : sessions()) {
        if (Status s = m_programme.validate(session); !s) {
            showProblem(m_problem, s.error().message);
            return;
        }
    }
    QDialog::accept();
}

// --- AttendanceDialog -------------------------------------------------------------------

AttendanceDialog::AttendanceDialog(const Programme &programme, const QString &heading,
                                   QWidget *parent)
    : QDialog(parent), m_programme(programme)
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Attendance"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(heading, this));
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_participants = new QSpinBox(this);
    m_participants->setObjectName(QStringLiteral("participantsSpin"));
    m_participants->setRange(0, 100000);
    form->addRow(tr("&Participants"), m_participants);
    m_pupils = new QSpinBox(this);
    m_pupils->setObjectName(QStringLiteral("pupilsSpin"));
    m_pupils->setRange(0, 100000);
    m_pupils->setSpecialValueText(tr("none / not stated"));
    form->addRow(tr("of whom p&upils"), m_pupils);
    m_classes = new QSpinBox(this);
    m_classes->setObjectName(QStringLiteral("classesSpin"));
    m_classes->setRange(0, 1000);
    m_classes->setSpecialValueText(tr("none / not stated"));
    form->addRow(tr("&Classes"), m_classes);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(okCancel(this));
    m_participants->setFocus();
}

AttendanceInput AttendanceDialog::input() const
{
    AttendanceInput in;
    in.participants = m_participants->value();
    if (m_pupils->value() > 0)
        in.pupils = m_pupils->value();
    if (m_classes->value() > 0)
        in.classes = m_classes->value();
    return in;
}

void AttendanceDialog::setInput(const AttendanceInput &input)
{
    m_participants->setValue(input.participants);
    m_pupils->setValue(input.pupils.value_or(0));
    m_classes->setValue(input.classes.value_or(0));
}

void AttendanceDialog::accept()
{
    if (Status s = m_programme.validate(input()); !s) {
        showProblem(m_problem, s.error().message);
        return;
    }
    QDialog::accept();
}

// --- DateDialog -------------------------------------------------------------------------

DateDialog::DateDialog(const QString &title, const QString &question, const QDate &initial,
                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dateDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_date = ui::dateEdit(initial, QStringLiteral("dateEdit"), this);
    layout->addWidget(m_date);
    layout->addWidget(okCancel(this));
}

QDate DateDialog::date() const
{
    return m_date->date();
}

// --- SessionDialog ----------------------------------------------------------------------

SessionDialog::SessionDialog(const Programme &programme, const QString &heading,
                             const SessionInput &current, QWidget *parent)
    : QDialog(parent), m_programme(programme)
{
    setObjectName(QStringLiteral("sessionDialog"));
    setWindowTitle(tr("Move session"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(heading, this));
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_date = ui::dateEdit(current.date, QStringLiteral("sessionDateEdit"), this);
    form->addRow(tr("&Day"), m_date);
    form->addRow(EventDialog::tr("Times"), timesRow(this, &m_timed, &m_start, &m_end));
    m_timed->setChecked(current.start.isValid());
    if (current.start.isValid())
        m_start->setTime(current.start);
    if (current.end.isValid())
        m_end->setTime(current.end);
    auto *note = new QLabel(tr("Its attendance moves with it."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(okCancel(this));
    m_date->setFocus();
}

SessionInput SessionDialog::input() const
{
    if (!m_timed->isChecked())
        return {m_date->date(), QTime(), QTime()};
    return {m_date->date(), m_start->time(), m_end->time()};
}

void SessionDialog::accept()
{
    if (Status s = m_programme.validate(input()); !s) {
        showProblem(m_problem, s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace passages::ui
