// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/figure_table_model.h"

#include "core/report/small_cells.h"
#include "ui/style.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace passages::ui {

FigureTableModel::FigureTableModel(QObject *parent) : QAbstractTableModel(parent) {}

BilanTable FigureTableModel::fromBreakdown(const Breakdown &b)
{
    return bilanTable(b);
}

void FigureTableModel::setTable(const BilanTable &table, const QString &countHeader,
                                const QString &previousHeader)
{
    beginResetModel();
    m_table = table;
    m_countHeader = countHeader;
    m_previousHeader = previousHeader;
    m_rows.clear();
    for (const BilanLine &line : table.lines)
        m_rows << Row{line.label, line.color, line.count, line.previous, false};
    if (table.otherLines > 0)
        m_rows << Row{tr("Other (%Ln lines)", nullptr, table.otherLines),
                      {},
                      table.otherCount,
                      table.otherPrevious,
                      false};
    m_rows << Row{tr("Total"), {}, table.total, table.previousTotal, true};
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_table.comparesYears ? ColumnCount : Previous;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label:
            return row.label;
        case Count:
            return locale.toString(row.count);
        case Previous:
            return locale.toString(row.previous);
        case Change:
            return formatChange(changePercent(row.count, row.previous), locale);
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Label ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Label && !row.color.isEmpty())
            return QColor(row.color);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Change) {
            const std::optional<double> change = changePercent(row.count, row.previous);
            if (change && *change <= -0.5)
                return QBrush(colors::danger);
            if (change && *change >= 0.5)
                return QBrush(colors::success);
        }
        break;
    case Qt::UserRole: // sorting and tests: the raw figure
        switch (index.column()) {
        case Count:
            return row.count;
        case Previous:
            return row.previous;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return m_table.itemHeader.isEmpty() ? tr("Category") : m_table.itemHeader;
    case Count:
        return m_countHeader;
    case Previous:
        return m_previousHeader;
    case Change:
        return tr("Change");
    }
    return {};
}

QTableView *figureTableView(const BilanTable &table, const QString &countHeader,
                            const QString &previousHeader, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *model = new FigureTableModel(view);
    model->setTable(table, countHeader, previousHeader);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < model->columnCount(); ++c)
        view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    const int height = view->horizontalHeader()->sizeHint().height() +
                       model->rowCount() * view->verticalHeader()->defaultSectionSize() +
                       2 * view->frameWidth() + 2;
    view->setFixedHeight(height);
    view->setAccessibleName(table.title);
    return view;
}

} // namespace passages::ui
