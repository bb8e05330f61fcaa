// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces every tab of the documentation space builds its tables from.
#pragma once

#include <QDate>
#include <QString>
#include <QtCore/qnamespace.h>

class QStandardItem;
class QStandardItemModel;
class QTableView;
class QWidget;

namespace passages::ui::fonds_parts {

/// Where a row keeps the id of what it shows (title, copy, subscription).
inline constexpr int IdRole = Qt::UserRole + 1;

/// A read-only cell, carrying `id` in IdRole when given.
QStandardItem *textItem(const QString &text, const QString &id = {});
/// A number that sorts as a number.
QStandardItem *numberItem(qint64 value);
/// On screen the desk's date format; the CSV exports keep ISO dates.
QString dateText(const QDate &date);
/// A read-only table of whole rows whose descriptive column takes the spare width.
QTableView *makeTable(QStandardItemModel *model, QWidget *parent, const QString &name);

} // namespace passages::ui::fonds_parts
