// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_support.h"

#include "core/programme/programme.h"
#include "core/referential/referential_store.h"
#include "ui/dialogs/closures_dialog.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/programme/event_dialogs.h"
#include "ui/startup.h"
#include "ui/sync/sync_settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableWidget>

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

TEST_CASE("the closures dialog adds and removes the Cité's closures", "[ui][closures]")
{
    TempDesk desk;
    ScriptedPrompter prompter;
    ui::ClosuresDialog dialog(*desk.db, desk.referential, prompter,
                              [&desk] { return desk.clockNow; });
    activate(dialog);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("closuresTable"));
    auto *first = dialog.findChild<QDateEdit *>(QStringLiteral("closureFirst"));
    auto *last = dialog.findChild<QDateEdit *>(QStringLiteral("closureLast"));
    auto *site = dialog.findChild<QComboBox *>(QStringLiteral("closureSite"));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("closureReason"));
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() == 0);
    CHECK(first->date() == QDate(2024, 3, 5)); // today, by the desk's clock

    // The end moves with the start: one date to set for a one-day closure.
    first->setDate(QDate(2024, 8, 5));
    CHECK(last->date() == QDate(2024, 8, 5));
    last->setDate(QDate(2024, 8, 23));
    reason->setFocus();
    type(QStringLiteral("Fermeture estivale"));
    press(Qt::Key_Return);
    CHECK(prompter.errors.isEmpty());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 3)->text() == QLatin1String("Fermeture estivale"));
    CHECK(reason->text().isEmpty());

    // One site only, one day.
    first->setDate(QDate(2024, 5, 2));
    CHECK(last->date() == QDate(2024, 5, 2).addDays(18)); // the same length as before
    last->setDate(QDate(2024, 5, 2));
    site->setCurrentIndex(site->findData(QStringLiteral("bpi")));
    reason->setFocus();
    type(QStringLiteral("Inventaire"));
    press(Qt::Key_Return);
    REQUIRE(table->rowCount() == 2);
    Result<QList<Closure>> stored = ClosureStore::list(*desk.db);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    CHECK(stored->at(0).first == QDate(2024, 5, 2)); // by first day
    CHECK(stored->at(0).last == QDate(2024, 5, 2));
    CHECK(stored->at(0).closedSite == QLatin1String("bpi"));
    CHECK(stored->at(1).closedSite.isEmpty());
    CHECK(dialog.changed());

    // The core's rules are said, and nothing is stored.
    reason->setText(QString(81, QLatin1Char('x')));
    press(Qt::Key_Return);
    CHECK(prompter.errors.size() == 1);
    CHECK(ClosureStore::list(*desk.db)->size() == 2);

    // Removing asks first; Delete on the list does it.
    table->setFocus();
    table->selectRow(1);
    prompter.answers = {false};
    press(Qt::Key_Delete);
    CHECK(prompter.questions.size() == 1);
    CHECK(ClosureStore::list(*desk.db)->size() == 2);
    prompter.answers = {true};
    press(Qt::Key_Delete);
    REQUIRE(ClosureStore::list(*desk.db)->size() == 1);
    CHECK(ClosureStore::list(*desk.db)->at(0).reason == QLatin1String("Inventaire"));
    CHECK(table->rowCount() == 1);

    // Opening days: open on Saturdays too, stored with the referential.
    auto *saturday = dialog.findChild<QCheckBox *>(QStringLiteral("openDay6"));
    REQUIRE(saturday != nullptr);
    CHECK_FALSE(saturday->isChecked());
    saturday->setFocus();
    press(Qt::Key_Space);
    CHECK(desk.referential.openWeekdays() == QList<int>{1, 2, 3, 4, 5, 6});
    CHECK(loadReferential(*desk.db)->openWeekdays() == QList<int>{1, 2, 3, 4, 5, 6});
    // Never closed every day: refused, said, and the boxes show what is stored.
    for (int day = 1; day <= 6; ++day)
        dialog.findChild<QCheckBox *>(QStringLiteral("openDay%1").arg(day))->setChecked(false);
    CHECK(prompter.errors.size() == 2);
    CHECK(desk.referential.openWeekdays() == QList<int>{6});
    CHECK(saturday->isChecked());
    CHECK(loadReferential(*desk.db)->openWeekdays() == QList<int>{6});
}

TEST_CASE("screenshot of the closures dialog", "[.screenshot][closures]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    TempDesk desk;
    desk.referential.setLanguage(QStringLiteral("fr"));
    ClosureStore store(*desk.db);
    REQUIRE(store
                .add({{},
                      {},
                      QDate(2024, 8, 5),
                      QDate(2024, 8, 23),
                      QStringLiteral("Fermeture estivale")})
                .ok());
    REQUIRE(store
                .add({{},
                      QStringLiteral("bpi"),
                      QDate(2024, 5, 2),
                      QDate(2024, 5, 2),
                      QStringLiteral("Inventaire")})
                .ok());
    ScriptedPrompter prompter;
    ui::ClosuresDialog dialog(*desk.db, desk.referential, prompter,
                              [&desk] { return desk.clockNow; });
    activate(dialog);
    QTest::qWait(50);
    REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("closures.png"))));
}

// The form dialogs built from ui/dialogs/dialog_parts.h, in French, for a look.
TEST_CASE("screenshots of the form dialogs", "[.screenshot][dialogs]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    TempDesk desk;
    desk.referential.setLanguage(QStringLiteral("fr"));
    Programme programme(*desk.db, desk.referential);
    ui::EventDialog event(programme, true, QDate(2024, 3, 5));
    activate(event);
    REQUIRE(event.grab().save(QDir(folder).filePath(QStringLiteral("event-dialog.png"))));
    ui::AttendanceDialog attendance(programme, QStringLiteral("Forum de l'alternance, 5 mars"));
    activate(attendance);
    REQUIRE(attendance.grab().save(QDir(folder).filePath(QStringLiteral("attendance.png"))));
    ui::SettingsDialog settings(desk.referential, desk.reception->identity(), QString());
    activate(settings);
    REQUIRE(settings.grab().save(QDir(folder).filePath(QStringLiteral("settings.png"))));
    ScriptedPrompter prompter;
    ui::SyncSettingsDialog sync(QStringLiteral("/mnt/cite"), QTime(22, 30), desk.referential,
                                prompter);
    activate(sync);
    REQUIRE(sync.grab().save(QDir(folder).filePath(QStringLiteral("sync-settings.png"))));
}
