// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notice_banner.h"

#include "ui/style.h"

#include <QTimer>

namespace passages::ui {

namespace {
constexpr int kConfirmationMs = 6000;
} // namespace

NoticeBanner::NoticeBanner(const QString &name, QWidget *parent)
    : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(name);
    setWordWrap(true);
    setMinimumHeight(44);
    setTextFormat(Qt::PlainText);
    // Margins rather than style-sheet padding: QLabel counts them when it wraps.
    setContentsMargins(12, 7, 12, 7);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { notify(QString(), false); });
    notify(QString(), false);
}

void NoticeBanner::notify(const QString &text, bool error)
{
    setText(text.isEmpty()
                ? QString()
                : (error ? QStringLiteral("\u26a0  ") : QStringLiteral("\u2713  ")) + text);
    const QColor fg = error ? colors::danger : colors::success;
    const QColor bg = error ? colors::dangerBackground : colors::successBackground;
    setStyleSheet(
        text.isEmpty()
            ? QStringLiteral("QLabel#%1 { border: 1px solid transparent; }").arg(objectName())
            : QStringLiteral("QLabel#%1 { color: %2; background: %3; border: 1px solid "
                             "%4; border-radius: 8px; font-weight: 600; }")
                  .arg(objectName(), fg.name(), bg.name(), mix(bg, fg, 0.35).name()));
    if (text.isEmpty() || error)
        m_timer->stop();
    else
        m_timer->start(kConfirmationMs);
}

} // namespace passages::ui
