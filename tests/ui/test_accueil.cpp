// SPDX-License-Identifier: GPL-3.0-or-later
// The accueil desk driven like an agent would: key presses on whatever has focus, then
// the database checked through core.
#include "ui_support.h"

#include "core/referential/referential_store.h"
#include "ui/accueil/accueil_widget.h"
#include "ui/accueil/choice_group.h"
#include "ui/accueil/commune_picker.h"
#include "ui/accueil/desk_session.h"
#include "ui/accueil/passage_form.h"
#include "ui/accueil/pole_counts_model.h"
#include "ui/accueil/today_model.h"
#include "ui/accueil/today_panel.h"
#include "ui/dialogs/correction_dialog.h"

#include <QAction>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>

using namespace passages;
using namespace passages::test;

namespace {

/// Records "emploi" with nothing else, from the keyboard: the shortest tally.
void logEmploi()
{
    press(Qt::Key_4);      // pôle 4: emploi; focus moves to the theme
    press(Qt::Key_Return); // record
}

} // namespace

TEST_CASE("a walk-in is recorded entirely from the keyboard", "[ui][accueil]")
{
    DeskWindow w;
    auto *pole = w.find<ui::ChoiceGroup>(QStringLiteral("poleGroup"));
    auto *theme = w.find<ui::ChoiceGroup>(QStringLiteral("themeGroup"));
    auto *age = w.find<ui::ChoiceGroup>(QStringLiteral("ageGroup"));
    auto *commune = w.find<ui::CommunePicker>(QStringLiteral("communePicker"));
    REQUIRE(focused() == pole);

    press(Qt::Key_4); // emploi
    CHECK(pole->current() == QLatin1String("emploi"));
    REQUIRE(focused() == theme);
    press(Qt::Key_2); // emploi-recherche
    CHECK(theme->current() == QLatin1String("emploi-recherche"));
    REQUIRE(focused() == age);
    press(Qt::Key_3); // 26-44
    CHECK(age->current() == QLatin1String("26-44"));
    REQUIRE(focused() == commune);
    type(QStringLiteral("choisy"));
    REQUIRE(commune->suggestionsVisible());
    press(Qt::Key_Return); // picks the highlighted (first) suggestion
    CHECK(commune->code() == QLatin1String("94022"));
    CHECK(commune->text() == QLatin1String("Choisy-le-Roi (94)"));
    CHECK(focused() == w.find<ui::ChoiceGroup>(QStringLiteral("publicGroup")));
    CHECK(w.today().isEmpty());

    press(Qt::Key_Return); // records

    const QList<Passage> rows = w.today();
    REQUIRE(rows.size() == 1);
    const Passage &p = rows.first();
    CHECK(p.pole == QLatin1String("emploi"));
    CHECK(p.theme == QLatin1String("emploi-recherche"));
    CHECK(p.ageBand == QLatin1String("26-44"));
    CHECK(p.commune == QLatin1String("94022"));
    CHECK(p.publicCode == QLatin1String("nr"));
    CHECK(p.channel == QLatin1String("sur-place"));
    CHECK_FALSE(p.firstVisit.has_value());
    CHECK(p.count == 1);
    CHECK(p.site == QLatin1String("villette"));
    CHECK(p.desk == QLatin1String("Accueil 1"));

    // The form is back to its defaults, focus on the pôle, and the agent reads it back.
    const PassageInput reset = w.window->accueil()->form()->input();
    CHECK(reset.pole.isEmpty());
    CHECK(reset.theme.isEmpty());
    CHECK(reset.ageBand == QLatin1String("nr"));
    CHECK(reset.commune.isEmpty());
    CHECK(reset.publicCode == QLatin1String("nr"));
    CHECK(reset.channel == QLatin1String("sur-place"));
    CHECK(reset.count == 1);
    CHECK(commune->text().isEmpty());
    CHECK(focused() == pole);
    const QString banner = w.window->accueil()->banner()->text();
    CHECK(banner.contains(QLatin1String("Recorded")));
    CHECK(banner.contains(QLatin1String("Choisy-le-Roi (94)")));
    CHECK(w.window->today()->entries()->rowCount() == 1);
}

TEST_CASE("a commune is found by postal code, and typed text is never recorded", "[ui][accueil]")
{
    DeskWindow w;
    auto *commune = w.find<ui::CommunePicker>(QStringLiteral("communePicker"));

    press(Qt::Key_1);    // orientation
    press(Qt::Key_Down); // skip the theme
    press(Qt::Key_Down); // skip the age band
    REQUIRE(focused() == commune);
    type(QStringLiteral("zzzz"));
    CHECK_FALSE(commune->suggestionsVisible());
    press(Qt::Key_Return); // no commune matches: nothing recorded, the agent is told
    CHECK(w.today().isEmpty());
    CHECK(w.window->accueil()->banner()->text().contains(QLatin1String("zzzz")));

    commune->selectAll();
    type(QStringLiteral("75019"));
    REQUIRE(commune->suggestionsVisible());
    press(Qt::Key_Tab); // Tab picks too
    CHECK(commune->code() == QLatin1String("75119"));
    press(Qt::Key_Return);
    REQUIRE(w.today().size() == 1);
    CHECK(w.today().first().commune == QLatin1String("75119"));

    // "etranger" and "nr" are communes of the list too.
    press(Qt::Key_1);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    type(QStringLiteral("etranger"));
    press(Qt::Key_Return);
    CHECK(commune->code() == QLatin1String("etranger"));
    press(Qt::Key_Return);
    CHECK(w.today().first().commune == QLatin1String("etranger"));
}

TEST_CASE("Enter without a pôle records nothing; Escape clears the form", "[ui][accueil]")
{
    DeskWindow w;
    auto *pole = w.find<ui::ChoiceGroup>(QStringLiteral("poleGroup"));
    press(Qt::Key_Return);
    CHECK(w.today().isEmpty());
    CHECK(focused() == pole);

    press(Qt::Key_2);
    press(Qt::Key_1);
    press(Qt::Key_Escape);
    CHECK(w.window->accueil()->form()->input().pole.isEmpty());
    CHECK(w.window->accueil()->form()->input().theme.isEmpty());
    CHECK(focused() == pole);
    CHECK(w.today().isEmpty());

    // From the group size too (a spin box keeps Escape only while editing).
    press(Qt::Key_1);
    press(Qt::Key_0);
    press(Qt::Key_0);
    press(Qt::Key_Down);
    press(Qt::Key_0);
    press(Qt::Key_0);
    REQUIRE(focused() == w.find<QSpinBox>(QStringLiteral("countSpin")));
    type(QStringLiteral("4"));
    press(Qt::Key_Escape);
    CHECK(w.window->accueil()->form()->input().pole.isEmpty());
    CHECK(w.window->accueil()->form()->input().count == 1);
    CHECK(focused() == pole);
}

TEST_CASE("a group of 3 counts 3 in today's panel", "[ui][accueil]")
{
    DeskWindow w;
    press(Qt::Key_1); // orientation
    press(Qt::Key_0); // no theme, next
    press(Qt::Key_0); // age band: default (not stated), next
    REQUIRE(focused() == w.find<ui::CommunePicker>(QStringLiteral("communePicker")));
    press(Qt::Key_Down); // no commune, next
    press(Qt::Key_0);    // public: default, next
    press(Qt::Key_0);    // channel: default, next (first visit is hidden by default)
    REQUIRE(focused() == w.find<QSpinBox>(QStringLiteral("countSpin")));
    type(QStringLiteral("3"));
    press(Qt::Key_Return);

    REQUIRE(w.today().size() == 1);
    CHECK(w.today().first().count == 3);
    ui::PoleCountsModel *counts = w.window->today()->counts();
    CHECK(counts->count(QStringLiteral("orientation")) == 3);
    CHECK(counts->total() == 3);
    CHECK(w.find<QLabel>(QStringLiteral("statusTotal"))->text().contains(QLatin1String("3")));
    CHECK(w.window->accueil()->form()->input().count == 1);

    logEmploi();
    CHECK(counts->total() == 4);
    CHECK(counts->count(QStringLiteral("emploi")) == 1);
}

TEST_CASE("an entry of today is corrected from the today panel", "[ui][accueil]")
{
    DeskWindow w;
    logEmploi();
    REQUIRE(w.today().size() == 1);
    const QString id = w.today().first().id;

    w.prompter.onDialog = [](QDialog &dialog) {
        auto *form = dialog.findChild<ui::PassageForm *>();
        REQUIRE(form != nullptr);
        REQUIRE(focused() == form->poleGroup());
        CHECK(form->input().pole == QLatin1String("emploi"));
        press(Qt::Key_2);      // evolution
        press(Qt::Key_3);      // evolution-vae
        press(Qt::Key_Return); // save
        return dialog.result();
    };
    QTableView *table = w.window->today()->table();
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Home);
    press(Qt::Key_Return); // correct the current entry
    CHECK(w.prompter.dialogs == 1);

    Result<Passage> found = w.desk.reception->find(id);
    REQUIRE(found.ok());
    CHECK(found->revision == 2);
    CHECK(found->pole == QLatin1String("evolution"));
    CHECK(found->theme == QLatin1String("evolution-vae"));
    CHECK(found->time == QTime(10, 0)); // the moment of the walk-in is kept
    ui::PoleCountsModel *counts = w.window->today()->counts();
    CHECK(counts->count(QStringLiteral("evolution")) == 1);
    CHECK(counts->count(QStringLiteral("emploi")) == 0);

    // Cancelling changes nothing.
    w.prompter.onDialog = [](QDialog &dialog) {
        press(Qt::Key_1);
        press(Qt::Key_Escape);
        return dialog.result();
    };
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Home);
    press(Qt::Key_Return);
    CHECK(w.desk.reception->find(id)->revision == 2);
}

TEST_CASE("an entry deleted from the today panel becomes a tombstone", "[ui][accueil]")
{
    DeskWindow w;
    logEmploi();
    const QString id = w.today().first().id;
    QTableView *table = w.window->today()->table();

    w.prompter.answers = {false}; // the agent changes their mind
    table->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Home);
    press(Qt::Key_Delete);
    REQUIRE(w.prompter.questions.size() == 1);
    CHECK(w.today().size() == 1);

    w.prompter.answers = {true};
    press(Qt::Key_Delete);
    CHECK(w.prompter.questions.size() == 2);
    Result<Passage> found = w.desk.reception->find(id);
    REQUIRE(found.ok());
    CHECK(found->deleted);
    CHECK(found->revision == 2);
    CHECK(w.today().isEmpty());
    CHECK(w.window->today()->entries()->rowCount() == 0);
    CHECK(w.window->today()->counts()->total() == 0);
}

TEST_CASE("Ctrl+Z takes back the session's last actions", "[ui][accueil]")
{
    DeskWindow w;
    QAction *undo = w.window->undoAction();
    CHECK_FALSE(undo->isEnabled());

    SECTION("a recording becomes a tombstone")
    {
        logEmploi();
        const QString id = w.today().first().id;
        CHECK(undo->isEnabled());
        press(Qt::Key_Z, Qt::ControlModifier);
        Result<Passage> found = w.desk.reception->find(id);
        REQUIRE(found.ok());
        CHECK(found->deleted);
        CHECK(w.today().isEmpty());
        CHECK(w.window->today()->counts()->total() == 0);
        CHECK_FALSE(undo->isEnabled());
    }

    SECTION("a correction gives back the previous values")
    {
        logEmploi();
        const QString id = w.today().first().id;
        w.prompter.onDialog = [](QDialog &dialog) {
            press(Qt::Key_2); // evolution
            press(Qt::Key_Return);
            return dialog.result();
        };
        w.window->today()->table()->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Home);
        press(Qt::Key_Return);
        REQUIRE(w.desk.reception->find(id)->pole == QLatin1String("evolution"));

        press(Qt::Key_Z, Qt::ControlModifier);
        Result<Passage> found = w.desk.reception->find(id);
        REQUIRE(found.ok());
        CHECK(found->pole == QLatin1String("emploi"));
        CHECK(found->revision == 3); // written back as the latest word for the sync
        CHECK_FALSE(found->deleted);

        press(Qt::Key_Z, Qt::ControlModifier); // then the recording itself
        CHECK(w.desk.reception->find(id)->deleted);
    }

    SECTION("a deletion is brought back")
    {
        logEmploi();
        const QString id = w.today().first().id;
        w.prompter.answers = {true};
        w.window->today()->table()->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Home);
        press(Qt::Key_Delete);
        REQUIRE(w.desk.reception->find(id)->deleted);

        press(Qt::Key_Z, Qt::ControlModifier);
        Result<Passage> found = w.desk.reception->find(id);
        REQUIRE(found.ok());
        CHECK_FALSE(found->deleted);
        CHECK(found->pole == QLatin1String("emploi"));
        CHECK(w.today().size() == 1);
        CHECK(w.window->today()->entries()->rowCount() == 1);
    }
}

TEST_CASE("hidden optional fields are not offered and record their defaults", "[ui][accueil]")
{
    DeskWindow w([](TempDesk &desk) {
        DeskFields fields;
        fields.publicField = false;
        fields.channel = true;
        fields.firstVisit = true;
        desk.referential.setFields(fields);
    });
    auto *publicGroup = w.find<ui::ChoiceGroup>(QStringLiteral("publicGroup"));
    auto *channel = w.find<ui::ChoiceGroup>(QStringLiteral("channelGroup"));
    auto *firstVisit = w.find<ui::ChoiceGroup>(QStringLiteral("firstVisitGroup"));
    CHECK_FALSE(publicGroup->isVisible());
    CHECK(channel->isVisible());
    CHECK(firstVisit->isVisible());

    press(Qt::Key_3);    // creation
    press(Qt::Key_Down); // no theme
    press(Qt::Key_5);    // 55-plus
    press(Qt::Key_Down); // no commune: the public row is skipped
    REQUIRE(focused() == channel);
    press(Qt::Key_2); // telephone
    REQUIRE(focused() == firstVisit);
    press(Qt::Key_1); // yes
    press(Qt::Key_Return);

    REQUIRE(w.today().size() == 1);
    const Passage p = w.today().first();
    CHECK(p.pole == QLatin1String("creation"));
    CHECK(p.ageBand == QLatin1String("55-plus"));
    CHECK(p.publicCode == QLatin1String("nr"));
    CHECK(p.channel == QLatin1String("telephone"));
    REQUIRE(p.firstVisit.has_value());
    CHECK(*p.firstVisit);
}

TEST_CASE("the settings choose the optional fields and store them in the referential",
          "[ui][settings]")
{
    DeskWindow w;
    auto *channel = w.find<ui::ChoiceGroup>(QStringLiteral("channelGroup"));
    REQUIRE(channel->isVisible());
    w.prompter.onDialog = [](QDialog &dialog) {
        auto *box = dialog.findChild<QWidget *>(QStringLiteral("channelCheck"));
        REQUIRE(box != nullptr);
        box->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Space); // untick "channel"
        auto *language = dialog.findChild<QWidget *>(QStringLiteral("languageCombo"));
        language->setFocus(Qt::TabFocusReason);
        press(Qt::Key_End); // English
        press(Qt::Key_Return);
        return dialog.result();
    };
    w.answerAdminPassword(); // the settings are the admin's
    press(Qt::Key_Comma, Qt::ControlModifier);
    REQUIRE(w.prompter.dialogs == 1);

    CHECK_FALSE(channel->isVisible());
    CHECK_FALSE(w.desk.referential.fields().channel);
    Result<Referential> stored = loadReferential(*w.desk.db);
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->fields().channel);
    CHECK(stored->fields().publicField);
    CHECK(w.settings->value(QStringLiteral("ui/language")).toString() == QLatin1String("en"));
}
