// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/focus_ring.h"

#include "ui/style.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace passages::ui {

namespace {
QPointer<FocusRing> g_ring;
} // namespace

FocusRing::FocusRing() : QWidget(nullptr)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void FocusRing::install()
{
    if (g_ring)
        return;
    // Lives as long as the application, reparented to each focused widget's parent.
    auto *ring = new FocusRing;
    g_ring = ring;
    QObject::connect(qApp, &QApplication::focusChanged, ring,
                     [ring](QWidget *, QWidget *now) { ring->follow(now); });
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, ring, [ring] { delete ring; });
}

QWidget *FocusRing::frameOf(const QWidget *widget)
{
    return g_ring && widget && g_ring->m_target == widget ? g_ring.data() : nullptr;
}

QColor FocusRing::color()
{
    return colors::accent;
}

void FocusRing::follow(QWidget *widget)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = widget;
    // Windows and menus have no parent to draw in; they show focus their own way.
    if (!widget || widget->isWindow() || !widget->parentWidget()) {
        hide();
        setParent(nullptr);
        return;
    }
    widget->installEventFilter(this);
    if (parentWidget() != widget->parentWidget()) {
        setParent(widget->parentWidget());
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    // Around the widget, kept inside its parent (a ring cut off would not show).
    const int m = width();
    setGeometry(m_target->geometry().adjusted(-m, -m, m, m) & parentWidget()->rect());
    QRegion ring(rect());
    ring -= QRegion(rect().adjusted(m, m, -m, -m));
    setMask(ring);
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), color());
}

} // namespace passages::ui
