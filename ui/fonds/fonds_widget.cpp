// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/fonds_widget.h"

#include "ui/fonds/catalogue_tab.h"
#include "ui/fonds/figures_tab.h"
#include "ui/fonds/inventory_tab.h"
#include "ui/fonds/periodicals_tab.h"
#include "ui/fonds/spine_labels.h"
#include "ui/fonds/weeding_tab.h"
#include "ui/style.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace passages::ui {

FondsWidget::FondsWidget(Database &db, const Referential &referential, Prompter &prompter,
                         Clock clock, QWidget *parent)
    : QWidget(parent), m_fonds(db, referential, std::move(clock))
{
    setObjectName(QStringLiteral("fonds"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fondsTabs"));
    m_tabs->setAccessibleName(tr("Documentation space"));
    m_catalogue = new CatalogueTab(m_fonds, prompter, this);
    m_periodicals = new PeriodicalsTab(m_fonds, prompter, this);
    m_weeding = new WeedingTab(m_fonds, prompter, this);
    m_inventory = new InventoryTab(m_fonds, prompter, this);
    m_figures = new FiguresTab(m_fonds, this);
    m_tabs->addTab(m_catalogue, tr("Catalogue"));
    m_tabs->addTab(m_periodicals, tr("Periodicals"));
    m_tabs->addTab(m_weeding, tr("Weeding"));
    m_tabs->addTab(m_inventory, tr("Inventory"));
    m_tabs->addTab(m_figures, tr("Yearly figures"));
    layout->addWidget(m_tabs, 1);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("fondsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMinimumHeight(36);
    m_banner->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_banner);

    connect(m_catalogue, &CatalogueTab::notice, this, &FondsWidget::showNotice);
    connect(m_periodicals, &PeriodicalsTab::notice, this, &FondsWidget::showNotice);
    connect(m_weeding, &WeedingTab::notice, this, &FondsWidget::showNotice);
    connect(m_inventory, &InventoryTab::notice, this, &FondsWidget::showNotice);
    connect(m_figures, &FiguresTab::notice, this, &FondsWidget::showNotice);
    connect(m_catalogue, &CatalogueTab::changed, this, &FondsWidget::changed);
    connect(m_periodicals, &PeriodicalsTab::changed, this, &FondsWidget::changed);
    connect(m_weeding, &WeedingTab::changed, this, &FondsWidget::changed);
    connect(m_inventory, &InventoryTab::changed, this, &FondsWidget::changed);
    // Withdrawn or missing copies change the catalogue's "on shelf" counts.
    connect(m_weeding, &WeedingTab::catalogueChanged, m_catalogue, &CatalogueTab::refreshCatalogue);
    connect(m_inventory, &InventoryTab::catalogueChanged, m_catalogue,
            &CatalogueTab::refreshCatalogue);

    // A tab shows what changed elsewhere when it is opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *tab = m_tabs->widget(index);
        if (tab == m_periodicals)
            m_periodicals->refreshPeriodicals();
        else if (tab == m_weeding)
            m_weeding->refreshWeeding();
        else if (tab == m_figures)
            m_figures->refreshFigures();
    });
    showNotice(QString(), false);
    refresh();
    m_catalogue->focusScan();
}

FondsWidget::~FondsWidget() = default;

void FondsWidget::refresh()
{
    m_catalogue->refreshCatalogue();
    m_periodicals->refreshPeriodicals();
    m_figures->refreshFigures();
}

void FondsWidget::setScanMode(ScanMode mode)
{
    m_catalogue->setReshelving(mode == ScanMode::Reshelving);
}

FondsWidget::ScanMode FondsWidget::scanMode() const
{
    return m_catalogue->reshelving() ? ScanMode::Reshelving : ScanMode::Catalogue;
}

Result<int> FondsWidget::writeSpineLabels(const QString &path, const QStringList &titleIds)
{
    return SpineLabelWriter(m_fonds).write(path, titleIds);
}

void FondsWidget::showNotice(const QString &text, bool error)
{
    m_banner->setText(text);
    const QColor fg = error ? colors::danger : colors::success;
    const QColor bg = error ? colors::dangerBackground : colors::successBackground;
    m_banner->setStyleSheet(text.isEmpty() ? QString()
                                           : QStringLiteral("QLabel { color: %1; background: %2;"
                                                            " border-radius: 6px; }")
                                                 .arg(fg.name(), bg.name()));
}

QString FondsWidget::notice() const
{
    return m_banner->text();
}

} // namespace passages::ui
