// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/bilan_page.h"

#include "core/referential/referential.h"
#include "core/report/reporting_mapping.h"
#include "core/report/small_cells.h"
#include "ui/dashboard/charts.h"
#include "ui/dashboard/figure_table_model.h"
#include "ui/style.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace passages::ui {

BilanPage::BilanPage(const Referential &referential, std::function<QChartView *()> makeChartView,
                     QWidget *parent)
    : QScrollArea(parent), m_referential(referential), m_makeChartView(std::move(makeChartView))
{
    setWidgetResizable(true);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_year = new QSpinBox(page);
    m_year->setRange(2000, 2100);
    auto *yearLabel = new QLabel(tr("&Year"), page);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    // Issue 17: the tables in a funder's categories (the referential's reporting mappings).
    m_mapping = new QComboBox(page);
    m_mapping->setObjectName(QStringLiteral("bilanMapping"));
    m_mapping->addItem(tr("the Cité's own"), QString());
    for (const Referential::Mapping &mapping : referential.mappings()) {
        m_mapping->addItem(mapping.name, mapping.name);
        const QString description =
            mapping.description.value(referential.language(), mapping.description.value("fr"));
        m_mapping->setItemData(m_mapping->count() - 1, description, Qt::ToolTipRole);
    }
    m_mapping->setToolTip(tr("Show the bilan's tables, its PDF and its exports in the "
                             "categories of a reporting mapping of the referential"));
    auto *mappingLabel = new QLabel(tr("Cate&gories:"), page);
    mappingLabel->setBuddy(m_mapping);
    top->addSpacing(16);
    top->addWidget(mappingLabel);
    top->addWidget(m_mapping);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_year, &QSpinBox::editingFinished, this, &BilanPage::yearChosen);
    connect(m_mapping, &QComboBox::currentIndexChanged, this, [this] { render(); });

    // The key figures beside the pôles' chart, then the months at full width (room for
    // the legend's long pôle names).
    auto *head = new QHBoxLayout;
    m_headlines = new QLabel(page);
    m_headlines->setTextFormat(Qt::RichText);
    m_headlines->setObjectName(QStringLiteral("bilanHeadlines"));
    m_headlines->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    head->addWidget(m_headlines, 2);
    m_poles = m_makeChartView();
    m_poles->setMinimumHeight(300);
    head->addWidget(m_poles, 3);
    layout->addLayout(head);
    m_months = m_makeChartView();
    m_months->setMinimumHeight(340);
    layout->addWidget(m_months);
    m_tables = new QVBoxLayout;
    layout->addLayout(m_tables);
    layout->addStretch(1);
    setWidget(page);
}

QString BilanPage::mappingName() const
{
    return m_mapping->currentData().toString();
}

bool BilanPage::setMappingName(const QString &name)
{
    const int index = m_mapping->findData(name);
    if (index < 0)
        return false;
    m_mapping->setCurrentIndex(index);
    return true;
}

void BilanPage::setBilan(const std::optional<Bilan> &bilan)
{
    m_bilan = bilan;
    render();
}

std::optional<Bilan> BilanPage::shown() const
{
    if (!m_bilan)
        return std::nullopt;
    if (const Referential::Mapping *mapping = m_referential.mapping(mappingName()))
        return inMapping(*m_bilan, m_referential, *mapping);
    return m_bilan;
}

void BilanPage::render()
{
    for (QWidget *w : std::as_const(m_widgets))
        w->deleteLater();
    m_widgets.clear();
    const std::optional<Bilan> shownBilan = shown();
    if (!shownBilan) {
        m_headlines->clear();
        return;
    }
    const QLocale locale;
    const Bilan &bilan = *shownBilan;
    QString html = QStringLiteral("<h2 style='margin:0'>%1 — %2</h2><p style='color:%3'>%4</p>"
                                  "<table cellspacing='0' cellpadding='5'>")
                       .arg(bilan.cite.toHtmlEscaped(), tr("bilan %1").arg(bilan.year),
                            colors::muted.name(), bilan.scope.toHtmlEscaped());
    html += QStringLiteral("<tr style='background:%1'><th align='left'>%2</th><th align='right'>%3"
                           "</th><th align='right'>%4</th><th align='right'>%5</th></tr>")
                .arg(colors::window.name(), tr("Figure"))
                .arg(bilan.year)
                .arg(bilan.year - 1)
                .arg(tr("Change"));
    for (const BilanHeadline &h : bilan.headlines) {
        auto number = [&](double v) {
            return h.decimal ? locale.toString(v, 'f', 1)
                             : locale.toString(qint64(std::llround(v)));
        };
        const std::optional<double> change =
            h.previous > 0 ? std::optional<double>((h.value - h.previous) * 100.0 / h.previous)
                           : std::nullopt;
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td><td align='right'>"
                               "%3</td><td align='right'>%4</td></tr>")
                    .arg(h.label.toHtmlEscaped(), number(h.value), number(h.previous),
                         formatChange(change, locale));
    }
    html += QStringLiteral("</table>");
    m_headlines->setText(html);
    Charts::install(
        m_months,
        Charts::stacked(
            bilan.months, Charts::Labels::Months,
            tr("Contacts by month and pôle, %1 (dashed: %2)").arg(bilan.year).arg(bilan.year - 1),
            &bilan.previousMonths));
    if (const BilanTable *poles = bilan.table(QStringLiteral("contacts-pole")))
        Charts::install(m_poles, Charts::comparison(*poles, bilan.year, poles->title));
    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(12);
    int index = 0;
    for (const BilanTable &t : bilan.tables) {
        auto *box = new QGroupBox(t.title, grid);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(
            figureTableView(t, QString::number(bilan.year), QString::number(bilan.year - 1), box));
        gridLayout->addWidget(box, index / 2, index % 2, Qt::AlignTop);
        ++index;
    }
    if (!bilan.hasProgramme) {
        auto *note = new QLabel(tr("Interviews and events appear here once the programme is "
                                   "recorded in this database."),
                                grid);
        gridLayout->addWidget(note, index / 2 + 1, 0, 1, 2);
    }
    m_tables->addWidget(grid);
    m_widgets << grid;
}

} // namespace passages::ui
