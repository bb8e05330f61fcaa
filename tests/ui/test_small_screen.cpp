// SPDX-License-Identifier: GPL-3.0-or-later
// The screens a Cité has: at 1366×768 every tab and dialog is usable (pages scroll rather
// than growing the window, the accueil's Record button always shows, each dialog's
// buttons show), and no message, however long, widens the window.
#include "screens.h"

#include "ui/elided_label.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>

using namespace passages;
using namespace passages::test;

namespace {

const QSize kSmall(1366, 768);

/// `widget` shows whole: no ancestor up to its window cuts it.
bool shownWhole(QWidget *widget)
{
    const QRect full = widget->rect();
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        const QRect mapped(widget->mapTo(p, QPoint(0, 0)), full.size());
        if (!p->rect().contains(mapped))
            return false;
        if (p->isWindow())
            break;
    }
    return true;
}

} // namespace

TEST_CASE("at 1366×768 every tab and dialog is usable and no message widens the window",
          "[ui][screen]")
{
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("fr")); });
    const QSize least = w.window->minimumSizeHint();
    CAPTURE(least);
    CHECK(least.width() <= kSmall.width());
    CHECK(least.height() <= kSmall.height());
    w.window->resize(kSmall);
    settle();
    REQUIRE(w.window->size() == kSmall);

    // Long messages in every one-line message label (a saved file's path, a sync error).
    const QString longText = QStringLiteral("Enregistré /home/accueil/Documents/Rapports/2026/") +
                             QString(QStringLiteral("sous-dossier-très-long/")).repeated(12) +
                             QStringLiteral("bilan.pdf");
    const QList<ui::ElidedLabel *> messages = w.window->findChildren<ui::ElidedLabel *>();
    REQUIRE(messages.size() >= 2);
    for (ui::ElidedLabel *label : messages)
        label->setText(longText);

    int screens = 0;
    forEachScreen(w, [&](QWidget &root, const QString &screen) {
        CAPTURE(screen);
        ++screens;
        if (&root == w.window.get()) {
            CHECK(w.window->size() == kSmall);
            if (w.window->tabs()->currentIndex() == 0) {
                auto *record = w.find<QPushButton>(QStringLiteral("recordButton"));
                CHECK(record->isVisible());
                CHECK(shownWhole(record));
            }
            return;
        }
        CHECK(root.width() <= kSmall.width());
        CHECK(root.height() <= kSmall.height());
        for (QDialogButtonBox *box : root.findChildren<QDialogButtonBox *>())
            for (QAbstractButton *b : box->buttons()) {
                CAPTURE(b->text());
                if (b->isVisible())
                    CHECK(shownWhole(b));
            }
    });
    CHECK(screens > 10);
    CHECK(w.window->size() == kSmall);
    for (ui::ElidedLabel *label : messages)
        if (label->isVisible()) {
            CHECK(label->isElided());
            // Screen readers get the whole text.
            CHECK(QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name) ==
                  longText);
        }
}

TEST_CASE("an elided message keeps its whole text for tooltips and screen readers", "[ui][screen]")
{
    ui::ElidedLabel label;
    label.setText(QString(QStringLiteral("a very long message ")).repeated(20));
    label.resize(200, 30);
    label.show();
    CHECK(label.isElided());
    CHECK(label.minimumSizeHint().width() <= 200);
    CHECK(label.sizeHint().width() < label.fontMetrics().horizontalAdvance(label.text()));
    label.setText(QStringLiteral("short"));
    CHECK_FALSE(label.isElided());
}

TEST_CASE("screenshots of every tab at 1366×768 and the accueil at 1920×1080", "[.screenshot]")
{
    const QString dir = screenshotFolder();
    if (dir.isEmpty())
        return;
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) { desk.referential.setLanguage(QStringLiteral("fr")); });
    for (int i = 1; i <= 12; ++i) {
        press(Qt::Key_1 + (i % 7));
        press(Qt::Key_Return);
        w.desk.clockNow = w.desk.clockNow.addSecs(300);
    }
    w.window->resize(QSize(1920, 1080));
    settle();
    REQUIRE(w.window->grab().save(QDir(dir).filePath(QStringLiteral("accueil-1920x1080.png"))));
    w.window->resize(kSmall);
    settle();
    int n = 0;
    forEachScreen(w, [&](QWidget &root, const QString &screen) {
        QString name = screen;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        const QString file = QStringLiteral("%1-%2-1366x768.png")
                                 .arg(++n, 2, 10, QLatin1Char('0'))
                                 .arg(name.toLower());
        REQUIRE(root.grab().save(QDir(dir).filePath(file)));
    });
}
