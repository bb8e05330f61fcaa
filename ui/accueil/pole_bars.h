// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace passages::ui {

class PoleCountsModel;

/// Today's people per pôle as small horizontal bars in the pôle colours: readable at a
/// glance from the desk, no chart library needed.
class PoleBars final : public QWidget
{
    Q_OBJECT

public:
    explicit PoleBars(PoleCountsModel &model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    PoleCountsModel &m_model;
};

} // namespace passages::ui
