// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/consolidator.h"

#include <QFuture>

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace passages::ui {

class CoverageWidget;
class PendingDesksWidget;
class Prompter;

/// One row per desk identity known on the share.
class DeskHealthModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Site,
        Desk,
        LastBatch,
        LastSeen,
        Missing,
        Quarantined,
        Implausible,
        State,
        Count
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setHealth(QList<DeskHealth> health);
    /// A site's label from its code ("bpi" -> "Bpi"); unset, the code is shown.
    void setSiteLabel(std::function<QString(const QString &)> label)
    {
        m_siteLabel = std::move(label);
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<DeskHealth> m_health;
    std::function<QString(const QString &)> m_siteLabel;
};

/// Files of the share that were not imported, with their reason.
class ShareProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(QList<ShareFileStatus> problems);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ShareFileStatus> m_problems;
};

/// The coordinator's view of the share: consolidates every desk's batches into the
/// local cache (on a worker thread) and shows, per desk, the last batch imported, the
/// missing ones, quarantined files with their reasons, held identities and implausible
/// dates; "Rebuild from the share" deletes the cache and imports everything again.
/// A second tab, *Pending desks*, lists the desks waiting for an administrator's approval
/// (PendingDesksWidget), read when shown and after each consolidation; a third,
/// *Coverage*, the coverage check over the consolidated figures (CoverageWidget).
class HealthWidget final : public QWidget
{
    Q_OBJECT

public:
    HealthWidget(std::function<QString()> shareFolder, Prompter &prompter,
                 QWidget *parent = nullptr);
    ~HealthWidget() override;

    DeskHealthModel &healthModel() { return m_health; }
    ShareProblemsModel &problemsModel() { return m_problems; }
    PendingDesksWidget *pendingDesks() const { return m_pending; }
    CoverageWidget *coverage() const { return m_coverage; }
    bool isBusy() const { return m_busy; }
    QString summaryText() const;
    /// Asked before "Rebuild from the share" (the admin role); unset: allowed.
    void setRebuildGuard(std::function<bool()> guard) { m_rebuildGuard = std::move(guard); }

protected:
    /// Says which share is set (or that none is) before the first consolidation.
    void showEvent(QShowEvent *event) override;

public slots:
    void refresh();
    void rebuild();

signals:
    /// The cache at `cachePath` is up to date with the share.
    void consolidated(const QString &cachePath);

private:
    void run(bool rebuild);

    std::function<QString()> m_shareFolder;
    Prompter &m_prompter;
    std::function<bool()> m_rebuildGuard;
    DeskHealthModel m_health;
    ShareProblemsModel m_problems;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_rebuild = nullptr;
    bool m_busy = false;
    QFuture<void> m_task; ///< waited for on destruction: it writes the cache
    QTabWidget *m_tabs = nullptr;
    PendingDesksWidget *m_pending = nullptr;
    CoverageWidget *m_coverage = nullptr;
    bool m_ran = false; ///< a consolidation ran: the summary tells its outcome
};

} // namespace passages::ui
