// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "the desk under real hands": what a new user met and what now answers them —
// a share folder that does not exist, the share named before any consolidation, site
// labels instead of codes, closures that would hide walk-ins, disabled buttons that say
// why, and French thousands separators.
#include "ui_support.h"

#include "core/report/calendar.h"
#include "core/sync/consolidator.h"
#include "ui/accueil/today_panel.h"
#include "ui/dialogs/closures_dialog.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/main_window.h"
#include "ui/sync/health_widget.h"
#include "ui/sync/sync_settings_dialog.h"

#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>

using namespace passages;
using namespace passages::test;

namespace {

/// Answers the "folder does not exist" question with the button named `answer`.
std::function<int(QDialog &)> clicking(const char *answer)
{
    return [answer](QDialog &dialog) {
        auto *box = qobject_cast<QMessageBox *>(&dialog);
        REQUIRE(box);
        CHECK(box->objectName() == QLatin1String("missingFolderQuestion"));
        QAbstractButton *button = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (b->objectName() == QLatin1String(answer) ||
                (QLatin1String(answer) == QLatin1String("cancel") &&
                 box->buttonRole(b) == QMessageBox::RejectRole))
                button = b;
        REQUIRE(button);
        button->click();
        return int(QDialog::Rejected);
    };
}

} // namespace

TEST_CASE("the sync settings ask before saving a folder that does not exist", "[ui][sync][hands]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("mnt/cite"));
    ScriptedPrompter prompter;
    const Referential referential = Referential::defaultReferential();
    ui::SyncSettingsDialog dialog(missing, QTime(22, 30), referential, prompter);
    activate(dialog);

    // Cancel: back to the dialog, nothing saved, nothing created.
    prompter.onDialog = clicking("cancel");
    dialog.accept();
    CHECK(prompter.dialogs == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(QDir(missing).exists());

    // Choose another: the folder picker opens (cancelled here), the dialog stays.
    int pickers = 0;
    prompter.onDialog = [&](QDialog &d) {
        if (qobject_cast<QMessageBox *>(&d))
            return clicking("chooseAnother")(d);
        ++pickers;
        return int(QDialog::Rejected);
    };
    dialog.accept();
    CHECK(pickers == 1);
    CHECK(dialog.isVisible());
    CHECK_FALSE(QDir(missing).exists());

    // Create it: made, and the dialog closes accepted.
    prompter.onDialog = clicking("createFolder");
    dialog.accept();
    CHECK(QDir(missing).exists());
    CHECK(dialog.result() == QDialog::Accepted);

    // An existing folder is saved without a question.
    ui::SyncSettingsDialog again(missing, QTime(22, 30), referential, prompter);
    activate(again);
    const int asked = prompter.dialogs;
    again.accept();
    CHECK(prompter.dialogs == asked);
    CHECK(again.result() == QDialog::Accepted);
}

TEST_CASE("all desks names the share before any consolidation, and sites by their labels",
          "[ui][sync][hands]")
{
    ScriptedPrompter prompter;
    QString folder = QStringLiteral("/srv/partage-cite");
    ui::HealthWidget health([&folder] { return folder; }, prompter);
    activate(health);
    CHECK(health.summaryText().contains(folder));
    CHECK_FALSE(health.summaryText().contains(QLatin1String("No share")));
    folder.clear();
    health.hide();
    health.show();
    CHECK(health.summaryText().contains(QLatin1String("No share")));

    const Referential referential = Referential::defaultReferential();
    DeskHealth bpi;
    bpi.site = QStringLiteral("bpi");
    bpi.desk = QStringLiteral("Accueil 2");
    bpi.missing = {1200, 1201};
    health.healthModel().setHealth({bpi});
    health.healthModel().setSiteLabel([&referential](const QString &code) {
        return referential.label(Referential::Kind::Site, code);
    });
    const QModelIndex site = health.healthModel().index(0, ui::DeskHealthModel::Site);
    CHECK(site.data().toString() == referential.label(Referential::Kind::Site, bpi.site));
    CHECK(site.data().toString() != QLatin1String("bpi"));
    CHECK(site.data(Qt::ToolTipRole).toString().contains(QLatin1String("bpi")));
    const QString missing =
        health.healthModel().index(0, ui::DeskHealthModel::Missing).data().toString();
    CHECK(missing.contains(QLocale().toString(1200)));
}

TEST_CASE("closing days with walk-ins asks first; a blank reason is said before Add",
          "[ui][closures][hands]")
{
    TempDesk desk; // today: 5 March 2024
    REQUIRE(desk.reception->log(walkIn("emploi", 2)).ok());
    ScriptedPrompter prompter;
    ui::ClosuresDialog dialog(*desk.db, desk.referential, prompter,
                              [&desk] { return desk.clockNow; });
    activate(dialog);
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("closureHint"));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("closureReason"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addClosure"));
    REQUIRE(hint);
    REQUIRE(reason);
    REQUIRE(add);
    // Today, no reason yet: the rule is said before anything is pressed.
    CHECK(hint->isVisibleTo(&dialog));
    CHECK(hint->text().contains(QLatin1String("reason")));
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(prompter.errors.size() == 1);
    CHECK(ClosureStore::list(*desk.db)->isEmpty());

    // With a reason: today's walk-ins are announced, and Add asks.
    reason->setText(QStringLiteral("Grève"));
    CHECK(hint->text().contains(QLatin1String("walk-in")));
    prompter.answers = {false};
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(prompter.questions.size() == 1);
    CHECK(prompter.questions.at(0).contains(QLatin1String("2 walk-in")));
    CHECK(ClosureStore::list(*desk.db)->isEmpty());
    prompter.answers = {true};
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(prompter.questions.size() == 2);
    REQUIRE(ClosureStore::list(*desk.db)->size() == 1);

    // The same days again: said at once, refused on Add, nothing doubled.
    reason->setText(QStringLiteral("Grève"));
    CHECK(hint->text().contains(QLatin1String("already closed")));
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(prompter.errors.size() == 2);
    CHECK(ClosureStore::list(*desk.db)->size() == 1);
}

TEST_CASE("disabled buttons say why", "[ui][hands]")
{
    const Referential referential = Referential::defaultReferential();
    ui::FirstRunDialog first(referential, QStringLiteral("villette"), QString());
    activate(first);
    QPushButton *start = nullptr;
    for (QPushButton *b : first.findChildren<QPushButton *>())
        if (!b->isEnabled())
            start = b;
    REQUIRE(start);
    auto *why = first.findChild<QLabel *>(QStringLiteral("disabledReason"));
    REQUIRE(why);
    CHECK(why->isVisibleTo(&first));
    CHECK_FALSE(why->text().isEmpty());
    CHECK(start->toolTip() == why->text());
    first.findChild<QLineEdit *>(QStringLiteral("deskEdit"))->setText(QStringLiteral("Accueil 1"));
    CHECK(start->isEnabled());
    CHECK_FALSE(why->isVisibleTo(&first));
    CHECK(start->toolTip().isEmpty());

    // Today's list with nothing selected: Correct and Delete say what to do first.
    DeskWindow w;
    auto *panel = w.window->findChild<ui::TodayPanel *>(QStringLiteral("todayPanel"));
    REQUIRE(panel);
    int explained = 0;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (!b->isEnabled()) {
            CHECK_FALSE(b->toolTip().isEmpty());
            ++explained;
        }
    CHECK(explained == 2);
}

TEST_CASE("numbers carry French thousands separators", "[ui][hands]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        const FrenchUi french;
        DeskWindow w([](TempDesk &desk) {
            for (int i = 0; i < 3; ++i)
                REQUIRE(desk.reception->log(walkIn("emploi", 500)).ok());
        });
        auto *total = w.window->findChild<QLabel *>(QStringLiteral("statusTotal"));
        REQUIRE(total);
        INFO(total->text().toStdString());
        CHECK(total->text().contains(QLocale().toString(1500)));
        CHECK_FALSE(total->text().contains(QLatin1String("1500")));
    }
    QLocale::setDefault(before);
}
