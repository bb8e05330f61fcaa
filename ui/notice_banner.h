// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTimer;

namespace passages::ui {

/// The line under a recording form: a confirmation (✓, green, gone after a few seconds)
/// or why nothing was done (⚠, red, stays until the next notice). The desk's and the
/// interviews' forms share it.
class NoticeBanner final : public QLabel
{
    Q_OBJECT

public:
    /// `name` is the object name (tests and the style sheet find the banner by it).
    NoticeBanner(const QString &name, QWidget *parent);
    /// Shows `text` (empty: clears the banner).
    void notify(const QString &text, bool error);

private:
    QTimer *m_timer = nullptr;
};

} // namespace passages::ui
