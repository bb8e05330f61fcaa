// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/spine_labels.h"

#include "core/fonds/fonds.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>

namespace passages::ui {

Result<int> SpineLabelWriter::write(const QString &path, const QStringList &titleIds) const
{
    struct Label
    {
        QStringList lines;
        QString inventory;
    };
    QList<Label> labels;
    for (const QString &id : titleIds) {
        Result<Title> t = m_fonds.catalogue().title(id);
        if (!t)
            return t.error();
        Result<QList<Copy>> copies = m_fonds.catalogue().copiesOf(id);
        if (!copies)
            return copies.error();
        for (const Copy &c : *copies)
            if (c.status == CopyStatus::OnShelf || c.status == CopyStatus::Reserve)
                labels << Label{FondsCatalogue::spineLabel(*t), c.inventory};
    }
    if (labels.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The selected titles have no copy on the shelves."));

    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(tr("Spine labels"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    const qreal mm = pdf.resolution() / 25.4;
    constexpr int columns = 3;
    constexpr int rows = 8;
    const QSizeF cell(70 * mm, 37 * mm);
    QFont big(QStringLiteral("Sans Serif"));
    big.setPixelSize(int(7 * mm));
    big.setBold(true);
    QFont small(QStringLiteral("Sans Serif"));
    small.setPixelSize(int(3.5 * mm));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int onPage = int(i % (columns * rows));
        if (i > 0 && onPage == 0)
            pdf.newPage();
        const QRectF box(
            QPointF((onPage % columns) * cell.width(), (onPage / columns) * cell.height()), cell);
        const QRectF inner = box.adjusted(4 * mm, 3 * mm, -4 * mm, -3 * mm);
        painter.setFont(big);
        painter.drawText(inner.adjusted(0, 0, 0, -5 * mm), Qt::AlignCenter,
                         labels.at(i).lines.join(QLatin1Char('\n')));
        painter.setFont(small);
        painter.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, labels.at(i).inventory);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    return int(labels.size());
}

} // namespace passages::ui
