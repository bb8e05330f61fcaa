// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style.h"

#include "ui/accessible_names.h"
#include "ui/focus_ring.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

#include <cmath>

namespace passages::ui {

namespace {

qreal channel(qreal c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(qreal a, qreal b)
{
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace

QColor readableTextOn(const QColor &background)
{
    const qreal l = luminance(background);
    return contrast(l, 1.0) >= contrast(l, luminance(colors::text)) ? QColor(Qt::white)
                                                                    : colors::text;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void applyStyle()
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette p;
    p.setColor(QPalette::Window, colors::window);
    p.setColor(QPalette::WindowText, colors::text);
    p.setColor(QPalette::Base, colors::card);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Text, colors::text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfa, 0xfb));
    p.setColor(QPalette::ButtonText, colors::text);
    p.setColor(QPalette::Highlight, colors::accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, colors::card);
    p.setColor(QPalette::ToolTipText, colors::text);
    p.setColor(QPalette::PlaceholderText, colors::muted);
    p.setColor(QPalette::Link, colors::accent);
    p.setColor(QPalette::Disabled, QPalette::Text, colors::muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, colors::muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, colors::muted);
    QApplication::setPalette(p);
    QFont font = QApplication::font();
    if (font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5);
    QApplication::setFont(font);
    FocusRing::install();
    installAccessibleNames();
}

} // namespace passages::ui
