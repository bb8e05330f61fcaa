// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/share.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace passages::ui {

class Prompter;

/// The join requests waiting on the share: one row per desk or consolidating PC.
class PendingRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Site,
        Desk,
        Kind,
        Fingerprint,
        Asked,
        Count
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRequests(QList<JoinRequest> requests);
    const QList<JoinRequest> &requests() const { return m_requests; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<JoinRequest> m_requests;
};

/// *All desks › Pending desks*: the desks (and consolidating PCs) that asked to join the
/// share, with the key fingerprint each one shows, and "Approve…", which asks the
/// administrator password (masked, never kept) and calls Share::approvePending(), the
/// same function as `passages-cli share approve`, on a worker thread (Argon2id takes a
/// second). The list itself is read on the GUI thread: a few small, bounded files.
class PendingDesksWidget final : public QWidget
{
    Q_OBJECT

public:
    PendingDesksWidget(std::function<QString()> shareFolder, Prompter &prompter,
                       QWidget *parent = nullptr);
    ~PendingDesksWidget() override;

    PendingRequestsModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    /// The line above the list: what the list is, or why it is empty.
    QString notice() const;
    /// True while an approval runs on its worker thread.
    bool isApproving() const { return m_approving; }

public slots:
    /// Reads the pending requests from the share again.
    void reload();
    /// Approves the selected requests, after asking the administrator password.
    void approveSelected();

signals:
    /// The number of pending requests changed (for the tab's title).
    void pendingChanged(int count);
    /// An approval ended (approved, refused or failed); the list has been re-read.
    void approvalFinished();

private:
    void updateButtons();
    void approvalDone(Result<QList<JoinRequest>> approved);

    std::function<QString()> m_shareFolder;
    Prompter &m_prompter;
    PendingRequestsModel m_model;
    QLabel *m_notice = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_approve = nullptr;
    bool m_approving = false;
    QFuture<void> m_approval;
};

} // namespace passages::ui
