// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/passage.h"
#include "core/report/dashboard_figures.h"
#include "core/report/small_cells.h"

#include <QFuture>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QVBoxLayout;

namespace passages {
class CommuneIndex;
class Database;
class Referential;
} // namespace passages

namespace passages::ui {

class BilanPage;
class BreakdownsPage;
class HeatMapWidget;
class Prompter;

/// The dashboard: the coordinators' attendance views (today by hour, days, weeks, months,
/// the hour-of-week heat map, breakdowns with last year) and the direction's yearly
/// bilan, over the desk's database or the consolidated one of the share.
///
/// Figures are computed by core (computeDashboard) on a worker thread with its own
/// connection to the same file, so the window never freezes; the filters stay as they
/// are when switching views. Exports: CSV (French Excel or plain), PNG of any chart, the
/// PDF annual report, printing; file names are asked through the Prompter.
class DashboardWidget final : public QWidget
{
    Q_OBJECT

public:
    enum View
    {
        Today,
        Days,
        Weeks,
        Months,
        Hours,
        Breakdowns,
        BilanView,
        ViewCount
    };

    DashboardWidget(const Database &db, const Referential &referential,
                    const CommuneIndex &communes, Prompter &prompter, Clock clock = {},
                    QWidget *parent = nullptr);
    /// Over any source of figures: the network database (PgDashboardSource) adds a Cité
    /// filter and the breakdown and bilan tables by Cité.
    DashboardWidget(std::shared_ptr<const DashboardSource> source, const Referential &referential,
                    const CommuneIndex &communes, Prompter &prompter, Clock clock = {},
                    QWidget *parent = nullptr);
    ~DashboardWidget() override;

    /// The figures on screen (none before the first load).
    const std::optional<DashboardFigures> &figures() const { return m_figures; }
    bool isLoading() const { return m_loading; }
    QTabWidget *views() const { return m_views; }
    /// The chart of a chart view (Today...Months), or of the bilan's months.
    QChartView *chartView(View view) const;
    HeatMapWidget *heatMapWidget() const { return m_heatMap; }
    /// Every chart view on the dashboard (the breakdowns' and the bilan's included).
    QList<QChartView *> allChartViews() const;

    /// The request the filters describe now.
    DashboardRequest request() const;
    void setPeriod(const QDate &from, const QDate &to);
    void setFilterCodes(const QString &site, const QString &desk, const QString &pole,
                        const QString &channel);
    void setBilanYear(int year);
    /// The bilan's categories: a reporting mapping's name, empty for the Cité's own.
    /// False (nothing changes) when the referential has no such mapping.
    bool setBilanMapping(const QString &name);
    /// The bilan as on screen and in its PDF and exports (in the chosen categories).
    std::optional<Bilan> shownBilan() const;
    /// The network database: one Cité's code, empty for all (no effect on other sources).
    void setCite(const QString &cite);
    QComboBox *citeFilter() const { return m_cite; }
    /// Reads another source from the next reload on (the network settings changed).
    void setSource(std::shared_ptr<const DashboardSource> source);
    SmallCellPolicy smallCells() const;
    void setSmallCells(bool enabled, int threshold = 5);

public slots:
    /// Recomputes every figure in the background; loaded() when they are on screen.
    void reload();
    /// Asks for a file name and writes the current view as an .xlsx workbook (the bilan:
    /// one sheet per table with its chart, and what the figures cover).
    void exportXlsx();
    /// Asks for a file name and writes the current view as CSV.
    void exportCsv(bool frenchExcel);
    /// Asks for a file name and saves the current view's chart as PNG.
    void exportPng();
    /// Asks for a file name and writes the bilan's PDF report.
    void exportPdf();
    void print();

signals:
    void loaded();

private:
    /// The current view's tables, as the CSV and the workbook write them.
    QList<ExportTable> currentTables(CsvFlavour flavour) const;
    struct Loaded;
    void buildUi();
    QWidget *buildFilters();
    QChartView *makeChartView();
    void apply(const Loaded &result);
    void showFigures();
    void fillDesks(const QList<QPair<QString, QString>> &desks);
    void fillCites(const QStringList &cites);
    QString askSavePath(const QString &title, const QString &filter, const QString &suffix,
                        const QString &name);
    bool savePng(QWidget *chartWidget);
    QString currentViewName() const;

    std::shared_ptr<const DashboardSource> m_source;
    const Referential &m_referential;
    const CommuneIndex &m_communes;
    Prompter &m_prompter;
    Clock m_clock;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_cite = nullptr; ///< the network database only
    QComboBox *m_site = nullptr;
    QComboBox *m_desk = nullptr;
    QComboBox *m_pole = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_views = nullptr;
    QChartView *m_charts[4] = {};
    HeatMapWidget *m_heatMap = nullptr;
    BreakdownsPage *m_breakdowns = nullptr;
    BilanPage *m_bilan = nullptr;
    QSpinBox *m_year = nullptr; ///< the bilan's year (in m_bilan)
    QCheckBox *m_protect = nullptr;
    QSpinBox *m_threshold = nullptr;

    std::optional<DashboardFigures> m_figures;
    QFuture<void> m_task; ///< the figures being computed, waited for on destruction
    int m_generation = 0;
    bool m_loading = false;
    bool m_reloadQueued = false;
};

} // namespace passages::ui
