// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace passages::ui {

class DeskSession;
class PoleCountsModel;
class Prompter;
class TodayModel;

/// "Today" at this desk: people per pôle, the total, and today's entries, which can be
/// corrected (Enter or double-click) or deleted (Delete, after confirmation).
class TodayPanel final : public QFrame
{
    Q_OBJECT

public:
    TodayPanel(DeskSession &session, Prompter &prompter, QWidget *parent = nullptr);

    TodayModel *entries() const { return m_entries; }
    PoleCountsModel *counts() const { return m_counts; }
    QTableView *table() const { return m_table; }

    QSize sizeHint() const override;
    /// Asked before deleting an entry (with its day): the admin role guards the deletion
    /// of another day's entries. Unset: allowed.
    void setDeletionGuard(std::function<bool(const QDate &)> guard)
    {
        m_deletionGuard = std::move(guard);
    }

public slots:
    void correctCurrent();
    void deleteCurrent();
    /// Reloads when the day changed (a desk left open overnight).
    void checkDate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString currentId() const;
    void updateHeader();
    void updateButtons();

    DeskSession &m_session;
    Prompter &m_prompter;
    std::function<bool(const QDate &)> m_deletionGuard;
    TodayModel *m_entries = nullptr;
    PoleCountsModel *m_counts = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace passages::ui
