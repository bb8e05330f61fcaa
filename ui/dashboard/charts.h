// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/attendance.h"
#include "core/report/bilan.h"

#include <QCoreApplication>
#include <QWidget>

class QChart;
class QChartView;

namespace passages::ui {

/// Chart builders: core computes the series, these only draw them (Qt Charts). Kept to
/// one file so that moving to Qt Graphs later touches nothing else.
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)

public:
    enum class Labels
    {
        Hours,
        Days,
        Weeks,
        Months
    };

    /// Stacked bars by pôle in the referential's colours; closed days drawn as a hatched
    /// grey band (not as zero); an optional line of another year's totals.
    static QChart *stacked(const PoleSeries &series, Labels labels, const QString &title,
                           const PoleSeries *previousYear = nullptr);
    /// Two bars per line (this year, the previous one): the bilan's tables.
    static QChart *comparison(const BilanTable &table, int year, const QString &title);
    /// Two bars per row of a breakdown (this period, the same period last year).
    static QChart *comparison(const Breakdown &breakdown, const QString &title, int maxRows = 8);
    /// Applies the shared look: fonts, margins, legend at the bottom, French numbers.
    static void style(QChart *chart, const QString &title);
    /// Shows `chart` in `view` (deleting the one it replaces), named by its title for
    /// screen readers.
    static void install(QChartView *view, QChart *chart);
};

/// Hour-of-week heat map: weekdays in rows, hours in columns, mean walk-ins per opening
/// day as colour and figure. Qt Charts has no heat map; it is painted here.
class HeatMapWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit HeatMapWidget(QWidget *parent = nullptr);
    void setHeatMap(const HeatMap &map);
    const HeatMap &heatMap() const { return m_map; }

protected:
    void paintEvent(QPaintEvent *event) override;
    QSize sizeHint() const override { return {760, 360}; }
    QSize minimumSizeHint() const override { return {420, 240}; }

private:
    HeatMap m_map;
};

} // namespace passages::ui
