// SPDX-License-Identifier: GPL-3.0-or-later
// The accueil's key rule, driven like an agent would: whatever was done before (a
// correction, a deletion, Ctrl+Z in today's list, another tab), a pôle digit then Enter
// records the next walk-in. No walk-in is silently lost.
#include "ui_support.h"

#include "ui/accueil/accueil_widget.h"
#include "ui/accueil/choice_group.h"
#include "ui/accueil/desk_session.h"
#include "ui/accueil/passage_form.h"
#include "ui/accueil/today_model.h"
#include "ui/accueil/today_panel.h"

#include <QAction>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QTabWidget>

using namespace passages;
using namespace passages::test;

namespace {

/// A pôle digit then Enter, wherever the focus is: the shortest walk-in.
void logPole(int digit)
{
    press(Qt::Key_0 + digit);
    press(Qt::Key_Return);
}

/// Puts today's list under the keyboard on the entry `id` (as arrows would).
void selectEntry(DeskWindow &w, const QString &id)
{
    QTableView *table = w.window->today()->table();
    table->setFocus(Qt::TabFocusReason);
    const int row = w.window->today()->entries()->rowOf(id);
    REQUIRE(row >= 0);
    table->setCurrentIndex(w.window->today()->entries()->index(row, 0));
    REQUIRE(focused() == table);
}

/// Corrects the entry `id` from today's list (Enter), choosing pôle `digit` in the dialog.
void correctEntry(DeskWindow &w, const QString &id, int digit)
{
    selectEntry(w, id);
    w.prompter.onDialog = [digit](QDialog &dialog) {
        press(Qt::Key_0 + digit);
        press(Qt::Key_Return);
        return dialog.result();
    };
    const int before = w.prompter.dialogs;
    press(Qt::Key_Return);
    REQUIRE(w.prompter.dialogs == before + 1);
}

/// Deletes the entry `id` from today's list (Delete, confirmed).
void deleteEntry(DeskWindow &w, const QString &id)
{
    selectEntry(w, id);
    w.prompter.answers = {true};
    press(Qt::Key_Delete);
    REQUIRE(w.desk.reception->find(id)->deleted);
}

/// Logs pôle `digit` and returns the new entry's id.
QString logNew(DeskWindow &w, int digit)
{
    QSet<QString> before;
    for (const Passage &p : w.today())
        before.insert(p.id);
    logPole(digit);
    for (const Passage &p : w.today())
        if (!before.contains(p.id))
            return p.id;
    FAIL("nothing recorded");
    return {};
}

qsizetype people(const QList<Passage> &entries)
{
    qsizetype n = 0;
    for (const Passage &p : entries)
        n += p.count;
    return n;
}

} // namespace

TEST_CASE("after a correction in today's list, a digit then Enter records a walk-in",
          "[ui][accueil][keys]")
{
    DeskWindow w;
    logPole(4);
    REQUIRE(w.today().size() == 1);
    correctEntry(w, w.today().first().id, 2);
    REQUIRE(w.today().first().pole == QLatin1String("evolution"));

    logPole(4);
    REQUIRE(w.today().size() == 2);
    CHECK(focused() == w.window->accueil()->form()->poleGroup());
}

TEST_CASE("after a deletion in today's list, a digit then Enter records a walk-in",
          "[ui][accueil][keys]")
{
    DeskWindow w;
    logPole(4);
    logPole(1);
    REQUIRE(w.today().size() == 2);
    deleteEntry(w, w.today().first().id);
    REQUIRE(w.today().size() == 1);

    logPole(3);
    CHECK(w.today().size() == 2);
}

TEST_CASE("after Ctrl+Z in today's list, a digit then Enter records a walk-in",
          "[ui][accueil][keys]")
{
    DeskWindow w;
    logPole(4);
    logPole(1);
    selectEntry(w, w.today().first().id);
    press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(w.today().size() == 1);

    logPole(5);
    CHECK(w.today().size() == 2);
}

TEST_CASE("Escape in today's list clears the form and gives it the keyboard", "[ui][accueil][keys]")
{
    DeskWindow w;
    logPole(4);
    press(Qt::Key_2); // a pôle chosen for the next visitor...
    selectEntry(w, w.today().first().id);
    press(Qt::Key_Escape); // ...then the agent starts over
    CHECK(w.window->accueil()->form()->input().pole.isEmpty());
    CHECK(focused() == w.window->accueil()->form()->poleGroup());
    logPole(6);
    CHECK(w.today().size() == 2);
}

TEST_CASE("after Ctrl+2…6 then Ctrl+1, a digit then Enter records a walk-in", "[ui][accueil][keys]")
{
    DeskWindow w;
    QTabWidget *tabs = w.window->tabs();
    for (int tab = 2; tab <= 6; ++tab) {
        CAPTURE(tab);
        press(Qt::Key_0 + tab, Qt::ControlModifier);
        REQUIRE(tabs->currentIndex() == tab - 1);
        press(Qt::Key_1, Qt::ControlModifier);
        REQUIRE(tabs->currentIndex() == 0);
        logPole(4);
        CHECK(w.today().size() == tab - 1);
    }
}

TEST_CASE("Ctrl+Z is one unambiguous shortcut and leaves the interview desk alone",
          "[ui][accueil][keys]")
{
    DeskWindow w;
    // Qt fires neither of two actions sharing a key sequence: list every one of the window.
    QHash<QString, QString> owner;
    for (QAction *action : w.window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            CAPTURE(text, action->text(), owner.value(text));
            CHECK_FALSE(owner.contains(text));
            owner.insert(text, action->text());
        }
    }
    logPole(4);
    logPole(1);
    press(Qt::Key_2, Qt::ControlModifier); // the interview desk
    CHECK_FALSE(w.window->undoAction()->isEnabled());
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.today().size() == 2); // the accueil's walk-ins are not the interviews' to undo
    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.today().size() == 1);
}

TEST_CASE("the banner and today's list read back every recorded field", "[ui][accueil][keys]")
{
    DeskWindow w([](TempDesk &desk) {
        DeskFields fields;
        fields.publicField = true;
        fields.channel = true;
        fields.firstVisit = true;
        desk.referential.setFields(fields);
    });
    press(Qt::Key_3);    // creation
    press(Qt::Key_Down); // no theme
    press(Qt::Key_2);    // age band 16-25
    press(Qt::Key_Down); // no commune
    press(Qt::Key_2);    // public: the second one
    press(Qt::Key_2);    // channel: telephone
    press(Qt::Key_1);    // first visit: yes
    type(QStringLiteral("3"));
    press(Qt::Key_Return);
    REQUIRE(w.today().size() == 1);
    const Passage p = w.today().first();
    REQUIRE(p.count == 3);
    REQUIRE(p.firstVisit.has_value());

    const Referential &ref = w.desk.referential;
    using Kind = Referential::Kind;
    const QString publicLabel = ref.label(Kind::Public, p.publicCode);
    const QString channelLabel = ref.label(Kind::Channel, p.channel);
    REQUIRE(p.channel == QLatin1String("telephone"));
    const QString banner = w.window->accueil()->banner()->text();
    CHECK(banner.contains(ref.label(Kind::AgeBand, p.ageBand)));
    CHECK(banner.contains(publicLabel));
    CHECK(banner.contains(channelLabel));
    CHECK(banner.contains(QLatin1String("first visit")));
    CHECK(banner.contains(QLatin1String("group of 3")));

    ui::TodayModel *model = w.window->today()->entries();
    const QString details =
        model->index(0, ui::TodayModel::Subject).data(ui::TodayModel::DetailsRole).toString();
    CHECK(details.contains(publicLabel));
    CHECK(details.contains(channelLabel));
    CHECK(details.contains(QLatin1String("first visit")));
    CHECK(model->index(0, ui::TodayModel::Count).data().toInt() == 3);
}

TEST_CASE("50 walk-ins logged from the keyboard amid corrections, deletions, undos and tab "
          "switches are all in the database",
          "[ui][accueil][keys]")
{
    DeskWindow w;
    int logged = 0;
    for (int i = 0; logged < 50; ++i) {
        CAPTURE(i, logged);
        const int pole = 1 + i % 7;
        const QString last = logNew(w, pole);
        ++logged;
        REQUIRE(people(w.today()) == logged);
        w.desk.clockNow = w.desk.clockNow.addSecs(40);
        switch (i % 6) {
        case 0: // a correction of the last one from today's list
            correctEntry(w, last, 1 + (pole % 7));
            break;
        case 1: // a mistaken walk-in, taken back with Ctrl+Z from the form
            logPole(2);
            press(Qt::Key_Z, Qt::ControlModifier);
            break;
        case 2: // a mistaken walk-in deleted from the list, then Ctrl+Z there twice:
                // the deletion comes back, then the recording goes
            deleteEntry(w, logNew(w, 3));
            press(Qt::Key_Z, Qt::ControlModifier);
            press(Qt::Key_Z, Qt::ControlModifier);
            break;
        case 3: // a look at another tab, back with Ctrl+1
            press(Qt::Key_0 + 2 + i % 5, Qt::ControlModifier);
            press(Qt::Key_1, Qt::ControlModifier);
            break;
        case 4: // a started form dropped with Escape from the list
            press(Qt::Key_5);
            selectEntry(w, last);
            press(Qt::Key_Escape);
            break;
        default: // the pôle key typed while the list has the keyboard
            selectEntry(w, last);
            break;
        }
        REQUIRE(people(w.today()) == logged);
    }
    const QList<Passage> entries = w.today();
    CHECK(entries.size() == 50);
    CHECK(people(entries) == 50);
}

TEST_CASE("F2 with no entry selected says why nothing happens", "[ui][accueil][keys]")
{
    DeskWindow w;
    press(Qt::Key_F2);
    CHECK(w.prompter.dialogs == 0);
    CHECK(w.window->accueil()->banner()->text().contains(QLatin1String("No entry selected")));
}
