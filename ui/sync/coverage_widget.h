// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/coverage.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace passages::ui {

/// The coverage check's findings, one row each, by date.
class CoverageModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Date,
        Site,
        Desk,
        Detail,
        Count
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const CoverageReport &report);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString kind;
        QDate date;
        QString site;
        QString desk;
        QString detail;
    };
    QList<Row> m_rows;
};

/// *All desks › Coverage*: what a coordinator checks in the consolidated figures before
/// trusting them (CoverageCheck): desks silent while their site's others logged, entries
/// on closed days, bursts of back-dated entries. A list to look at, never a blocker. It
/// reads the consolidated cache, on a worker thread, once a consolidation made it.
class CoverageWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageWidget(QWidget *parent = nullptr);
    ~CoverageWidget() override;

    CoverageModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    QString notice() const;
    bool isBusy() const { return m_busy; }
    void setPeriod(const QDate &from, const QDate &to);

public slots:
    /// The consolidated cache to read (after each consolidation).
    void setCache(const QString &cachePath);
    /// Runs the check again over the period shown.
    void reload();

signals:
    /// The number of findings changed (for the tab's title).
    void findingsChanged(int count);

private:
    QString m_cachePath;
    CoverageModel m_model;
    QLabel *m_notice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_check = nullptr;
    QTableView *m_table = nullptr;
    bool m_busy = false;
    QFuture<void> m_task; ///< waited for on destruction
};

} // namespace passages::ui
