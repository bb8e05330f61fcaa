// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/dashboard_figures.h"

#include <QScrollArea>

#include <functional>

class QChartView;
class QGridLayout;

namespace passages::ui {

/// The dashboard's Breakdowns view: a table per breakdown (age bands, publics, themes...,
/// and the Cités of the network database) beside the same period last year, with a
/// chart for the age bands and the publics.
class BreakdownsPage final : public QScrollArea
{
    Q_OBJECT

public:
    /// `makeChartView` makes a chart view with the dashboard's "Save as PNG" action.
    explicit BreakdownsPage(std::function<QChartView *()> makeChartView, QWidget *parent = nullptr);

    /// Rebuilds the tables and charts from `figures`.
    void setFigures(const DashboardFigures &figures);
    const QList<QChartView *> &charts() const { return m_charts; }
    /// A breakdown's title as on screen and in the exports ("Age bands").
    static QString title(BreakdownBy by);

private:
    std::function<QChartView *()> m_makeChartView;
    QGridLayout *m_grid = nullptr;
    QList<QChartView *> m_charts;
    QList<QWidget *> m_widgets;
};

} // namespace passages::ui
