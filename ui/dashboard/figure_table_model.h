// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/bilan.h"

#include <QAbstractTableModel>

class QTableView;
class QWidget;

namespace passages::ui {

/// A table of the dashboard: label, this period (or year), the previous one and the
/// change in %, with "other" and total rows. Shows what core computed; no arithmetic
/// beyond formatting.
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Label,
        Count,
        Previous,
        Change,
        ColumnCount
    };

    explicit FigureTableModel(QObject *parent = nullptr);

    void setTable(const BilanTable &table, const QString &countHeader,
                  const QString &previousHeader);
    /// A breakdown shown as a table (same period last year beside it).
    static BilanTable fromBreakdown(const Breakdown &breakdown);
    const BilanTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString color;
        qint64 count = 0;
        qint64 previous = 0;
        bool total = false;
    };
    QList<Row> m_rows;
    BilanTable m_table;
    QString m_countHeader;
    QString m_previousHeader;
};

/// `table` in a view sized to its rows (the page scrolls, not each table).
QTableView *figureTableView(const BilanTable &table, const QString &countHeader,
                            const QString &previousHeader, QWidget *parent);

} // namespace passages::ui
