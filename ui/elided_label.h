// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace passages::ui {

/// A one-line label for messages of any length (a saved file's path, a sync error): it
/// never asks for more width than a few words, so no message widens the window; what
/// does not fit ends in "…" and the whole text is its tooltip. Plain text only.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    /// The text does not fit: it is shown cut.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace passages::ui
