// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/choice_group.h"

#include "ui/accueil/option_button.h"
#include "ui/style.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace passages::ui {

namespace {

/// An option as assistive technologies must hear it: a radio button (one of a group),
/// checked or not, named by its label, its key in the description.
class OptionAccessible final : public QAccessibleWidget
{
public:
    explicit OptionAccessible(OptionButton *button)
        : QAccessibleWidget(button, QAccessible::RadioButton)
    {}

    QString text(QAccessible::Text t) const override
    {
        const auto *b = static_cast<OptionButton *>(widget());
        if (t == QAccessible::Name)
            return b->text();
        if (t == QAccessible::Description && b->digit() > 0)
            return ChoiceGroup::tr("key %1").arg(b->digit());
        return QAccessibleWidget::text(t);
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.checkable = true;
        s.checked = static_cast<OptionButton *>(widget())->isChecked();
        return s;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction())
            static_cast<OptionButton *>(widget())->click();
    }
};

/// The group: named by its row's title ("Âge", "Public"), so two "Non renseigné" differ.
class GroupAccessible final : public QAccessibleWidget
{
public:
    explicit GroupAccessible(QWidget *group) : QAccessibleWidget(group, QAccessible::Grouping) {}
};

QAccessibleInterface *choiceAccessible(const QString &, QObject *object)
{
    if (auto *button = qobject_cast<OptionButton *>(object))
        return new OptionAccessible(button);
    if (auto *group = qobject_cast<ChoiceGroup *>(object))
        return new GroupAccessible(group);
    return nullptr;
}

} // namespace

ChoiceGroup::ChoiceGroup(QWidget *parent) : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(choiceAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_placeholder = new QLabel(this);
    m_placeholder->setMinimumHeight(44);
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, colors::muted);
    m_placeholder->setPalette(muted);
    m_placeholder->hide();
    setFocusPolicy(Qt::NoFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChoiceGroup::setOptions(const QList<ChoiceOption> &options)
{
    const QString previous = current();
    m_options = options;
    m_current = -1;
    for (int i = 0; i < m_options.size(); ++i)
        if (m_options[i].code == previous)
            m_current = i;
    rebuild();
    if (current() != previous)
        emit currentChanged(current());
}

void ChoiceGroup::ensureOption(const ChoiceOption &option)
{
    for (const ChoiceOption &o : std::as_const(m_options))
        if (o.code == option.code)
            return;
    QList<ChoiceOption> more = m_options;
    more.append(option);
    setOptions(more);
}

void ChoiceGroup::setColumns(int columns)
{
    m_columns = std::max(1, columns);
    rebuild();
}

void ChoiceGroup::setAccentColor(const QColor &color)
{
    m_accent = color;
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setColor(m_options[i].color.isValid() ? m_options[i].color : m_accent,
                               m_prominent);
}

void ChoiceGroup::setProminent(bool prominent)
{
    m_prominent = prominent;
    rebuild();
}

void ChoiceGroup::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_grid->setSpacing(compact ? 3 : 8);
    for (OptionButton *button : std::as_const(m_buttons))
        button->setMinimumButtonHeight(buttonHeight());
    updateGeometry();
}

int ChoiceGroup::buttonHeight() const
{
    if (m_prominent)
        return m_compact ? 40 : 60;
    return m_compact ? 36 : 50;
}

void ChoiceGroup::setDefaultCode(const QString &code)
{
    m_defaultCode = code;
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setQuiet(!code.isEmpty() && m_options[i].code == code);
}

void ChoiceGroup::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
}

QString ChoiceGroup::current() const
{
    return m_current >= 0 ? m_options[m_current].code : QString();
}

void ChoiceGroup::setCurrent(const QString &code)
{
    int index = -1;
    for (int i = 0; i < m_options.size(); ++i)
        if (m_options[i].code == code)
            index = i;
    select(index);
}

void ChoiceGroup::reset()
{
    setCurrent(m_defaultCode);
}

OptionButton *ChoiceGroup::button(const QString &code) const
{
    for (int i = 0; i < m_options.size(); ++i)
        if (m_options[i].code == code)
            return m_buttons[i];
    return nullptr;
}

void ChoiceGroup::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_grid->removeWidget(m_placeholder);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);

    for (int i = 0; i < m_options.size(); ++i) {
        const ChoiceOption &option = m_options[i];
        auto *button = new OptionButton(option.label, this);
        button->setObjectName(QStringLiteral("option-") + option.code);
        button->setDigit(i < 9 ? i + 1 : 0);
        button->setColor(option.color.isValid() ? option.color : m_accent, m_prominent);
        button->setEmphasis(m_prominent);
        button->setMinimumButtonHeight(buttonHeight());
        button->setQuiet(!option.code.isEmpty() && option.code == m_defaultCode);
        button->setMinimumWidth(button->minimumSizeHint().width());
        button->setChecked(i == m_current);
        connect(button, &QAbstractButton::clicked, this, [this, i] {
            // A touch on the checked option of an optional group takes it back.
            if (i == m_current && m_defaultCode.isEmpty())
                select(-1);
            else
                choose(i);
            setFocus(Qt::MouseFocusReason);
        });
        m_grid->addWidget(button, i / m_columns, i % m_columns);
        button->show(); // the layout would only show it from the event loop: too late for a grab
        m_buttons.append(button);
    }
    // Equal columns even when the last row is short: the buttons line up row to row.
    const int columns = m_options.isEmpty() ? 1 : std::min<int>(m_columns, int(m_options.size()));
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    if (m_options.isEmpty()) {
        m_grid->addWidget(m_placeholder, 0, 0);
        m_placeholder->setVisible(true);
    } else {
        m_placeholder->hide();
    }
    // Nothing to choose: let Tab and the form's "next group" skip this row.
    setFocusPolicy(m_options.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    updateGeometry();
}

void ChoiceGroup::select(int index)
{
    if (index == m_current)
        return;
    if (m_current >= 0 && m_current < m_buttons.size())
        m_buttons[m_current]->setChecked(false);
    const int previous = m_current;
    m_current = index;
    if (m_current >= 0)
        m_buttons[m_current]->setChecked(true);
    // Screen readers hear the change of choice (the buttons never take the focus).
    for (const int i : {previous, m_current}) {
        if (i < 0 || i >= m_buttons.size())
            continue;
        QAccessible::State changed;
        changed.checked = true;
        QAccessibleStateChangeEvent event(m_buttons[i], changed);
        QAccessible::updateAccessibility(&event);
    }
    setAccessibleDescription(m_current >= 0 ? m_options[m_current].label : QString());
    emit currentChanged(current());
}

void ChoiceGroup::choose(int index)
{
    select(index);
    emit advanceRequested();
}

void ChoiceGroup::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_1;
        if (index < m_options.size())
            choose(index);
        event->accept(); // a digit past the end must not reach a parent
        return;
    }
    switch (key) {
    case Qt::Key_0:
        reset();
        emit advanceRequested();
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        reset();
        return;
    case Qt::Key_Left:
        if (!m_options.isEmpty())
            select(m_current <= 0 ? 0 : m_current - 1);
        return;
    case Qt::Key_Right:
        if (!m_options.isEmpty())
            select(std::min<int>(int(m_options.size()) - 1, m_current + 1));
        return;
    case Qt::Key_Home:
        if (!m_options.isEmpty())
            select(0);
        return;
    case Qt::Key_End:
        if (!m_options.isEmpty())
            select(int(m_options.size()) - 1);
        return;
    case Qt::Key_Down:
        emit advanceRequested();
        return;
    case Qt::Key_Up:
        emit retreatRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

ChoiceGroup *makeChoiceGroup(const Referential &referential, Referential::Kind kind,
                             const QString &name, int columns, const QString &defaultCode,
                             QWidget *parent)
{
    auto *group = new ChoiceGroup(parent);
    group->setObjectName(name);
    group->setColumns(columns);
    group->setDefaultCode(defaultCode);
    QList<ChoiceOption> options;
    for (const Category &c : referential.active(kind))
        options.append(ChoiceOption{c.code, c.label(referential.language()),
                                    kind == Referential::Kind::Pole ? QColor(c.color) : QColor()});
    group->setOptions(options);
    return group;
}

void offerThemesOf(ChoiceGroup &themes, const Referential &referential, const QString &pole,
                   const QString &noPole, const QString &noTheme)
{
    QList<ChoiceOption> options;
    if (!pole.isEmpty())
        for (const Category &c : referential.themesOf(pole))
            options.append(ChoiceOption{c.code, c.label(referential.language()), {}});
    themes.setAccentColor(pole.isEmpty() ? colors::accent : QColor(referential.poleColor(pole)));
    themes.setPlaceholder(pole.isEmpty() ? noPole : noTheme);
    themes.setOptions(options);
    themes.reset();
}

} // namespace passages::ui
