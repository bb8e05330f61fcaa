// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/programme/event.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace passages {
class Programme;
}

namespace passages::ui {

/// A new event (its description and its dates: one or several days, or a weekly series
/// of sessions) or the correction of an event's description. Checked by Programme on
/// OK: the dialog stays open and says why when something is wrong.
class EventDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `withDates`: a new event (dates asked); otherwise an existing event's description.
    EventDialog(const Programme &programme, bool withDates, const QDate &firstDay,
                QWidget *parent = nullptr);

    EventInput input() const;
    void setInput(const EventInput &input);
    /// The sessions of a new event: each day from the first to the last, or a weekly
    /// series of N sessions from the first day.
    QList<SessionInput> sessions() const;

    QLineEdit *titleEdit() const { return m_title; }

public slots:
    void accept() override;

private:
    const Programme &m_programme;
    bool m_withDates;
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_pole = nullptr;
    QComboBox *m_location = nullptr;
    QListWidget *m_partners = nullptr;
    QSpinBox *m_capacity = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QSpinBox *m_weekly = nullptr;
    QCheckBox *m_timed = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLabel *m_problem = nullptr;
};

/// Participants of one session (entered afterwards, or the correction of an entry).
class AttendanceDialog final : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(const Programme &programme, const QString &heading, QWidget *parent = nullptr);

    AttendanceInput input() const;
    void setInput(const AttendanceInput &input);
    QSpinBox *participantsSpin() const { return m_participants; }

public slots:
    void accept() override;

private:
    const Programme &m_programme;
    QSpinBox *m_participants = nullptr;
    QSpinBox *m_pupils = nullptr;
    QSpinBox *m_classes = nullptr;
    QLabel *m_problem = nullptr;
};

/// Moves one session: its day and its times (stated or not). Checked by Programme on OK.
class SessionDialog final : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(const Programme &programme, const QString &heading, const SessionInput &current,
                  QWidget *parent = nullptr);

    SessionInput input() const;
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *timedCheck() const { return m_timed; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }

public slots:
    void accept() override;

private:
    const Programme &m_programme;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_timed = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLabel *m_problem = nullptr;
};

/// Asks for one date (the first day of a duplicated event or series).
class DateDialog final : public QDialog
{
    Q_OBJECT

public:
    DateDialog(const QString &title, const QString &question, const QDate &initial,
               QWidget *parent = nullptr);
    QDate date() const;

private:
    QDateEdit *m_date = nullptr;
};

} // namespace passages::ui
