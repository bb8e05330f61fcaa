// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace passages {
class Fonds;
} // namespace passages

namespace passages::ui {

class Prompter;

/// The inventory tab (récolement): a scope (theme, location), a session of scans kept
/// on disk as they come, the comparison with the shelves and marking the missing copies.
class InventoryTab final : public QWidget
{
    Q_OBJECT

public:
    InventoryTab(Fonds &fonds, Prompter &prompter, QWidget *parent = nullptr);

signals:
    /// A line for the documentalist: a confirmation, or a problem when `error`.
    void notice(const QString &text, bool error);
    /// Copies changed status: the catalogue's counts are stale.
    void catalogueChanged();
    /// Copies were marked missing.
    void changed();

private:
    void inventoryScan();
    void compareInventory();
    void markMissing();

    Fonds &m_fonds;
    Prompter &m_prompter;
    QComboBox *m_inventoryTheme = nullptr;
    QLineEdit *m_inventoryLocation = nullptr;
    QLineEdit *m_inventoryScan = nullptr;
    QLabel *m_inventoryCount = nullptr;
    QStringList m_inventoryScanned;
    QStandardItemModel *m_inventoryResult = nullptr;
    QPushButton *m_markMissing = nullptr;
    QStringList m_missingIds;
};

} // namespace passages::ui
