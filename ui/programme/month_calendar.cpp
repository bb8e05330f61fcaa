// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/month_calendar.h"

#include "ui/style.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

namespace passages::ui {

void MonthCalendar::setTitles(QHash<QDate, QStringList> titles)
{
    m_titles = std::move(titles);
    updateCells();
}

void MonthCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    const QStringList titles = m_titles.value(date);
    if (titles.isEmpty()) {
        QCalendarWidget::paintCell(painter, rect, date);
        return;
    }
    // The day's number on top, then one line per session, elided to the cell's width.
    painter->save();
    const bool selected = date == selectedDate();
    const bool otherMonth = date.month() != monthShown();
    const QColor background =
        selected ? colors::accent : mix(colors::card, colors::accent, otherMonth ? 0.05 : 0.12);
    const QColor ink = selected     ? readableTextOn(colors::accent)
                       : otherMonth ? colors::muted
                                    : colors::text;
    painter->fillRect(rect.adjusted(1, 1, -1, -1), background);
    const QRect inner = rect.adjusted(4, 2, -4, -2);
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ink);
    const QFontMetrics numberMetrics(bold);
    painter->drawText(inner, Qt::AlignTop | Qt::AlignHCenter, QString::number(date.day()));

    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    painter->setFont(small);
    painter->setPen(selected ? ink : colors::accent.darker(110));
    const QFontMetrics metrics(small);
    int y = inner.top() + numberMetrics.height();
    const int lineHeight = metrics.height();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const bool last = y + 2 * lineHeight > inner.bottom() + 1;
        if (y + lineHeight > inner.bottom() + 1)
            break;
        const qsizetype rest = titles.size() - i;
        const QString line = last && rest > 1
                                 ? tr("+%1 more").arg(QLocale().toString(qlonglong(rest)))
                                 : metrics.elidedText(titles.at(i), Qt::ElideRight, inner.width());
        painter->drawText(QRect(inner.left(), y, inner.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
        if (last)
            break;
    }
    painter->restore();
}

} // namespace passages::ui
