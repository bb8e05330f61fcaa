// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/inventory_tab.h"

#include "core/fonds/fonds.h"
#include "ui/dialogs/prompter.h"
#include "ui/fonds/fonds_parts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

using namespace fonds_parts;

InventoryTab::InventoryTab(Fonds &fonds, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_fonds(fonds), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);
    auto *scope = new QHBoxLayout;
    scope->addWidget(new QLabel(tr("Shelves of"), this));
    m_inventoryTheme = new QComboBox(this);
    m_inventoryTheme->setObjectName(QStringLiteral("inventoryTheme"));
    m_inventoryTheme->addItem(tr("every theme"), QString());
    for (const Category &theme : m_fonds.themes())
        if (!theme.retired)
            m_inventoryTheme->addItem(theme.code, theme.code);
    scope->addWidget(m_inventoryTheme);
    scope->addWidget(new QLabel(tr("location"), this));
    m_inventoryLocation = new QLineEdit(this);
    m_inventoryLocation->setObjectName(QStringLiteral("inventoryLocation"));
    m_inventoryLocation->setPlaceholderText(tr("any"));
    scope->addWidget(m_inventoryLocation);
    scope->addStretch(1);
    layout->addLayout(scope);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(new QLabel(tr("Scan each copy:"), this));
    m_inventoryScan = new QLineEdit(this);
    m_inventoryScan->setObjectName(QStringLiteral("inventoryScan"));
    m_inventoryScan->setPlaceholderText(tr("inventory number, then Enter"));
    scanRow->addWidget(m_inventoryScan, 1);
    m_inventoryCount = new QLabel(this);
    m_inventoryCount->setObjectName(QStringLiteral("inventoryCount"));
    scanRow->addWidget(m_inventoryCount);
    auto *compare = new QPushButton(tr("Compare"), this);
    compare->setObjectName(QStringLiteral("compareButton"));
    scanRow->addWidget(compare);
    auto *restart = new QPushButton(tr("New session"), this);
    restart->setObjectName(QStringLiteral("newInventoryButton"));
    scanRow->addWidget(restart);
    layout->addLayout(scanRow);
    connect(m_inventoryScan, &QLineEdit::returnPressed, this, &InventoryTab::inventoryScan);
    connect(compare, &QPushButton::clicked, this, &InventoryTab::compareInventory);
    connect(restart, &QPushButton::clicked, this, [this] {
        if (Status s = m_fonds.upkeep().clearInventoryScans(); !s) {
            emit notice(s.error().message, true);
            return;
        }
        m_inventoryScanned.clear();
        m_missingIds.clear();
        m_inventoryResult->removeRows(0, m_inventoryResult->rowCount());
        m_inventoryCount->setText(tr("%Ln scanned", nullptr, 0));
        m_markMissing->setEnabled(false);
        m_inventoryScan->setFocus(Qt::OtherFocusReason);
    });

    m_inventoryResult = new QStandardItemModel(this);
    m_inventoryResult->setHorizontalHeaderLabels(
        {tr("Finding"), tr("Inventory"), tr("Title"), tr("Cote"), tr("Status"), tr("Location")});
    auto *view = makeTable(m_inventoryResult, this, QStringLiteral("inventoryView"));
    view->setSortingEnabled(true);
    layout->addWidget(view, 1);
    m_markMissing = new QPushButton(tr("Mark the missing copies missing"), this);
    m_markMissing->setObjectName(QStringLiteral("markMissingButton"));
    m_markMissing->setEnabled(false);
    layout->addWidget(m_markMissing, 0, Qt::AlignRight);
    connect(m_markMissing, &QPushButton::clicked, this, &InventoryTab::markMissing);
    // A session interrupted by a restart goes on where it was.
    if (Result<QStringList> scans = m_fonds.upkeep().inventoryScans(); scans)
        m_inventoryScanned = *scans;
    m_inventoryCount->setText(tr("%Ln scanned", nullptr, int(m_inventoryScanned.size())));
}

void InventoryTab::inventoryScan()
{
    const QString code = m_inventoryScan->text().trimmed();
    m_inventoryScan->clear();
    if (code.isEmpty())
        return;
    // On disk before it counts: an hour at the shelves survives a crash.
    if (Status s = m_fonds.upkeep().recordInventoryScan(code); !s) {
        emit notice(s.error().message, true);
        return;
    }
    m_inventoryScanned << code;
    m_inventoryCount->setText(tr("%Ln scanned", nullptr, int(m_inventoryScanned.size())));
}

void InventoryTab::compareInventory()
{
    const InventoryScope scope{m_inventoryTheme->currentData().toString(),
                               m_inventoryLocation->text().trimmed()};
    Result<InventoryResult> result = m_fonds.upkeep().inventory(scope, m_inventoryScanned);
    if (!result) {
        emit notice(result.error().message, true);
        return;
    }
    m_inventoryResult->removeRows(0, m_inventoryResult->rowCount());
    m_missingIds.clear();
    auto add = [&](const QString &finding, const Copy &c) {
        Result<Title> t = m_fonds.catalogue().title(c.titleId);
        m_inventoryResult->appendRow({textItem(finding, c.id), textItem(c.inventory),
                                      textItem(t ? t->title : QString()),
                                      textItem(t ? t->cote() : QString()),
                                      textItem(FondsCodes::label(c.status)), textItem(c.location)});
    };
    for (const Copy &c : result->missing) {
        add(tr("Missing"), c);
        m_missingIds << c.id;
    }
    for (const Copy &c : result->unexpected)
        add(tr("Not expected here"), c);
    for (const QString &code : result->unknown)
        m_inventoryResult->appendRow({textItem(tr("Unknown code")), textItem(code)});
    m_markMissing->setEnabled(!m_missingIds.isEmpty());
    emit notice(tr("%1 found, %2 missing, %3 not expected, %4 unknown.")
                    .arg(result->found.size())
                    .arg(result->missing.size())
                    .arg(result->unexpected.size())
                    .arg(result->unknown.size()),
                !result->missing.isEmpty() || !result->unknown.isEmpty());
}

void InventoryTab::markMissing()
{
    if (m_missingIds.isEmpty())
        return;
    if (!m_prompter.confirm(this, tr("Inventory"),
                            tr("Mark %Ln copy(ies) missing?", nullptr, int(m_missingIds.size())),
                            tr("Mark missing")))
        return;
    const int count = int(m_missingIds.size());
    if (Status s = m_fonds.catalogue().setStatus(m_missingIds, CopyStatus::Missing,
                                                 tr("inventory %1").arg(dateText(m_fonds.today())));
        !s) {
        emit notice(s.error().message, true);
        return;
    }
    compareInventory();
    emit catalogueChanged();
    emit notice(tr("%Ln copy(ies) marked missing.", nullptr, count), false);
    emit changed();
}

} // namespace passages::ui
