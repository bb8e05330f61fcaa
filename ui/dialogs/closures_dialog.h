// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/passage.h"
#include "core/report/calendar.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace passages {
class Database;
class Referential;
} // namespace passages

namespace passages::ui {

class Prompter;

/// The Cité's closures (summer closure, inventory day, strike…): listed, added and
/// removed here, with the Cité's opening weekdays. The dashboard shows closed days as
/// closed and leaves them out of the averages; closures are recorded at this desk and
/// synchronised like every record. The rules (dates in order, a short reason, at least
/// one opening day) are the core's: this dialog only asks.
class ClosuresDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `referential`: the desk's, whose opening weekdays this dialog changes and stores.
    ClosuresDialog(Database &db, Referential &referential, Prompter &prompter, Clock clock = {},
                   QWidget *parent = nullptr);

    /// The closures listed, by first day.
    const QList<Closure> &closures() const { return m_closures; }
    /// Whether anything was added or removed since the dialog opened.
    bool changed() const { return m_changed; }

private:
    void reload();
    void add();
    void removeSelected();
    void saveWeekdays();
    Closure entered() const;
    void updateHint();

    Database &m_db;
    Referential &m_referential;
    Prompter &m_prompter;
    ClosureStore m_store;
    QList<Closure> m_closures;
    bool m_changed = false;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QComboBox *m_site = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;      ///< the rule the new closure breaks, if any
    QList<QCheckBox *> m_weekdays; ///< Monday first
};

} // namespace passages::ui
