// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/report_document.h"

#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>
#include <vector>

namespace passages::ui {

namespace {

// The page is laid out in points (A4: 595 x 842).
constexpr qreal kPageW = 595, kPageH = 842, kMargin = 48, kFooter = 28;
constexpr qreal kContentW = kPageW - 2 * kMargin;
constexpr qreal kContentH = kPageH - 2 * kMargin - kFooter;
constexpr qreal kGap = 24; ///< between two blocks of a page

// The printed report's colours (the screen's palette, fixed here: a PDF is a document).
const QColor kText{0x1f, 0x29, 0x37};
const QColor kMuted{0x5b, 0x64, 0x70};
const QColor kBorder{0xd4, 0xd8, 0xde};
const QColor kHeaderFill{0xf3, 0xf4, 0xf6};
const QColor kAccent{0x1d, 0x4e, 0xd8};
const QColor kCurrent{0x2e, 0x6d, 0xb4};
const QColor kPrevious{0xa9, 0xbc, 0xd0};

QFont font(qreal px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(px + 0.5))); // points: the page is laid out in points
    f.setBold(bold);
    return f;
}

qreal textWidth(const QFont &f, const QString &text)
{
    return QFontMetricsF(f).horizontalAdvance(text);
}

/// The height of `text` wrapped at `width` (never cut: long words break anywhere).
qreal wrappedHeight(const QFont &f, const QString &text, qreal width)
{
    return QFontMetricsF(f)
        .boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text)
        .height();
}

constexpr int kWrap = Qt::TextWordWrap;

/// A table of the report: a label column that wraps, right-aligned figure columns as
/// wide as their widest cell or header (a header is never clipped).
struct Table
{
    QStringList headers;
    struct Row
    {
        QStringList cells;
        QString swatch; ///< a pôle's colour before the label
        bool bold = false;
    };
    QList<Row> rows;
    qreal fontSize = 8.5;
    qreal labelWidth = 0; ///< computed by layout()
    QList<qreal> widths;  ///< the figure columns

    void layout()
    {
        const QFont body = font(fontSize), head = font(fontSize, true);
        const int columns = int(headers.size());
        widths = QList<qreal>(columns, 0.0);
        for (int c = 1; c < columns; ++c) {
            qreal w = textWidth(head, headers.at(c));
            for (const Row &r : rows)
                w = std::max(w, textWidth(r.bold ? head : body, r.cells.value(c)));
            widths[c] = w + 14;
        }
        qreal figures = 0;
        for (int c = 1; c < columns; ++c)
            figures += widths.at(c);
        labelWidth = kContentW - figures;
        widths[0] = labelWidth;
    }
    qreal rowHeight(const Row &r) const
    {
        const qreal indent = r.swatch.isEmpty() ? 4 : 16;
        return std::max<qreal>(
            16,
            wrappedHeight(font(fontSize, r.bold), r.cells.value(0), labelWidth - indent - 4) + 6);
    }
    qreal headerHeight() const
    {
        qreal h = 16;
        for (int c = 0; c < headers.size(); ++c)
            h = std::max(h,
                         wrappedHeight(font(fontSize, true), headers.at(c), widths.at(c) - 8) + 6);
        return h;
    }
    qreal height() const
    {
        qreal h = headerHeight();
        for (const Row &r : rows)
            h += rowHeight(r);
        return h;
    }
    void draw(QPainter &p, qreal top) const
    {
        qreal y = top;
        const qreal hh = headerHeight();
        p.fillRect(QRectF(0, y, kContentW, hh), kHeaderFill);
        p.setPen(kText);
        p.setFont(font(fontSize, true));
        qreal x = 0;
        for (int c = 0; c < headers.size(); ++c) {
            p.drawText(QRectF(x + 4, y, widths.at(c) - 8, hh),
                       (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter | kWrap,
                       headers.at(c));
            x += widths.at(c);
        }
        y += hh;
        for (const Row &r : rows) {
            const qreal h = rowHeight(r);
            p.setFont(font(fontSize, r.bold));
            p.setPen(kText);
            qreal left = 4;
            if (!r.swatch.isEmpty()) {
                p.fillRect(QRectF(4, y + h / 2 - 4, 8, 8), QColor(r.swatch));
                left = 16;
            }
            p.drawText(QRectF(left, y, labelWidth - left - 4, h),
                       Qt::AlignLeft | Qt::AlignVCenter | kWrap, r.cells.value(0));
            qreal cx = labelWidth;
            for (int c = 1; c < headers.size(); ++c) {
                p.drawText(QRectF(cx + 4, y, widths.at(c) - 8, h),
                           Qt::AlignRight | Qt::AlignVCenter, r.cells.value(c));
                cx += widths.at(c);
            }
            p.setPen(QPen(kBorder, 0.6));
            p.drawLine(QPointF(0, y + h), QPointF(kContentW, y + h));
            y += h;
        }
    }
};

/// Horizontal bars, one group per line, the label whole (wrapped) on the left, the
/// value at the end of each bar, a value axis with round steps.
struct BarChart
{
    QStringList labels;
    QStringList seriesNames;
    QList<QColor> colors;
    QList<QList<qint64>> values; ///< [series][line]
    QList<QStringList> texts;    ///< what to print at each bar's end ("< 5" when masked)
    qreal labelWidth = 170;

    qreal barHeight() const { return seriesNames.size() > 1 ? 7.5 : 10; }
    qreal lineHeight(int i) const
    {
        return std::max(wrappedHeight(font(7.5), labels.at(i), labelWidth - 6) + 4,
                        barHeight() * seriesNames.size() + 6);
    }
    qreal height() const
    {
        qreal h = 0;
        for (int i = 0; i < labels.size(); ++i)
            h += lineHeight(i);
        return h + 18 + (seriesNames.size() > 1 ? 16 : 0);
    }
    void draw(QPainter &p, qreal top) const
    {
        qint64 max = 1;
        for (const QList<qint64> &s : values)
            for (qint64 v : s)
                max = std::max(max, v);
        const qint64 step = ReportDocument::niceStep(max);
        const qint64 axisMax = ((max + step - 1) / step) * step;
        const qreal x0 = labelWidth, width = kContentW - labelWidth - 40;
        auto xOf = [&](qint64 v) {
            return x0 + width * qreal(v) / qreal(axisMax);
        };
        qreal body = 0;
        for (int i = 0; i < labels.size(); ++i)
            body += lineHeight(i);
        const QLocale locale;

        // Grid and axis.
        p.setFont(font(6.5));
        for (qint64 v = 0; v <= axisMax; v += step) {
            p.setPen(QPen(v == 0 ? kMuted : kBorder, v == 0 ? 0.8 : 0.4));
            p.drawLine(QPointF(xOf(v), top), QPointF(xOf(v), top + body));
            p.setPen(kMuted);
            p.drawText(QRectF(xOf(v) - 30, top + body + 2, 60, 10), Qt::AlignHCenter | Qt::AlignTop,
                       locale.toString(v));
        }
        qreal y = top;
        for (int i = 0; i < labels.size(); ++i) {
            const qreal h = lineHeight(i);
            p.setPen(kText);
            p.setFont(font(7.5));
            p.drawText(QRectF(0, y, labelWidth - 6, h), Qt::AlignRight | Qt::AlignVCenter | kWrap,
                       labels.at(i));
            const qreal bars = barHeight() * seriesNames.size();
            qreal by = y + (h - bars) / 2;
            for (int s = 0; s < seriesNames.size(); ++s) {
                const qint64 v = values.at(s).at(i);
                const QRectF bar(x0, by + 0.5, xOf(v) - x0, barHeight() - 1);
                p.fillRect(bar, colors.at(s));
                p.setPen(kMuted);
                p.setFont(font(6.5));
                p.drawText(QRectF(bar.right() + 3, by, 40, barHeight()),
                           Qt::AlignLeft | Qt::AlignVCenter, texts.at(s).at(i));
                by += barHeight();
            }
            y += h;
        }
        if (seriesNames.size() > 1) {
            // The legend, under the axis.
            qreal lx = x0;
            const qreal ly = top + body + 16;
            p.setFont(font(7.5));
            for (int s = 0; s < seriesNames.size(); ++s) {
                p.fillRect(QRectF(lx, ly + 2, 9, 7), colors.at(s));
                p.setPen(kText);
                p.drawText(QRectF(lx + 13, ly, 120, 11), Qt::AlignLeft | Qt::AlignVCenter,
                           seriesNames.at(s));
                lx += 13 + textWidth(font(7.5), seriesNames.at(s)) + 18;
            }
        }
    }
};

struct Block
{
    qreal height = 0;
    bool newPage = false; ///< starts on a fresh page
    std::function<void(QPainter &, qreal top)> draw;
};

qreal drawTitle(QPainter &p, qreal top, const QString &title, qreal size = 13)
{
    p.setPen(kText);
    p.setFont(font(size, true));
    const qreal h = wrappedHeight(font(size, true), title, kContentW);
    p.drawText(QRectF(0, top, kContentW, h), Qt::AlignLeft | kWrap, title);
    return h + 8;
}

} // namespace

qint64 ReportDocument::niceStep(qint64 max, int maxTicks)
{
    if (max <= 0)
        return 1;
    const double raw = double(max) / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        const double step = m * magnitude;
        if (step >= raw)
            return std::max<qint64>(1, qint64(std::llround(step)));
    }
    return std::max<qint64>(1, qint64(std::llround(10 * magnitude)));
}

ReportDocument::ReportDocument(const Bilan &bilan, const SmallCellPolicy &policy)
    : m_bilan(bilan), m_policy(policy)
{}

int ReportDocument::render(QPagedPaintDevice &device) const
{
    const QLocale locale;
    const Bilan &b = m_bilan;
    const QString year = QString::number(b.year);
    const QString previous = QString::number(b.year - 1);
    const BilanHidden hidden = BilanHidden::of(b, m_policy);
    std::vector<Block> blocks;

    // Title page.
    blocks.push_back(
        {kContentH, false, [&](QPainter &p, qreal top) {
             p.fillRect(QRectF(-kMargin, top - kMargin, kPageW, 300), kAccent);
             p.setPen(Qt::white);
             p.setFont(font(15));
             p.drawText(QRectF(0, top + 40, kContentW, 44), Qt::AlignLeft | kWrap, b.cite);
             p.setFont(font(34, true));
             p.drawText(QRectF(0, top + 90, kContentW, 90), Qt::AlignLeft | kWrap,
                        tr("Activity report %1").arg(year));
             p.setFont(font(13));
             p.drawText(QRectF(0, top + 190, kContentW, 24), Qt::AlignLeft,
                        tr("Key figures compared with %1").arg(previous));
             p.setPen(kText);
             p.setFont(font(12));
             p.drawText(QRectF(0, top + 300, kContentW, 40), Qt::AlignLeft | kWrap,
                        tr("Scope: %1").arg(b.scope));
             p.setPen(kMuted);
             p.setFont(font(10));
             QString note = tr("Produced by Passages on %1. Walk-ins are anonymous "
                               "tallies; group sizes are counted; deleted entries "
                               "are not.")
                                .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat));
             if (m_policy.enabled)
                 note += QLatin1Char(' ') +
                         tr("To protect anonymity, counts below %1, and the figures from which "
                            "one could be recomputed with a total, are shown as \"%2\"; the "
                            "charts leave them out.")
                             .arg(m_policy.threshold)
                             .arg(SmallCellPolicy::mark());
             p.drawText(QRectF(0, top + 350, kContentW, 80), Qt::AlignLeft | kWrap, note);
         }});

    // Key figures.
    auto headlines = std::make_shared<Table>();
    headlines->fontSize = 10;
    headlines->headers = {tr("Figure"), year, previous, tr("Change")};
    for (int i = 0; i < b.headlines.size(); ++i) {
        const BilanHeadline &h = b.headlines.at(i);
        const bool hideNow = hidden.headline.at(i), hideBefore = hidden.previousHeadline.at(i);
        auto number = [&](double v, bool masked) {
            return h.decimal && !(m_policy.enabled && masked)
                       ? locale.toString(v, 'f', 1)
                       : m_policy.format(qint64(std::llround(v)), masked, locale);
        };
        const std::optional<double> change =
            h.previous > 0 && !(m_policy.enabled && (hideNow || hideBefore))
                ? std::optional<double>((h.value - h.previous) * 100.0 / h.previous)
                : std::nullopt;
        headlines->rows << Table::Row{{h.label, number(h.value, hideNow),
                                       number(h.previous, hideBefore),
                                       formatChange(change, locale)},
                                      {},
                                      false};
    }
    headlines->layout();
    blocks.push_back({34 + headlines->height(), true, [&, headlines](QPainter &p, qreal top) {
                          const qreal h = drawTitle(p, top, tr("Key figures"), 16);
                          headlines->draw(p, top + h + 6);
                      }});

    // The year month by month: stacked by pôle, the year before as a dashed line, and
    // the table of the same figures under it.
    auto months = std::make_shared<Table>();
    months->fontSize = 7;
    months->headers << QString();
    for (int m = 1; m <= 12; ++m)
        months->headers << locale.standaloneMonthName(m, QLocale::ShortFormat);
    months->headers << tr("Total");
    {
        Table::Row now{{year}, {}, false}, before{{previous}, {}, false};
        for (int m = 0; m < 12; ++m) {
            const Bucket *bucket = m < b.months.buckets.size() ? &b.months.buckets.at(m) : nullptr;
            now.cells << (bucket && !bucket->future
                              ? m_policy.format(bucket->total, hidden.months.value(m), locale)
                              : QString());
            before.cells << (m < b.previousMonths.buckets.size()
                                 ? m_policy.format(b.previousMonths.buckets.at(m).total,
                                                   hidden.previousMonths.value(m), locale)
                                 : QString());
        }
        now.cells << m_policy.format(b.months.total, hidden.months.last(), locale);
        before.cells << m_policy.format(b.previousMonths.total, hidden.previousMonths.last(),
                                        locale);
        months->rows << now << before;
    }
    months->layout();
    // The legend: every pôle's full name, two columns, wrapped.
    const qreal legendColumn = kContentW / 2;
    qreal legendHeight = 0;
    QList<qreal> legendRows;
    for (int i = 0; i < b.months.poles.size(); i += 2) {
        qreal h = 0;
        for (int j = i; j < std::min<qsizetype>(i + 2, b.months.poles.size()); ++j)
            h = std::max(
                h, wrappedHeight(font(7.5), b.months.poles.at(j).label, legendColumn - 24) + 3);
        legendRows << h;
        legendHeight += h;
    }
    const qreal monthChart = 210;
    const QString monthsTitle = tr("Contacts by month and pôle, %1 (line: %2)").arg(year, previous);
    blocks.push_back(
        {wrappedHeight(font(13, true), monthsTitle, kContentW) + 8 + monthChart + 16 +
             legendHeight + 24 + 10 + months->height(),
         false, [&, hidden, months, monthChart, legendColumn, legendRows](QPainter &p, qreal top) {
             qreal y = top + drawTitle(p, top, monthsTitle);
             const PoleSeries &s = b.months;
             qint64 max = 1;
             for (const Bucket &bucket : s.buckets)
                 max = std::max(max, bucket.total);
             for (const Bucket &bucket : b.previousMonths.buckets)
                 max = std::max(max, bucket.total);
             const qint64 step = niceStep(max);
             const qint64 axisMax = ((max + step - 1) / step) * step;
             const qreal x0 = 40, width = kContentW - x0, bottom = y + monthChart;
             auto yOf = [&](qint64 v) {
                 return bottom - monthChart * qreal(v) / qreal(axisMax);
             };
             p.setFont(font(6.5));
             for (qint64 v = 0; v <= axisMax; v += step) {
                 p.setPen(QPen(v == 0 ? kMuted : kBorder, v == 0 ? 0.8 : 0.4));
                 p.drawLine(QPointF(x0, yOf(v)), QPointF(kContentW, yOf(v)));
                 p.setPen(kMuted);
                 p.drawText(QRectF(0, yOf(v) - 5, x0 - 4, 10), Qt::AlignRight | Qt::AlignVCenter,
                            locale.toString(v));
             }
             const qreal slot = width / 12;
             QPolygonF previousLine;
             for (int m = 0; m < 12; ++m) {
                 const qreal left = x0 + m * slot + slot * 0.18;
                 if (m < s.buckets.size() && !s.buckets.at(m).future) {
                     // A hidden pôle is left out of its bar (the vector PDF gives exact
                     // heights back); the hidden ones of a month whose total is shown
                     // make one grey block, their sum being known from that total.
                     qint64 base = 0;
                     for (int i = 0; i < s.poles.size(); ++i) {
                         const qint64 v = s.buckets.at(m).byPole.value(i);
                         if (v <= 0 || (m_policy.enabled && hidden.monthPoles.at(m).value(i)))
                             continue;
                         p.fillRect(QRectF(QPointF(left, yOf(base + v)),
                                           QPointF(left + slot * 0.64, yOf(base))),
                                    QColor(s.poles.at(i).color));
                         base += v;
                     }
                     const qint64 rest = s.buckets.at(m).total - base;
                     if (rest > 0 && !(m_policy.enabled && hidden.months.value(m)))
                         p.fillRect(QRectF(QPointF(left, yOf(base + rest)),
                                           QPointF(left + slot * 0.64, yOf(base))),
                                    kBorder);
                 }
                 if (m < b.previousMonths.buckets.size() &&
                     !(m_policy.enabled && hidden.previousMonths.value(m)))
                     previousLine << QPointF(x0 + m * slot + slot / 2,
                                             yOf(b.previousMonths.buckets.at(m).total));
                 p.setPen(kMuted);
                 p.drawText(QRectF(x0 + m * slot, bottom + 2, slot, 10), Qt::AlignHCenter,
                            locale.standaloneMonthName(m + 1, QLocale::ShortFormat));
             }
             QPen dashed(kText, 1.1, Qt::DashLine);
             p.setPen(dashed);
             p.drawPolyline(previousLine);
             p.setBrush(kText);
             for (const QPointF &point : std::as_const(previousLine))
                 p.drawEllipse(point, 1.6, 1.6);
             p.setBrush(Qt::NoBrush);
             y = bottom + 16;
             p.setFont(font(7.5));
             for (int i = 0; i < s.poles.size(); ++i) {
                 const qreal rowTop =
                     y + std::accumulate(legendRows.begin(), legendRows.begin() + i / 2, 0.0);
                 const qreal left = (i % 2) * legendColumn;
                 p.fillRect(QRectF(left, rowTop + 2, 9, 7), QColor(s.poles.at(i).color));
                 p.setPen(kText);
                 p.drawText(QRectF(left + 13, rowTop, legendColumn - 24, legendRows.at(i / 2)),
                            Qt::AlignLeft | Qt::AlignTop | kWrap, s.poles.at(i).label);
             }
             y += std::accumulate(legendRows.begin(), legendRows.end(), 0.0);
             p.setPen(QPen(kText, 1.1, Qt::DashLine));
             p.drawLine(QPointF(0, y + 6), QPointF(12, y + 6));
             p.setPen(kText);
             p.drawText(QRectF(16, y, legendColumn - 16, 12), Qt::AlignLeft | Qt::AlignVCenter,
                        tr("%1, all pôles").arg(previous));
             if (m_policy.enabled) {
                 p.fillRect(QRectF(legendColumn, y + 2.5, 9, 7), kBorder);
                 p.drawText(QRectF(legendColumn + 13, y, legendColumn - 24, 12),
                            Qt::AlignLeft | Qt::AlignVCenter,
                            tr("hidden figures (%1)").arg(SmallCellPolicy::mark()));
             }
             months->draw(p, y + 24);
         }});

    // Each table with its chart under it, kept on one page.
    for (int ti = 0; ti < b.tables.size(); ++ti) {
        const BilanTable &t = b.tables.at(ti);
        auto table = std::make_shared<Table>();
        if (t.comparesYears)
            table->headers = QStringList{t.itemHeader, year, previous, tr("Change")};
        else
            table->headers = QStringList{t.itemHeader, year};
        auto chart = std::make_shared<BarChart>();
        chart->seriesNames = QStringList{year};
        if (t.comparesYears)
            chart->seriesNames << previous;
        chart->colors = {kCurrent, kPrevious};
        chart->values = QList<QList<qint64>>(chart->seriesNames.size());
        chart->texts = QList<QStringList>(chart->seriesNames.size());
        int row = 0;
        auto add = [&](const QString &label, const QString &color, qint64 count, qint64 before,
                       bool total) {
            const bool masked[] = {m_policy.enabled && hidden.now.at(ti).at(row),
                                   m_policy.enabled && hidden.before.at(ti).at(row)};
            ++row;
            Table::Row r{{label, m_policy.format(count, masked[0], locale)}, color, total};
            if (t.comparesYears)
                r.cells << m_policy.format(before, masked[1], locale)
                        << formatChange(m_policy.change(count, before, masked[0] || masked[1]),
                                        locale);
            table->rows << r;
            if (total)
                return;
            chart->labels << label;
            const qint64 values[] = {count, before};
            for (int s = 0; s < chart->seriesNames.size(); ++s) {
                chart->values[s] << (masked[s] ? 0 : values[s]);
                chart->texts[s] << m_policy.format(values[s], masked[s], locale);
            }
        };
        for (const BilanLine &l : t.lines)
            add(l.label, l.color, l.count, l.previous, false);
        if (t.otherLines > 0)
            add(tr("Other (%Ln lines)", nullptr, t.otherLines), {}, t.otherCount, t.otherPrevious,
                false);
        add(tr("Total"), {}, t.total, t.previousTotal, true);
        table->layout();
        const bool drawsChart = !chart->labels.isEmpty() && chart->labels.size() <= 20;
        const qreal titleHeight = wrappedHeight(font(13, true), t.title, kContentW) + 8;
        const qreal height =
            titleHeight + table->height() + (drawsChart ? 18 + chart->height() : 0);
        blocks.push_back(
            {height, false, [&t, table, chart, drawsChart, titleHeight](QPainter &p, qreal top) {
                 drawTitle(p, top, t.title);
                 table->draw(p, top + titleHeight);
                 if (drawsChart)
                     chart->draw(p, top + titleHeight + table->height() + 18);
             }});
    }

    // Paginate (a block never splits: a chart stays with its table), then draw with
    // "page n / N".
    std::vector<std::vector<std::pair<const Block *, qreal>>> pages(1);
    qreal y = 0;
    for (const Block &block : blocks) {
        if ((block.newPage && !pages.back().empty()) ||
            (y + block.height > kContentH && !pages.back().empty())) {
            pages.emplace_back();
            y = 0;
        }
        pages.back().emplace_back(&block, y);
        y += block.height + kGap;
    }

    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRect page = painter.viewport();
    const qreal scale = std::min(page.width() / kPageW, page.height() / kPageH);
    const int total = int(pages.size());
    for (int n = 0; n < total; ++n) {
        if (n > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(kMargin, kMargin);
        for (const auto &[block, top] : pages.at(n)) {
            painter.save();
            block->draw(painter, top);
            painter.restore();
        }
        painter.setPen(kMuted);
        painter.setFont(font(8));
        const qreal footer = kPageH - 2 * kMargin - 10;
        painter.drawText(QRectF(0, footer, kContentW - 60, 14), Qt::AlignLeft,
                         tr("%1 — activity report %2").arg(b.cite, year));
        painter.drawText(QRectF(0, footer, kContentW, 14), Qt::AlignRight,
                         tr("Page %1 / %2").arg(n + 1).arg(total));
        painter.restore();
    }
    painter.end();
    return total;
}

QString ReportDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    // PDF/A-1b: fonts embedded, colours declared, metadata in XMP, so it can be archived.
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    const QString title = tr("Activity report %1 — %2").arg(m_bilan.year).arg(m_bilan.cite);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Passages"));
    // Qt 6.4 has no setAuthor(): the author (the Cité) goes into the XMP metadata, which
    // then replaces Qt's own; the dates must equal the Info dictionary's, which Qt takes
    // when painting starts: start on a fresh second so both read the same.
    QDateTime now = QDateTime::currentDateTime();
    if (now.time().msec() > 800) {
        QThread::msleep(1001 - now.time().msec());
        now = QDateTime::currentDateTime();
    }
    auto xml = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    const QString date = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n"
            "      <dc:title><rdf:Alt><rdf:li "
            "xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "      <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "    </rdf:Description>\n"
            "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" "
            "xmp:CreatorTool=\"Passages\" xmp:CreateDate=\"%3\" xmp:ModifyDate=\"%3\"/>\n"
            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" "
            "pdf:Producer=\"Qt %4\"/>\n"
            "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" "
            "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
            "  </rdf:RDF>\n"
            "</x:xmpmeta>\n"
            "<?xpacket end='w'?>")
            .arg(xml(title), xml(m_bilan.cite), date, QString::fromLatin1(qVersion()));
    writer.setDocumentXmpMetadata(xmp.toUtf8());
    if (render(writer) == 0)
        return tr("Cannot write %1.").arg(path);
    if (!QFile::exists(path))
        return tr("Cannot write %1.").arg(path);
    return {};
}

} // namespace passages::ui
