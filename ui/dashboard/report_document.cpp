// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/report_document.h"

#include "ui/dashboard/charts.h"
#include "ui/style.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QFile>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <functional>
#include <memory>
#include <vector>

namespace passages::ui {

namespace {

// The page is laid out in points (A4: 595 x 842).
constexpr qreal kPageW = 595, kPageH = 842, kMargin = 48, kFooter = 28;
constexpr qreal kContentW = kPageW - 2 * kMargin;
constexpr qreal kContentH = kPageH - 2 * kMargin - kFooter;

QFont font(qreal px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(px + 0.5))); // points: the page is laid out in points
    f.setBold(bold);
    return f;
}

struct Block
{
    qreal height = 0;
    bool newPage = false; ///< starts on a fresh page
    std::function<void(QPainter &, qreal top)> draw;
};

/// Renders a chart (built for the screen) into `target`, as vectors. Its legend is drawn
/// here in two columns under it: on a page, Qt's legend would cut long pôle names.
void drawChart(QPainter &painter, QChart *chart, const QRectF &target)
{
    struct Entry
    {
        QString label;
        QBrush brush;
        QPen pen;
    };
    QList<Entry> entries;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                entries << Entry{set->label(), set->brush(), QPen(set->borderColor())};
        else if (auto *line = qobject_cast<QLineSeries *>(series))
            entries << Entry{line->name(), Qt::NoBrush, line->pen()};
    }
    chart->legend()->hide();
    const qreal entryHeight = 11;
    const int rows = int((entries.size() + 1) / 2);
    const QRectF chartRect = target.adjusted(0, 0, 0, -rows * entryHeight - 4);

    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it from now on
    const QSizeF size(760, 760 * chartRect.height() / chartRect.width());
    chart->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, chartRect, scene.sceneRect());

    painter.save();
    painter.setFont(font(7.5));
    const qreal column = target.width() / 2;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const QPointF at(target.left() + (i % 2) * column + 30,
                         chartRect.bottom() + 4 + (i / 2) * entryHeight);
        const QRectF swatch(at.x(), at.y() + 2, 9, 7);
        if (e.brush.style() == Qt::NoBrush) {
            QPen pen = e.pen;
            pen.setWidthF(1.2);
            painter.setPen(pen);
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()),
                             QPointF(swatch.right(), swatch.center().y()));
        } else {
            painter.fillRect(swatch, Qt::white);
            painter.fillRect(swatch, e.brush);
            painter.setPen(QPen(colors::muted, 0.3));
            painter.drawRect(swatch);
        }
        painter.setPen(colors::text);
        painter.drawText(
            QRectF(at.x() + 13, at.y(), column - 50, entryHeight), Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(e.label, Qt::ElideRight, int(column - 50)));
    }
    painter.restore();
}

} // namespace

ReportDocument::ReportDocument(const Bilan &bilan, const SmallCellPolicy &policy)
    : m_bilan(bilan), m_policy(policy)
{}

int ReportDocument::render(QPagedPaintDevice &device) const
{
    const QLocale locale;
    const Bilan &b = m_bilan;
    const QString year = QString::number(b.year);
    const QString previous = QString::number(b.year - 1);
    std::vector<Block> blocks;

    // Title page.
    blocks.push_back(
        {kContentH, false, [&](QPainter &p, qreal top) {
             p.fillRect(QRectF(-kMargin, top - kMargin, kPageW, 300), colors::accent);
             p.setPen(Qt::white);
             p.setFont(font(15));
             p.drawText(QRectF(0, top + 40, kContentW, 30), Qt::AlignLeft, b.cite);
             p.setFont(font(34, true));
             p.drawText(QRectF(0, top + 90, kContentW, 90), Qt::AlignLeft | Qt::TextWordWrap,
                        tr("Activity report %1").arg(year));
             p.setFont(font(13));
             p.drawText(QRectF(0, top + 190, kContentW, 24), Qt::AlignLeft,
                        tr("Key figures compared with %1").arg(previous));
             p.setPen(colors::text);
             p.setFont(font(12));
             p.drawText(QRectF(0, top + 300, kContentW, 40), Qt::AlignLeft | Qt::TextWordWrap,
                        tr("Scope: %1").arg(b.scope));
             p.setPen(colors::muted);
             p.setFont(font(10));
             QString note = tr("Produced by Passages on %1. Walk-ins are anonymous "
                               "tallies; group sizes are counted; deleted entries "
                               "are not.")
                                .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat));
             if (m_policy.enabled)
                 note += QLatin1Char(' ') + tr("Counts below %1 are shown as \"< %1\" to protect "
                                               "anonymity.")
                                                .arg(m_policy.threshold);
             p.drawText(QRectF(0, top + 350, kContentW, 60), Qt::AlignLeft | Qt::TextWordWrap,
                        note);
         }});

    // Key figures.
    const qreal headlineRow = 22;
    blocks.push_back(
        {34 + headlineRow * (b.headlines.size() + 1), true, [&](QPainter &p, qreal top) {
             p.setPen(colors::text);
             p.setFont(font(16, true));
             p.drawText(QRectF(0, top, kContentW, 24), Qt::AlignLeft, tr("Key figures"));
             qreal y = top + 34;
             const qreal cols[] = {0, 290, 370, 450, kContentW};
             p.setFont(font(9, true));
             p.fillRect(QRectF(0, y, kContentW, headlineRow), colors::window);
             const QString heads[] = {tr("Figure"), year, previous, tr("Change")};
             for (int c = 0; c < 4; ++c)
                 p.drawText(QRectF(cols[c] + 4, y, cols[c + 1] - cols[c] - 8, headlineRow),
                            (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, heads[c]);
             p.setFont(font(10));
             for (const BilanHeadline &h : b.headlines) {
                 y += headlineRow;
                 auto number = [&](double v) {
                     return h.decimal ? locale.toString(v, 'f', 1)
                                      : m_policy.format(qint64(std::llround(v)), locale);
                 };
                 const std::optional<double> change =
                     h.previous > 0
                         ? std::optional<double>((h.value - h.previous) * 100.0 / h.previous)
                         : std::nullopt;
                 const QString cells[] = {h.label, number(h.value), number(h.previous),
                                          formatChange(change, locale)};
                 for (int c = 0; c < 4; ++c)
                     p.drawText(QRectF(cols[c] + 4, y, cols[c + 1] - cols[c] - 8, headlineRow),
                                (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                cells[c]);
                 p.setPen(colors::border);
                 p.drawLine(QPointF(0, y + headlineRow), QPointF(kContentW, y + headlineRow));
                 p.setPen(colors::text);
             }
         }});

    // The year month by month.
    blocks.push_back({300, false, [&](QPainter &p, qreal top) {
                          drawChart(p,
                                    Charts::stacked(b.months, Charts::Labels::Months,
                                                    tr("Contacts by month and pôle, %1").arg(year),
                                                    &b.previousMonths),
                                    QRectF(0, top + 10, kContentW, 285));
                      }});

    // Each table, then its chart when it has few enough lines to read as bars.
    const qreal row = 16;
    for (const BilanTable &t : b.tables) {
        const int lines = int(t.lines.size()) + (t.otherLines > 0 ? 1 : 0) + 1;
        const qreal tableHeight = 30 + row * (lines + 1) + 12;
        blocks.push_back(
            {tableHeight, false, [&, lines](QPainter &p, qreal top) {
                 p.setPen(colors::text);
                 p.setFont(font(13, true));
                 p.drawText(QRectF(0, top, kContentW, 20), Qt::AlignLeft, t.title);
                 qreal y = top + 26;
                 const bool compares = t.comparesYears;
                 const qreal cols[] = {0, compares ? 300.0 : 400.0, compares ? 370.0 : kContentW,
                                       440, kContentW};
                 const int columns = compares ? 4 : 2;
                 p.fillRect(QRectF(0, y, kContentW, row), colors::window);
                 p.setFont(font(8.5, true));
                 const QString heads[] = {t.itemHeader, year, previous, tr("Change")};
                 for (int c = 0; c < columns; ++c)
                     p.drawText(QRectF(cols[c] + 4, y, cols[c + 1] - cols[c] - 8, row),
                                (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                heads[c]);
                 auto line = [&](const QString &label, const QString &color, qint64 count,
                                 qint64 before, bool bold) {
                     y += row;
                     p.setFont(font(8.5, bold));
                     qreal x = 4;
                     if (!color.isEmpty()) {
                         p.fillRect(QRectF(4, y + 4, 8, 8), QColor(color));
                         x = 16;
                     }
                     p.setPen(colors::text);
                     const QString cells[] = {label, m_policy.format(count, locale),
                                              m_policy.format(before, locale),
                                              formatChange(m_policy.change(count, before), locale)};
                     for (int c = 0; c < columns; ++c) {
                         const qreal left = c == 0 ? x : cols[c] + 4;
                         p.drawText(QRectF(left, y, cols[c + 1] - left - 4, row),
                                    (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                    p.fontMetrics().elidedText(cells[c], Qt::ElideRight,
                                                               int(cols[c + 1] - left - 4)));
                     }
                     p.setPen(colors::border);
                     p.drawLine(QPointF(0, y + row), QPointF(kContentW, y + row));
                 };
                 for (const BilanLine &l : t.lines)
                     line(l.label, l.color, l.count, l.previous, false);
                 if (t.otherLines > 0)
                     line(tr("Other (%n lines)", nullptr, t.otherLines), {}, t.otherCount,
                          t.otherPrevious, false);
                 line(tr("Total"), {}, t.total, t.previousTotal, true);
                 Q_UNUSED(lines);
             }});
        if (t.comparesYears && !t.lines.isEmpty() && t.lines.size() <= 12)
            blocks.push_back({215, false, [&](QPainter &p, qreal top) {
                                  drawChart(p, Charts::comparison(t, b.year, t.title),
                                            QRectF(0, top, kContentW, 200));
                              }});
    }

    // Paginate, then draw with "page n / N".
    std::vector<std::vector<std::pair<const Block *, qreal>>> pages(1);
    qreal y = 0;
    for (const Block &block : blocks) {
        if ((block.newPage && !pages.back().empty()) ||
            (y + block.height > kContentH && !pages.back().empty())) {
            pages.emplace_back();
            y = 0;
        }
        pages.back().emplace_back(&block, y);
        y += block.height + 14;
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
        painter.setPen(colors::muted);
        painter.setFont(font(8));
        const qreal footer = kPageH - 2 * kMargin - 10;
        painter.drawText(QRectF(0, footer, kContentW, 14), Qt::AlignLeft,
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
    writer.setTitle(tr("Activity report %1 — %2").arg(m_bilan.year).arg(m_bilan.cite));
    writer.setCreator(QStringLiteral("Passages"));
    if (render(writer) == 0)
        return tr("Cannot write %1.").arg(path);
    if (!QFile::exists(path))
        return tr("Cannot write %1.").arg(path);
    return {};
}

} // namespace passages::ui
