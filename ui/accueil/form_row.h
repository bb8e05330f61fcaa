// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace passages::ui {

/// One line of the desk form: a title (and a hint such as "optional") in a fixed-width
/// column, the field beside it, and a highlight while the field has keyboard focus, so
/// the agent always sees which group the digits will act on.
class FormRow final : public QWidget
{
    Q_OBJECT

public:
    FormRow(const QString &title, const QString &hint, QWidget *field, QWidget *parent = nullptr);

    QWidget *field() const { return m_field; }
    void setTitleWidth(int width);
    int titleWidthHint() const;
    /// Less room above and below (the form with its optional rows shown).
    void setCompact(bool compact);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool focusInside() const;

    QWidget *m_field;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_titleBox;
};

} // namespace passages::ui
