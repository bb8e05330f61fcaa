// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/charts.h"

#include "core/report/small_cells.h"
#include "ui/style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace passages::ui {

namespace {

QString bucketLabel(const Bucket &b, Charts::Labels labels, const QLocale &locale)
{
    switch (labels) {
    case Charts::Labels::Hours:
        return QStringLiteral("%1h").arg(b.hour);
    case Charts::Labels::Days:
        return locale.toString(b.first, QStringLiteral("ddd dd/MM"));
    case Charts::Labels::Weeks: {
        // "S10" in French, "W10" in English: the week number is what people say.
        return Charts::tr("W%1").arg(b.first.weekNumber());
    }
    case Charts::Labels::Months:
        return locale.standaloneMonthName(b.first.month(), QLocale::ShortFormat);
    }
    return b.key;
}

/// A round axis maximum with a few ticks: 0, 250, 500...
double niceMax(double value)
{
    if (value <= 4)
        return 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

QValueAxis *countAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, niceMax(max * 1.05));
    axis->setTickCount(5);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setGridLineColor(colors::border);
    axis->setLabelsColor(colors::muted);
    return axis;
}

} // namespace

void Charts::style(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(colors::text);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(colors::text);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8.5);
    chart->legend()->setFont(legendFont);
}

QChart *Charts::stacked(const PoleSeries &series, Labels labels, const QString &title,
                        const PoleSeries *previousYear)
{
    auto *chart = new QChart;
    style(chart, title);
    const QLocale locale;
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.75);
    for (int p = 0; p < series.poles.size(); ++p) {
        // A pôle with nothing in the whole series would only crowd the legend.
        if (series.poleTotal(p) == 0 && series.poles.size() > 1)
            continue;
        auto *set = new QBarSet(series.poles.at(p).label);
        set->setColor(QColor(series.poles.at(p).color));
        set->setBorderColor(QColor(series.poles.at(p).color).darker(115));
        for (const Bucket &b : series.buckets)
            *set << double(b.byPole.value(p));
        bars->append(set);
    }
    const double max =
        std::max<double>(series.maxBucket(), previousYear ? previousYear->maxBucket() : 0);
    const double top = niceMax(max * 1.05);
    bool anyClosed = false;
    for (const Bucket &b : series.buckets)
        anyClosed = anyClosed || b.isClosed();
    if (anyClosed) {
        // Closed days are a hatched band the height of the axis: visibly "closed", never
        // mistaken for a day nobody came.
        auto *closed = new QBarSet(tr("Closed (weekend, public holiday, closure)"));
        closed->setBrush(QBrush(QColor(0x9c, 0xa3, 0xaf), Qt::BDiagPattern));
        closed->setBorderColor(QColor(0xd1, 0xd5, 0xdb));
        for (const Bucket &b : series.buckets)
            *closed << (b.isClosed() ? top : 0.0);
        bars->append(closed);
    }
    chart->addSeries(bars);

    QStringList categories;
    for (int i = 0; i < series.buckets.size(); ++i) {
        const Bucket &b = series.buckets.at(i);
        QString category = bucketLabel(b, labels, locale);
        // A month under way is compared with the same days of last year: say up to when.
        if (b.partial && previousYear && i < previousYear->buckets.size() &&
            previousYear->buckets.at(i).partial)
            category = tr("%1 (to %2)", "a month under way, compared up to that day")
                           .arg(category)
                           .arg(previousYear->buckets.at(i).last.day());
        categories << category;
    }
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsColor(colors::muted);
    QFont small = x->labelsFont();
    small.setPointSizeF(categories.size() > 16 ? 7.5 : 8.5);
    x->setLabelsFont(small);
    // Many bars: vertical labels, so none overlaps.
    if (categories.size() > 14)
        x->setLabelsAngle(-90);
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = countAxis(max);
    y->setMax(top);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    if (previousYear && previousYear->buckets.size() == series.buckets.size()) {
        auto *line = new QLineSeries;
        line->setName(tr("Same period last year (total)"));
        QPen pen(colors::text);
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        for (int i = 0; i < previousYear->buckets.size(); ++i)
            line->append(i, double(previousYear->buckets.at(i).total));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

QChart *Charts::comparison(const BilanTable &table, int year, const QString &title)
{
    auto *chart = new QChart;
    style(chart, title);
    auto *bars = new QBarSeries;
    auto *now = new QBarSet(QString::number(year));
    auto *before = new QBarSet(QString::number(year - 1));
    now->setColor(colors::accent);
    before->setColor(mix(colors::accent, Qt::white, 0.6));
    QStringList categories;
    double max = 0;
    for (const BilanLine &line : table.lines) {
        // Short labels under the bars: the table beside it carries the full names.
        QString label = line.label;
        if (label.size() > 22)
            label = label.left(20) + QStringLiteral("…");
        categories << label;
        *now << double(line.count);
        *before << double(line.previous);
        max = std::max({max, double(line.count), double(line.previous)});
    }
    bars->append(before);
    bars->append(now);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QFont small = x->labelsFont();
    small.setPointSizeF(7.5);
    x->setLabelsFont(small);
    x->setLabelsColor(colors::muted);
    if (categories.size() > 5)
        x->setLabelsAngle(-30);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    return chart;
}

QChart *Charts::comparison(const Breakdown &breakdown, const QString &title, int maxRows)
{
    BilanTable table;
    for (const BreakdownRow &row : breakdown.rows) {
        if (table.lines.size() >= maxRows)
            break;
        table.lines << BilanLine{row.code, row.label, {}, row.count, row.previous};
    }
    QChart *chart = comparison(table, 0, title);
    // The sets are named after the periods rather than years.
    const auto *bars = qobject_cast<QBarSeries *>(chart->series().constFirst());
    if (bars && bars->count() == 2) {
        bars->barSets().at(0)->setLabel(tr("Same period last year"));
        bars->barSets().at(1)->setLabel(tr("This period"));
    }
    return chart;
}

HeatMapWidget::HeatMapWidget(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, colors::card);
    setPalette(p);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(Charts::tr("Walk-ins per opening day by weekday and hour"));
}

void HeatMapWidget::setHeatMap(const HeatMap &map)
{
    m_map = map;
    update();
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QRectF area = rect().adjusted(8, 8, -8, -8);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(11);
    painter.setFont(titleFont);
    painter.setPen(colors::text);
    const QString title = Charts::tr("When do people come? Walk-ins per opening day, %1 – %2")
                              .arg(locale.toString(m_map.from, QLocale::ShortFormat),
                                   locale.toString(m_map.to, QLocale::ShortFormat));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 24), Qt::AlignHCenter, title);

    const int hours = m_map.lastHour - m_map.firstHour + 1;
    const qreal left = area.left() + 92, top = area.top() + 52, bottom = area.bottom() - 30;
    const qreal cellW = (area.right() - left) / std::max(1, hours);
    const qreal cellH = (bottom - top) / 7;
    const double max = std::max(1e-9, m_map.maxAverage());
    QFont small = font();
    small.setPointSizeF(8);
    painter.setFont(small);
    for (int h = 0; h < hours; ++h) {
        painter.setPen(colors::muted);
        painter.drawText(QRectF(left + h * cellW, top - 20, cellW, 18), Qt::AlignCenter,
                         QStringLiteral("%1h").arg(m_map.firstHour + h));
    }
    for (int d = 1; d <= 7; ++d) {
        const qreal y = top + (d - 1) * cellH;
        painter.setPen(colors::text);
        QString dayName = locale.standaloneDayName(d, QLocale::LongFormat);
        if (!dayName.isEmpty())
            dayName[0] = dayName.at(0).toUpper(); // "lundi" heads a row: "Lundi"
        painter.drawText(QRectF(area.left(), y, 86, cellH), Qt::AlignVCenter | Qt::AlignRight,
                         dayName);
        for (int h = 0; h < hours; ++h) {
            const QRectF cell(left + h * cellW + 1, y + 1, cellW - 2, cellH - 2);
            if (m_map.openDays[d - 1] == 0) {
                // Never open that weekday in the period: closed, not "nobody".
                painter.fillRect(cell, QBrush(QColor(0xd1, 0xd5, 0xdb), Qt::BDiagPattern));
                continue;
            }
            const double value = m_map.average(d, m_map.firstHour + h);
            const QColor color = mix(QColor(0xef, 0xf6, 0xff), colors::accent, value / max);
            painter.fillRect(cell, color);
            if (value > 0 && cellW > 26) {
                painter.setPen(readableTextOn(color));
                painter.drawText(cell, Qt::AlignCenter,
                                 locale.toString(value, 'f', value < 10 ? 1 : 0));
            }
        }
    }
    painter.setPen(colors::muted);
    painter.drawText(QRectF(area.left(), bottom + 6, area.width(), 20), Qt::AlignLeft,
                     Charts::tr("Hatched: closed that weekday. Total of the period: %1 walk-ins.")
                         .arg(locale.toString(m_map.total())));
}

void Charts::install(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    view->setAccessibleName(chart->title());
    delete old;
}

} // namespace passages::ui
