// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/breakdowns_page.h"

#include "ui/accessible_names.h"
#include "ui/dashboard/charts.h"
#include "ui/dashboard/figure_table_model.h"

#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

BreakdownsPage::BreakdownsPage(std::function<QChartView *()> makeChartView, QWidget *parent)
    : QScrollArea(parent), m_makeChartView(std::move(makeChartView))
{
    setWidgetResizable(true);
    auto *page = new QWidget(this);
    m_grid = new QGridLayout(page);
    m_grid->setSpacing(12);
    setWidget(page);
}

QString BreakdownsPage::title(BreakdownBy by)
{
    switch (by) {
    case BreakdownBy::AgeBand:
        return tr("Age bands");
    case BreakdownBy::Public:
        return tr("Publics");
    case BreakdownBy::Theme:
        return tr("Themes");
    case BreakdownBy::Channel:
        return tr("Channels");
    case BreakdownBy::ServiceLevel:
        return tr("Service levels");
    case BreakdownBy::Orientation:
        return tr("Referred to");
    case BreakdownBy::Commune:
        return tr("Top communes");
    case BreakdownBy::Department:
        return tr("Departments");
    default:
        return breakdownName(by);
    }
}

void BreakdownsPage::setFigures(const DashboardFigures &f)
{
    // A table each, with the same period last year, and two charts.
    for (QWidget *w : std::as_const(m_widgets))
        w->deleteLater();
    m_widgets.clear();
    m_charts.clear();
    const QString now = tr("This period");
    const QString before = tr("Last year");
    struct Part
    {
        BreakdownBy by;
        QString title;
        QString header;
    };
    const Part parts[] = {
        {BreakdownBy::AgeBand, title(BreakdownBy::AgeBand), tr("Age band")},
        {BreakdownBy::Public, title(BreakdownBy::Public), tr("Public")},
        {BreakdownBy::Theme, title(BreakdownBy::Theme), tr("Theme")},
        {BreakdownBy::Channel, title(BreakdownBy::Channel), tr("Channel")},
        {BreakdownBy::ServiceLevel, title(BreakdownBy::ServiceLevel), tr("Service level")},
        {BreakdownBy::Orientation, title(BreakdownBy::Orientation), tr("Referred to")},
        {BreakdownBy::Commune, title(BreakdownBy::Commune), tr("Commune")},
        {BreakdownBy::Department, title(BreakdownBy::Department), tr("Department")},
    };
    int cell = 0;
    if (f.cites) {
        // The network database: the period by Cité, first.
        auto *box = new QGroupBox(tr("Cités"));
        auto *boxLayout = new QVBoxLayout(box);
        BilanTable table = FigureTableModel::fromBreakdown(*f.cites);
        table.title = tr("Cités");
        table.itemHeader = tr("Cité");
        boxLayout->addWidget(figureTableView(table, now, before, box));
        QChartView *chart = m_makeChartView();
        chart->setMinimumHeight(240);
        Charts::install(chart, Charts::comparison(*f.cites, tr("Cités")));
        boxLayout->addWidget(chart);
        m_charts << chart;
        m_grid->addWidget(box, cell / 2, cell % 2, Qt::AlignTop);
        m_widgets << box;
        ++cell;
        nameFromLabels(box);
    }
    for (const Part &part : parts) {
        const Breakdown *b = f.breakdown(part.by);
        if (!b)
            continue;
        auto *box = new QGroupBox(part.title);
        auto *boxLayout = new QVBoxLayout(box);
        BilanTable table = FigureTableModel::fromBreakdown(*b);
        table.title = part.title;
        table.itemHeader = part.header;
        boxLayout->addWidget(figureTableView(table, now, before, box));
        if (part.by == BreakdownBy::AgeBand || part.by == BreakdownBy::Public) {
            QChartView *chart = m_makeChartView();
            chart->setMinimumHeight(240);
            Charts::install(chart, Charts::comparison(*b, part.title));
            boxLayout->addWidget(chart);
            m_charts << chart;
        }
        m_grid->addWidget(box, cell / 2, cell % 2, Qt::AlignTop);
        m_widgets << box;
        ++cell;
        nameFromLabels(box); // built after the window was shown: name its table and chart
    }
}

} // namespace passages::ui
