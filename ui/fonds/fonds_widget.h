// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fonds/fonds.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace passages {
class Database;
class Referential;
} // namespace passages

namespace passages::ui {

class CatalogueTab;
class FiguresTab;
class InventoryTab;
class PeriodicalsTab;
class Prompter;
class WeedingTab;

/// The documentation space: a thin container of one tab a task (catalogue, periodicals,
/// weeding, inventory, yearly figures) over core's Fonds service, and the notice banner
/// they all report to. Each tab is its own widget (ui/fonds/*_tab.h); every rule and
/// figure is in core.
class FondsWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class ScanMode
    {
        Catalogue,
        Reshelving
    };

    FondsWidget(Database &db, const Referential &referential, Prompter &prompter, Clock clock = {},
                QWidget *parent = nullptr);
    ~FondsWidget() override;

    Fonds &fonds() { return m_fonds; }
    /// What a scan in the catalogue tab does (see CatalogueTab).
    void setScanMode(ScanMode mode);
    ScanMode scanMode() const;
    /// The last line shown to the documentalist (confirmation or problem).
    QString notice() const;
    /// Writes a PDF of spine labels of these titles (see SpineLabelWriter); how many.
    Result<int> writeSpineLabels(const QString &path, const QStringList &titleIds);

public slots:
    /// Re-reads everything from core (after an import elsewhere, a sync...).
    void refresh();

signals:
    /// The fonds changed (a title, copy, issue or consultation was recorded).
    void changed();

private:
    void showNotice(const QString &text, bool error);

    Fonds m_fonds;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_banner = nullptr;
    CatalogueTab *m_catalogue = nullptr;
    PeriodicalsTab *m_periodicals = nullptr;
    WeedingTab *m_weeding = nullptr;
    InventoryTab *m_inventory = nullptr;
    FiguresTab *m_figures = nullptr;
};

} // namespace passages::ui
