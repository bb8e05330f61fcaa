// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_support.h"

#include "dialogs/first_run_dialog.h"
#include "startup.h"

#include <QComboBox>
#include <QLineEdit>

using namespace passages;
using namespace passages::test;

TEST_CASE("the first-run dialog sets the desk identity", "[ui][first-run]")
{
    TempDesk desk(false);
    REQUIRE_FALSE(desk.reception->identity().isSet());
    ScriptedPrompter prompter;

    SECTION("typed and chosen from the keyboard")
    {
        prompter.onDialog = [](QDialog &dialog) {
            auto *deskEdit = dialog.findChild<QLineEdit *>(QStringLiteral("deskEdit"));
            REQUIRE(focused() == deskEdit); // the name first: the site has a default
            auto *site = dialog.findChild<QComboBox *>(QStringLiteral("siteCombo"));
            CHECK(site->currentData().toString() == QLatin1String("villette")); // the main site
            type(QStringLiteral("  Accueil   2 "));
            press(Qt::Key_Tab);
            REQUIRE(focused() == site);
            press(Qt::Key_Down); // the next site: bpi
            press(Qt::Key_Return);
            return dialog.result();
        };
        REQUIRE(ui::runFirstRun(*desk.reception, prompter));
        const DeskIdentity id = desk.reception->identity();
        CHECK(id.site == QLatin1String("bpi"));
        CHECK(id.desk == QLatin1String("Accueil 2"));
        CHECK(prompter.errors.isEmpty());
    }

    SECTION("an empty name cannot be confirmed")
    {
        prompter.onDialog = [](QDialog &dialog) {
            press(Qt::Key_Return); // the button is disabled: nothing happens
            CHECK(dialog.isVisible());
            press(Qt::Key_Escape);
            return dialog.result();
        };
        CHECK_FALSE(ui::runFirstRun(*desk.reception, prompter));
        CHECK_FALSE(desk.reception->identity().isSet());
    }

    SECTION("cancelling leaves the desk without identity")
    {
        CHECK_FALSE(ui::runFirstRun(*desk.reception, prompter));
        CHECK(prompter.dialogs == 1);
        CHECK_FALSE(desk.reception->identity().isSet());
    }
}

TEST_CASE("a damaged or too new database is refused with a clear reason", "[ui][startup]")
{
    const QString corrupt = ui::Startup::databaseFailure(
        makeError(ErrorCode::Corrupt, QStringLiteral("The database /x.sqlite is damaged: page 3")));
    CHECK(corrupt.contains(QLatin1String("integrity check")));
    CHECK(corrupt.contains(QLatin1String("page 3")));
    CHECK(corrupt.contains(QLatin1String("refuses to record")));

    const QString tooNew =
        ui::Startup::databaseFailure(makeError(ErrorCode::TooNew, QStringLiteral("schema 9")));
    CHECK(tooNew.contains(QLatin1String("newer version")));
    CHECK(tooNew.contains(QLatin1String("refuses to record")));

    const QString other = ui::Startup::databaseFailure(
        makeError(ErrorCode::Io, QStringLiteral("Cannot create the folder /nope.")));
    CHECK(other.contains(QLatin1String("/nope")));
    CHECK(other.contains(QLatin1String("refuses to record")));
}
