// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/fonds_parts.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace passages::ui::fonds_parts {

QStandardItem *textItem(const QString &text, const QString &id)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (!id.isEmpty())
        item->setData(id, IdRole);
    return item;
}

QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setEditable(false);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    // Columns as wide as their contents, the descriptive one (the longest texts: a title,
    // a theme) taking the rest: a stretched last column used to cut the useful ones.
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    const auto fit = [model, header] {
        int widest = -1;
        qsizetype longest = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            qsizetype length = model->headerData(c, Qt::Horizontal).toString().size();
            for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
                length = std::max(length, model->index(r, c).data().toString().size());
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
            if (length > longest) {
                longest = length;
                widest = c;
            }
        }
        if (widest >= 0)
            header->setSectionResizeMode(widest, QHeaderView::Stretch);
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit);
    QObject::connect(model, &QAbstractItemModel::columnsInserted, view, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view, fit);
    return view;
}

} // namespace passages::ui::fonds_parts
