// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QColor>

namespace passages::ui {

/// A large checkable button for touch screens: its digit (the key that picks it in the
/// focused group) in the corner and a centred label that wraps on several lines, filled
/// with its colour when checked. Painted by hand because QPushButton neither wraps text nor picks a
/// readable text colour on an arbitrary referential colour.
class OptionButton final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit OptionButton(const QString &text, QWidget *parent = nullptr);

    /// 1..9; 0 shows no digit.
    void setDigit(int digit);
    int digit() const { return m_digit; }
    /// The fill when checked; a coloured stripe shows it when unchecked too (pôles).
    void setColor(const QColor &color, bool stripe);
    void setMinimumButtonHeight(int height);
    void setEmphasis(bool bold);
    /// The group's default ("not stated", "on site"): shown checked but quiet, so the
    /// eye goes to what the agent actually chose.
    void setQuiet(bool quiet);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRect textRect(const QRect &inside) const;
    int badgeSize() const;

    int m_digit = 0;
    QColor m_color;
    bool m_stripe = false;
    int m_minHeight = 48;
    int m_padY = 6; ///< room above and below the label
    bool m_hover = false;
    bool m_quiet = false;
};

} // namespace passages::ui
