// SPDX-License-Identifier: GPL-3.0-or-later
// Shortcuts a keyboard user can trust: in French, on every tab and dialog, each Alt+letter
// reaches one thing only (two would make Qt cycle between them, or fire neither), and
// every menu entry has a shortcut or a letter.
#include "screens.h"

#include "ui/sync/health_widget.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

using namespace passages;
using namespace passages::test;

namespace {

/// The letter Alt reaches in `text` ("&Fichier" → 'f', "É&dition" → 'd'), accents folded
/// (Alt+E is what a French keyboard types for "É"); null when none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return QString(text[i + 1]).normalized(QString::NormalizationForm_D).at(0).toLower();
    }
    return {};
}

/// Every mnemonic reachable at once in `root`'s window: the menu bar, tab bars, and the
/// visible buttons, buddied labels and group boxes.
QMultiHash<QChar, QString> reachable(QWidget &root)
{
    QMultiHash<QChar, QString> found;
    const auto add = [&found](const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            found.insert(c, text);
    };
    QList<QWidget *> widgets = root.findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->window() != &root)
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                add(action->text());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text());
        } else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            add(label->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            add(box->title());
        }
    }
    return found;
}

void checkUnique(QWidget &root, const QString &screen)
{
    const QMultiHash<QChar, QString> found = reachable(root);
    for (const QChar c : found.uniqueKeys()) {
        const QStringList texts = found.values(c);
        const std::string where =
            (screen + QStringLiteral(": ") + texts.join(QStringLiteral(" | "))).toStdString();
        CAPTURE(where);
        CHECK(texts.size() == 1);
    }
}

} // namespace

TEST_CASE("every Alt+letter reaches one thing on every French screen", "[ui][keys][mnemonics]")
{
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("fr")); });
    int screens = 0;
    forEachScreen(w, [&screens](QWidget &root, const QString &name) {
        ++screens;
        checkUnique(root, name);
    });
    CHECK(screens > 10);
}

TEST_CASE("every Alt+letter reaches one thing on every English screen", "[ui][keys][mnemonics]")
{
    // The English UI is the source strings: no translator installed.
    DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("en")); });
    int screens = 0;
    forEachScreen(w, [&screens](QWidget &root, const QString &name) {
        ++screens;
        checkUnique(root, QStringLiteral("en: ") + name);
    });
    CHECK(screens > 10);
}

namespace {

void checkMenus(DeskWindow &w)
{
    for (QAction *top : w.window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        REQUIRE(menu != nullptr);
        QMultiHash<QChar, QString> letters;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const std::string where =
                (menu->title() + QLatin1Char(' ') + action->text()).toStdString();
            CAPTURE(where);
            const QChar c = mnemonic(action->text());
            CHECK((!c.isNull() || !action->shortcut().isEmpty()));
            if (!c.isNull())
                letters.insert(c, action->text());
        }
        for (const QChar c : letters.uniqueKeys()) {
            const std::string where =
                (menu->title() + QLatin1Char(' ') + letters.values(c).join(QStringLiteral(" | ")))
                    .toStdString();
            CAPTURE(where);
            CHECK(letters.count(c) == 1);
        }
    }
}

} // namespace

TEST_CASE("every menu entry has a shortcut or a letter, unique in its menu",
          "[ui][keys][mnemonics]")
{
    {
        const FrenchUi french;
        DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("fr")); });
        checkMenus(w);
    }
    DeskWindow english([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("en")); });
    checkMenus(english);
}

TEST_CASE("each tab has its Ctrl+digit, shown in the View menu", "[ui][keys][mnemonics]")
{
    DeskWindow w;
    QTabWidget *tabs = w.window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *go = w.window->findChild<QAction *>(QStringLiteral("viewTab%1").arg(i + 1));
        REQUIRE(go != nullptr);
        CHECK(go->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        press(Qt::Key_1 + i, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == i);
    }
}

TEST_CASE("the dashboard of all desks, once consolidated, is the 7th tab with Ctrl+7",
          "[ui][keys][mnemonics]")
{
    DeskWindow w;
    QTabWidget *tabs = w.window->tabs();
    REQUIRE(tabs->count() == 6);
    auto *health = w.window->findChild<ui::HealthWidget *>();
    REQUIRE(health != nullptr);
    emit health->consolidated(w.desk.db->path()); // a copy of the share, here the desk's own
    REQUIRE(tabs->count() == 7);
    auto *go = w.window->findChild<QAction *>(QStringLiteral("viewTab7"));
    REQUIRE(go != nullptr);
    CHECK(go->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_7));
    press(Qt::Key_7, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 6);
}
