// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fonds/fonds_types.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace passages {
class Fonds;
}

namespace passages::ui {

/// Changes a running subscription: its frequency and issues a year (a review going from
/// monthly to bimonthly), the date of its first issue, its retention rule. Checked by
/// Fonds on OK: the dialog stays open and says why when something is wrong.
class SubscriptionDialog final : public QDialog
{
    Q_OBJECT

public:
    SubscriptionDialog(const Fonds &fonds, const QString &title, const Subscription &current,
                       QWidget *parent = nullptr);

    /// The subscription as changed (same id, title and end).
    Subscription subscription() const;

    QComboBox *frequencyCombo() const { return m_frequency; }
    QSpinBox *issuesPerYearSpin() const { return m_issuesPerYear; }
    QDateEdit *startEdit() const { return m_start; }
    QSpinBox *keepIssuesSpin() const { return m_keepIssues; }
    QSpinBox *keepMonthsSpin() const { return m_keepMonths; }

public slots:
    void accept() override;

private:
    const Fonds &m_fonds;
    Subscription m_current;
    QComboBox *m_frequency = nullptr;
    QSpinBox *m_issuesPerYear = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_keepIssues = nullptr;
    QSpinBox *m_keepMonths = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace passages::ui
