// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fonds/fonds_types.h"

#include <QHash>
#include <QWidget>

class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace passages {
class Fonds;
} // namespace passages

namespace passages::ui {

class Prompter;

/// The weeding tab (désherbage): the desk's rules (age per theme, years without a
/// consultation), the copies they propose, and withdrawing the checked ones.
class WeedingTab final : public QWidget
{
    Q_OBJECT

public:
    WeedingTab(Fonds &fonds, Prompter &prompter, QWidget *parent = nullptr);

public slots:
    /// Lists the candidates of the rules in the form.
    void refreshWeeding();

signals:
    /// A line for the documentalist: a confirmation, or a problem when `error`.
    void notice(const QString &text, bool error);
    /// Copies changed status: the catalogue's counts are stale.
    void catalogueChanged();
    /// Copies were withdrawn.
    void changed();

private:
    WeedingRules rulesFromForm() const;
    void withdrawChecked();

    Fonds &m_fonds;
    Prompter &m_prompter;
    QHash<QString, QSpinBox *> m_maxAge;
    QSpinBox *m_unusedYears = nullptr;
    QStandardItemModel *m_weeding = nullptr;
    QTableView *m_weedingView = nullptr;
};

} // namespace passages::ui
