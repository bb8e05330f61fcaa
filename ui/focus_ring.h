// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointer>
#include <QWidget>

namespace passages::ui {

/// A visible focus indicator on every screen (RGAA 10.7, WCAG 2.4.7): Fusion marks the
/// focus with a faint 1 px line; this draws a ring of width() px in color() (3:1 or more
/// against the window and the cards) around whichever widget has the keyboard. One ring
/// per application follows the focus; it takes no mouse, no focus and no room in layouts.
class FocusRing final : public QWidget
{
    Q_OBJECT

public:
    /// Once, after the QApplication exists (applyStyle() does it).
    static void install();
    /// The ring shown around `widget` (it has the focus), or nullptr.
    static QWidget *frameOf(const QWidget *widget);
    static int width() { return 3; }
    static QColor color();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusRing();
    void follow(QWidget *widget);
    void place();

    QPointer<QWidget> m_target;
};

} // namespace passages::ui
