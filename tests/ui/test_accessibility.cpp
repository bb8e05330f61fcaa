// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility as an assistive technology sees it (RGAA 4.1 / WCAG 2.1 AA as the
// reference): through QAccessible, every widget the keyboard can reach has a name; the
// desk's exclusive choices are radio buttons in a named group; the focus is shown by a
// ring of at least 2 px that contrasts 3:1; text contrasts 4.5:1.
#include "screens.h"

#include "ui/accueil/accueil_widget.h"
#include "ui/accueil/choice_group.h"
#include "ui/accueil/option_button.h"
#include "ui/focus_ring.h"
#include "ui/style.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QToolButton>

#include <cmath>

using namespace passages;
using namespace passages::test;

namespace {

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// Reached with Tab, and not the inner editor of a spin box or combo box (which speaks
/// for it).
bool keyboardReachable(QWidget *widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible())
        return false;
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p))
            return false;
    return true;
}

qreal channel(qreal c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal contrast(const QColor &a, const QColor &b)
{
    const auto l = [](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal x = l(a), y = l(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

TEST_CASE("every widget the keyboard reaches has an accessible name, on every screen",
          "[ui][accessibility]")
{
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("fr")); });
    int checked = 0;
    forEachScreen(w, [&checked](QWidget &root, const QString &screen) {
        for (QWidget *widget : root.findChildren<QWidget *>()) {
            if (widget->window() != &root || !keyboardReachable(widget))
                continue;
            ++checked;
            const std::string where =
                (screen + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className()) +
                 QLatin1Char(' ') + widget->objectName())
                    .toStdString();
            CAPTURE(where);
            CHECK_FALSE(accessibleName(widget).isEmpty());
        }
    });
    CHECK(checked > 50);
}

TEST_CASE("the desk's exclusive choices are radio buttons in a named group", "[ui][accessibility]")
{
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("fr")); });
    auto *age = w.find<ui::ChoiceGroup>(QStringLiteral("ageGroup"));
    auto *publicGroup = w.find<ui::ChoiceGroup>(QStringLiteral("publicGroup"));
    QAccessibleInterface *group = QAccessible::queryAccessibleInterface(age);
    REQUIRE(group != nullptr);
    CHECK(group->role() == QAccessible::Grouping);
    CHECK(group->text(QAccessible::Name) == QStringLiteral("Âge"));
    CHECK(accessibleName(publicGroup) == QLatin1String("Public"));

    // The two "Non renseigné" are told apart by their group, and announced as radio buttons.
    QAccessibleInterface *ageNr =
        QAccessible::queryAccessibleInterface(age->button(QStringLiteral("nr")));
    QAccessibleInterface *publicNr =
        QAccessible::queryAccessibleInterface(publicGroup->button(QStringLiteral("nr")));
    REQUIRE(ageNr != nullptr);
    REQUIRE(publicNr != nullptr);
    CHECK(ageNr->role() == QAccessible::RadioButton);
    CHECK(ageNr->state().checkable);
    CHECK(ageNr->state().checked);
    CHECK(ageNr->parent()->object() == age);
    CHECK(publicNr->parent()->object() == publicGroup);
    CHECK(ageNr->parent()->text(QAccessible::Name) != publicNr->parent()->text(QAccessible::Name));
    CHECK(ageNr->text(QAccessible::Description).contains(QLatin1String("6"))); // its key

    press(Qt::Key_4); // emploi
    QAccessibleInterface *emploi = QAccessible::queryAccessibleInterface(
        w.find<ui::ChoiceGroup>(QStringLiteral("poleGroup"))->button(QStringLiteral("emploi")));
    CHECK(emploi->state().checked);

    // −/+ are named by what they do, not by their symbol.
    QStringList steps;
    for (QToolButton *b : w.window->accueil()->findChildren<QToolButton *>())
        steps << accessibleName(b);
    CHECK(steps.contains(QStringLiteral("Une personne de moins")));
    CHECK(steps.contains(QStringLiteral("Une personne de plus")));
}

TEST_CASE("the focus is shown by a ring of 2 px or more that contrasts 3:1, on every screen",
          "[ui][accessibility]")
{
    DeskWindow w;
    int checked = 0;
    forEachScreen(w, [&checked](QWidget &root, const QString &screen) {
        for (QWidget *widget : root.findChildren<QWidget *>()) {
            if (widget->window() != &root || !keyboardReachable(widget) || !widget->isEnabled())
                continue;
            const std::string where =
                (screen + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className()) +
                 QLatin1Char(' ') + widget->objectName())
                    .toStdString();
            CAPTURE(where);
            widget->setFocus(Qt::TabFocusReason);
            // A tab widget hands the focus to its tab bar (its focus proxy).
            QWidget *ring = ui::FocusRing::frameOf(QApplication::focusWidget());
            REQUIRE(ring != nullptr);
            CHECK(ring->isVisible());
            ++checked;
        }
    });
    CHECK(checked > 50);
    CHECK(ui::FocusRing::width() >= 2);
    CHECK(contrast(ui::FocusRing::color(), ui::colors::window) >= 3.0);
    CHECK(contrast(ui::FocusRing::color(), ui::colors::card) >= 3.0);
}

TEST_CASE("text and controls contrast enough with their backgrounds", "[ui][accessibility]")
{
    using namespace ui::colors;
    const QPalette p = QApplication::palette();
    const QPair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base}};
    for (const auto &[fg, bg] : pairs) {
        CAPTURE(int(fg), int(bg));
        CHECK(contrast(p.color(fg), p.color(bg)) >= 4.5);
    }
    // Disabled text is exempt in WCAG but must still be readable at the desk.
    CHECK(contrast(p.color(QPalette::Disabled, QPalette::ButtonText), p.color(QPalette::Button)) >=
          4.5);
    // The shared colours, as the screens use them.
    CHECK(contrast(muted, window) >= 4.5);
    CHECK(contrast(muted, card) >= 4.5);
    CHECK(contrast(success, successBackground) >= 4.5);
    CHECK(contrast(danger, dangerBackground) >= 4.5);
    CHECK(contrast(QColor(Qt::white), accent) >= 4.5); // the Record button
    // Any pôle colour of the referential gets readable text.
    for (const QColor &c :
         {QColor(0xf5, 0xc5, 0x18), QColor(0x10, 0x7c, 0x41), QColor(0xe1, 0x1d, 0x74)})
        CHECK(contrast(ui::readableTextOn(c), c) >= 4.5);
}

TEST_CASE("targets are 44 px high on the accueil and 24 px elsewhere", "[ui][accessibility]")
{
    DeskWindow w;
    forEachScreen(w, [&w](QWidget &root, const QString &screen) {
        const bool accueil = &root == w.window.get() && w.window->tabs()->currentIndex() == 0;
        const int least = accueil ? 44 : 24;
        for (QAbstractButton *b : root.findChildren<QAbstractButton *>()) {
            if (b->window() != &root || !b->isVisible() || b->inherits("QTabBar") ||
                b->parentWidget()->inherits("QTabBar") || b->inherits("QCheckBox") ||
                b->inherits("QRadioButton"))
                continue;
            const std::string where =
                (screen + QLatin1Char(' ') + b->objectName() + QLatin1Char(' ') + b->text())
                    .toStdString();
            CAPTURE(where);
            CHECK(b->height() >= least);
        }
    });
}
