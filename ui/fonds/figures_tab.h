// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSpinBox;
class QStandardItemModel;

namespace passages {
class Fonds;
} // namespace passages

namespace passages::ui {

/// The yearly figures tab: the fonds' figures of a year beside the year before, and the
/// same by theme.
class FiguresTab final : public QWidget
{
    Q_OBJECT

public:
    explicit FiguresTab(Fonds &fonds, QWidget *parent = nullptr);

public slots:
    /// Re-reads the figures of the year in the spin box.
    void refreshFigures();

signals:
    /// A problem reading the figures (`error` is always true).
    void notice(const QString &text, bool error);

private:
    Fonds &m_fonds;
    QSpinBox *m_figuresYear = nullptr;
    QStandardItemModel *m_figures = nullptr;
    QStandardItemModel *m_figuresThemes = nullptr;
};

} // namespace passages::ui
