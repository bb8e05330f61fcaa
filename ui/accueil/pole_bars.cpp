// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/pole_bars.h"

#include "ui/accueil/pole_counts_model.h"
#include "ui/style.h"

#include <QPainter>

namespace passages::ui {

PoleBars::PoleBars(PoleCountsModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateGeometry();
        update();
    });
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int PoleBars::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize PoleBars::sizeHint() const
{
    return QSize(320, m_model.rowCount() * rowHeight());
}

QSize PoleBars::minimumSizeHint() const
{
    return QSize(200, m_model.rowCount() * rowHeight());
}

void PoleBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int h = rowHeight();
    const int countWidth = fm.horizontalAdvance(QStringLiteral("0000"));
    int longest = 0;
    for (int row = 0; row < m_model.rowCount(); ++row)
        longest = std::max(longest, fm.horizontalAdvance(m_model.index(row, 0).data().toString()));
    // Labels as long as they need, but the bars keep at least 40% of the width.
    const int labelWidth = std::min(longest + 24, int(width() * 0.6));
    const int barLeft = labelWidth + 8;
    const int barWidth = std::max(10, width() - barLeft - countWidth - 8);
    const qint64 most = std::max<qint64>(1, m_model.maximum());
    QFont bold = font();
    bold.setBold(true);

    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex label = m_model.index(row, PoleCountsModel::Pole);
        const qint64 n = m_model.index(row, PoleCountsModel::Count).data().toLongLong();
        const QColor color = label.data(Qt::DecorationRole).value<QColor>();
        const int y = row * h;

        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(0, y + h / 2.0 - 5, 10, 10));
        p.setPen(n > 0 ? colors::text : colors::muted);
        p.setFont(font());
        const QRect labelRect(16, y, labelWidth - 16, h);
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(label.data().toString(), Qt::ElideRight, labelRect.width()));

        const QRectF track(barLeft, y + h / 2.0 - 5, barWidth, 10);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xec, 0xee, 0xf1));
        p.drawRoundedRect(track, 5, 5);
        if (n > 0) {
            QRectF bar = track;
            bar.setWidth(std::max(10.0, track.width() * double(n) / double(most)));
            p.setBrush(color);
            p.drawRoundedRect(bar, 5, 5);
        }
        p.setFont(bold);
        p.setPen(n > 0 ? colors::text : colors::muted);
        p.drawText(QRect(width() - countWidth, y, countWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                   QString::number(n));
    }
}

} // namespace passages::ui
