// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/form_row.h"

#include "ui/style.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace passages::ui {

FormRow::FormRow(const QString &title, const QString &hint, QWidget *field, QWidget *parent)
    : QWidget(parent), m_field(field)
{
    m_titleBox = new QWidget(this);
    auto *titles = new QVBoxLayout(m_titleBox);
    titles->setContentsMargins(0, 0, 0, 0);
    titles->setSpacing(0);
    m_title = new QLabel(title, m_titleBox);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.05);
    m_title->setFont(bold);
    m_title->setWordWrap(true); // "Première visite" may take two lines
    m_hint = new QLabel(hint, m_titleBox);
    m_hint->setWordWrap(true); // "le vôtre : reste sélectionné" is wider than the column
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_hint->setFont(small);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, colors::muted);
    m_hint->setPalette(muted);
    m_hint->setVisible(!hint.isEmpty());
    m_title->setBuddy(field);
    // Qt finds a buddy label only among the field's siblings: name the field here.
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    if (field->accessibleDescription().isEmpty() && !hint.isEmpty())
        field->setAccessibleDescription(hint);
    titles->addStretch();
    titles->addWidget(m_title);
    titles->addWidget(m_hint);
    titles->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 5, 8, 5);
    layout->setSpacing(12);
    layout->addWidget(m_titleBox, 0);
    layout->addWidget(field, 1);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if ((old && isAncestorOf(old)) || (now && isAncestorOf(now)))
            update();
    });
}

void FormRow::setCompact(bool compact)
{
    layout()->setContentsMargins(12, compact ? 1 : 5, 8, compact ? 1 : 5);
}

void FormRow::setTitleWidth(int width)
{
    m_titleBox->setFixedWidth(width);
}

int FormRow::titleWidthHint() const
{
    // Long titles wrap rather than push every field to the right.
    const int cap = m_title->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 8;
    return std::min(cap, std::max(m_title->sizeHint().width(), m_hint->sizeHint().width()));
}

bool FormRow::focusInside() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus && isAncestorOf(focus);
}

void FormRow::paintEvent(QPaintEvent *)
{
    if (!focusInside())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.fillPath(shape, mix(colors::window, colors::accent, 0.10));
    p.save();
    p.setClipPath(shape);
    p.fillRect(QRect(0, 0, 4, height()), colors::accent);
    p.restore();
}

} // namespace passages::ui
