// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/option_button.h"

#include "ui/style.h"

#include <QPainter>
#include <QPainterPath>

namespace passages::ui {

namespace {

constexpr int kPadX = 8;
constexpr qreal kRadius = 7.0;
constexpr int kStripe = 5;

int longestWordWidth(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word));
    return widest;
}

QFont digitFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() * 0.78);
    return f;
}

} // namespace

OptionButton::OptionButton(const QString &text, QWidget *parent) : QAbstractButton(parent)
{
    setText(text);
    setCheckable(true);
    // The group owns keyboard focus: the digits act on the group, not on a button.
    setFocusPolicy(Qt::NoFocus);
    // Width: the grid's equal column stretch decides, above the minimum set by
    // ChoiceGroup (long words must fit); height: the row's tallest button decides.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAttribute(Qt::WA_Hover);
    setToolTip(text);
}

void OptionButton::setDigit(int digit)
{
    m_digit = digit;
    updateGeometry();
    update();
}

void OptionButton::setColor(const QColor &color, bool stripe)
{
    m_color = color;
    m_stripe = stripe;
    update();
}

void OptionButton::setQuiet(bool quiet)
{
    m_quiet = quiet;
    update();
}

void OptionButton::setMinimumButtonHeight(int height)
{
    m_minHeight = height;
    // A compact form (ChoiceGroup::setCompact) also narrows the room around the label.
    m_padY = height < 48 ? 2 : 6;
    updateGeometry();
}

void OptionButton::setEmphasis(bool bold)
{
    QFont f = font();
    f.setBold(bold);
    setFont(f);
    updateGeometry();
}

int OptionButton::badgeSize() const
{
    // The digit sits in the top-left corner, like the legend of a key.
    return m_digit > 0 ? QFontMetrics(digitFont(font())).horizontalAdvance(QLatin1Char('8')) + 4
                       : 0;
}

QRect OptionButton::textRect(const QRect &inside) const
{
    // Symmetric margins keep centred text centred; the digit lives in the left one.
    const int side = kPadX + std::max(m_stripe ? kStripe : 0, badgeSize());
    return QRect(QPoint(inside.left() + side, inside.top() + m_padY),
                 QPoint(inside.right() - side, inside.bottom() - m_padY));
}

QSize OptionButton::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int chrome = 2 * (kPadX + std::max(m_stripe ? kStripe : 0, badgeSize()));
    const int width = chrome + longestWordWidth(fm, text());
    // Not the height at this narrowest width: layouts and the scroll area would then
    // reserve room for the tallest wrapping; heightForWidth() gives the real height.
    return QSize(width, m_minHeight);
}

QSize OptionButton::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int chrome = 2 * (kPadX + std::max(m_stripe ? kStripe : 0, badgeSize()));
    // Prefer about two lines for long labels rather than one very wide button.
    const int full = fm.horizontalAdvance(text());
    const int width =
        chrome + std::max(longestWordWidth(fm, text()), std::min(full, full / 2 + 40));
    return QSize(width, heightForWidth(width));
}

int OptionButton::heightForWidth(int width) const
{
    const QRect text = textRect(QRect(0, 0, width, 10000));
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, std::max(1, text.width()), 10000),
                                                    Qt::TextWordWrap, this->text());
    return std::max(m_minHeight, needed.height() + 2 * m_padY + 2);
}

void OptionButton::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void OptionButton::leaveEvent(QEvent *event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void OptionButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor fill = m_color.isValid() ? m_color : colors::accent;
    const bool on = isChecked();

    const bool loud = on && !m_quiet;
    QColor background = loud ? fill : on ? mix(colors::card, fill, 0.12) : colors::card;
    if (isDown())
        background = loud ? fill.darker(115) : mix(colors::card, fill, 0.22);
    else if (m_hover && isEnabled())
        background = loud ? fill.lighter(108) : mix(background, fill, 0.08);
    const QColor foreground = loud ? readableTextOn(background) : colors::text;

    QPainterPath shape;
    shape.addRoundedRect(frame, kRadius, kRadius);
    p.fillPath(shape, background);
    if (m_stripe && !loud) {
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(frame.left(), frame.top(), kStripe, frame.height()), fill);
        p.restore();
    }
    p.setPen(QPen(on ? (loud ? fill.darker(125) : fill) : colors::border, on ? 1.5 : 1.0));
    p.drawPath(shape);

    if (m_digit > 0) {
        p.setFont(digitFont(font()));
        p.setPen(loud ? mix(foreground, background, 0.25) : colors::muted);
        const QRectF corner(frame.left() + (m_stripe && !loud ? kStripe + 3 : 5), frame.top() + 3,
                            badgeSize(), QFontMetrics(digitFont(font())).height());
        p.drawText(corner, Qt::AlignLeft | Qt::AlignTop, QString::number(m_digit));
    }

    p.setFont(font());
    p.setPen(isEnabled() ? foreground : colors::muted);
    p.drawText(textRect(rect()), Qt::AlignCenter | Qt::TextWordWrap, text());
}

} // namespace passages::ui
