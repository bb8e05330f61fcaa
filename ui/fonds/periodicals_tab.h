// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fonds/fonds_types.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace passages {
class Fonds;
} // namespace passages

namespace passages::ui {

class Prompter;

/// The periodicals tab (bulletinage): each running subscription's situation, issue
/// check-in, retention (old issues off the shelf), changing or ending a subscription and
/// subscribing to a catalogued review or daily.
class PeriodicalsTab final : public QWidget
{
    Q_OBJECT

public:
    PeriodicalsTab(Fonds &fonds, Prompter &prompter, QWidget *parent = nullptr);

public slots:
    /// Re-reads the subscriptions (the selected one stays selected).
    void refreshPeriodicals();

signals:
    /// A line for the documentalist: a confirmation, or a problem when `error`.
    void notice(const QString &text, bool error);
    /// An issue or a subscription was recorded.
    void changed();

private:
    void checkInSelected();
    void removeSelectedIssues();
    /// Changes the selected subscription's frequency, first issue or retention.
    void changeSelectedSubscription();
    void endSelectedSubscription();
    void addSubscription();
    /// The periodical selected in the list (in m_periodicalRows), or null.
    const PeriodicalStatus *selectedPeriodical() const;

    Fonds &m_fonds;
    Prompter &m_prompter;
    QStandardItemModel *m_periodicals = nullptr;
    QTableView *m_periodicalsView = nullptr;
    QLineEdit *m_issueNumber = nullptr;
    QComboBox *m_subscriptionTitle = nullptr;
    QComboBox *m_frequency = nullptr;
    QDateEdit *m_subscriptionStart = nullptr;
    QSpinBox *m_keepIssues = nullptr;
    QSpinBox *m_keepMonths = nullptr;
    QList<PeriodicalStatus> m_periodicalRows;
};

} // namespace passages::ui
