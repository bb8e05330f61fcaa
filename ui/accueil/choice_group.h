// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/referential/referential.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace passages::ui {

class OptionButton;

struct ChoiceOption
{
    QString code;
    QString label;
    QColor color; ///< invalid: the group's accent
};

/// One choice of the desk form as a focusable row of big checkable buttons. The group,
/// not its buttons, takes keyboard focus: digits 1..9 pick the n-th option and ask to
/// move on, 0 picks the default and moves on, Backspace/Delete go back to the default,
/// Left/Right step through the options, Up/Down ask for the previous/next group.
/// Keys it does not use (Enter, Escape) travel on to the parent.
class ChoiceGroup final : public QWidget
{
    Q_OBJECT

public:
    explicit ChoiceGroup(QWidget *parent = nullptr);

    void setOptions(const QList<ChoiceOption> &options);
    /// Adds an option unless present (an entry corrected later may use a retired code).
    void ensureOption(const ChoiceOption &option);
    const QList<ChoiceOption> &options() const { return m_options; }
    int count() const { return int(m_options.size()); }

    /// Buttons per row.
    void setColumns(int columns);
    void setAccentColor(const QColor &color);
    /// Pôles: coloured stripe, bold labels, taller buttons.
    void setProminent(bool prominent);
    /// Shorter buttons, closer together: a form with the optional rows shown must still
    /// fit a 1366×768 screen unscrolled. Still a finger's height.
    void setCompact(bool compact);
    /// The code reset() and Backspace come back to; empty means "nothing chosen".
    void setDefaultCode(const QString &code);
    /// Shown in place of buttons when there are no options.
    void setPlaceholder(const QString &text);

    QString current() const;
    void setCurrent(const QString &code);
    void reset();

    /// The option button of a code (tests, screenshots); nullptr when absent.
    OptionButton *button(const QString &code) const;

signals:
    void currentChanged(const QString &code);
    /// The agent made a choice: the form moves focus to the next group.
    void advanceRequested();
    void retreatRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void select(int index);
    void choose(int index);

    int buttonHeight() const;

    QList<ChoiceOption> m_options;
    QList<OptionButton *> m_buttons;
    QGridLayout *m_grid = nullptr;
    QLabel *m_placeholder = nullptr;
    QColor m_accent;
    QString m_defaultCode;
    int m_columns = 6;
    int m_current = -1;
    bool m_prominent = false;
    bool m_compact = false;
};

/// A group of the active categories of `kind` (pôles in their colours), none chosen:
/// what the desk's and the interviews' forms offer.
ChoiceGroup *makeChoiceGroup(const Referential &referential, Referential::Kind kind,
                             const QString &name, int columns, const QString &defaultCode,
                             QWidget *parent);

/// Offers in `themes` the themes of `pole`, in its colour, none chosen (a theme belongs
/// to one pôle); `noPole` and `noTheme` say why the group is empty.
void offerThemesOf(ChoiceGroup &themes, const Referential &referential, const QString &pole,
                   const QString &noPole, const QString &noTheme);

} // namespace passages::ui
