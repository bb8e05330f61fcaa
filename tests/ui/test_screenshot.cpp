// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden by default: `passages_ui_tests "[.screenshot]"` with PASSAGES_SCREENSHOT_DIR set
// saves accueil.png there (a desk in the late morning, in French), and the dialogs and
// the commune suggestions for review. PASSAGES_SCREENSHOT_QM may name extra .qm files
// (colon-separated) to load after the embedded French one.
#include "ui_support.h"

#include "ui/accueil/accueil_widget.h"
#include "ui/accueil/commune_picker.h"
#include "ui/accueil/today_panel.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/startup.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>

using namespace passages;
using namespace passages::test;

namespace {

struct WalkIn
{
    const char *time;
    const char *pole;
    const char *theme;
    const char *age;
    const char *commune;
    const char *publicCode;
    int count;
};

// A plausible late morning at the Villette desk.
const WalkIn kMorning[] = {
    {"09:31", "emploi", "emploi-recherche", "26-44", "75119", "demandeur-emploi", 1},
    {"09:34", "orientation", "orientation-parcoursup", "16-25", "93055", "scolaire-etudiant", 2},
    {"09:38", "evolution", "evolution-reconversion", "45-54", "93048", "salarie", 1},
    {"09:41", "documentation", "", "nr", "nr", "nr", 1},
    {"09:47", "emploi", "emploi-recrutement", "16-25", "93001", "demandeur-emploi", 1},
    {"09:52", "creation", "creation-statut", "26-44", "75120", "independant", 1},
    {"09:58", "droit", "droit-travail", "45-54", "93066", "salarie", 1},
    {"10:03", "emploi", "emploi-metiers", "16-25", "75119", "scolaire-etudiant", 1},
    {"10:09", "numerique", "numerique-demarches", "55-plus", "75119", "demandeur-emploi", 1},
    {"10:14", "evolution", "evolution-cpf", "26-44", "94022", "salarie", 1},
    {"10:18", "orientation", "orientation-etudes", "0-15", "93008", "scolaire-etudiant", 3},
    {"10:22", "emploi", "emploi-recherche", "55-plus", "75118", "demandeur-emploi", 1},
    {"10:27", "creation", "creation-financement", "26-44", "etranger", "autre", 1},
    {"10:33", "documentation", "documentation-postes", "26-44", "93055", "nr", 1},
    {"10:39", "emploi", "emploi-insertion", "16-25", "93066", "demandeur-emploi", 1},
    {"10:44", "evolution", "evolution-vae", "45-54", "93006", "salarie", 1},
    {"10:51", "emploi", "emploi-recherche", "26-44", "75120", "demandeur-emploi", 2},
    {"10:56", "droit", "droit-fonction-publique", "26-44", "75119", "salarie", 1},
    {"11:02", "orientation", "orientation-metiers", "16-25", "93001", "scolaire-etudiant", 1},
    {"11:08", "emploi", "emploi-recrutement", "26-44", "93048", "demandeur-emploi", 1},
    {"11:15", "numerique", "numerique-outils", "45-54", "nr", "nr", 1},
    {"11:21", "evolution", "evolution-bilan", "45-54", "75118", "salarie", 1},
    {"11:29", "creation", "creation-projet", "26-44", "93055", "demandeur-emploi", 1},
    {"11:36", "emploi", "", "nr", "nr", "nr", 1},
};

} // namespace

TEST_CASE("screenshot of the accueil desk", "[.screenshot]")
{
    const QString dir = screenshotFolder();
    if (dir.isEmpty())
        return;
    const FrenchUi french;
    {
        DeskWindow w([](TempDesk &desk) {
            desk.referential.setLanguage(QStringLiteral("fr"));
            desk.clockNow = QDateTime(QDate(2024, 3, 5), QTime(11, 42));
            QList<PassageInput> inputs;
            for (const WalkIn &v : kMorning) {
                PassageInput in;
                in.pole = QLatin1String(v.pole);
                in.theme = QLatin1String(v.theme);
                in.ageBand = QLatin1String(v.age);
                in.commune = QLatin1String(v.commune);
                in.publicCode = QLatin1String(v.publicCode);
                in.count = v.count;
                in.at = QDateTime(QDate(2024, 3, 5), QTime::fromString(QLatin1String(v.time),
                                                                       QStringLiteral("HH:mm")));
                inputs << in;
            }
            REQUIRE(desk.reception->logAll(inputs).ok());
        });

        // The agent records one more walk-in from the keyboard and starts the next one.
        press(Qt::Key_4); // emploi
        press(Qt::Key_2); // rechercher un emploi
        press(Qt::Key_3); // 26-44
        type(QStringLiteral("choisy"));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        press(Qt::Key_2); // evolution
        press(Qt::Key_1); // reconversion

        REQUIRE(QDir().mkpath(dir));
        const auto save = [&dir](QWidget &widget, const char *name) {
            QTest::qWait(50); // pending layout requests, as the event loop would run them
            REQUIRE(widget.grab().save(QDir(dir).filePath(QLatin1String(name))));
        };
        save(*w.window, "accueil.png");

        // The Tools menu (Outils), where the sync and the closures are set.
        for (QAction *action : w.window->menuBar()->actions())
            if (QMenu *menu = action->menu(); menu && menu->title() == QLatin1String("&Outils")) {
                menu->popup(w.window->mapToGlobal(QPoint(120, 24)));
                save(*menu, "tools-menu.png");
                menu->hide();
            }

        // The dialogs, grabbed instead of answered.
        w.prompter.onDialog = [&save](QDialog &dialog) {
            save(dialog, dialog.objectName() == QLatin1String("correctionDialog") ? "correction.png"
                                                                                  : "settings.png");
            return int(QDialog::Rejected);
        };
        // The commune suggestions took the activation; the offscreen platform has no
        // window manager to give it back.
        activate(*w.window);
        w.window->today()->table()->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Home);
        press(Qt::Key_Return);
        CHECK(w.prompter.dialogs == 1);
        w.answerAdminPassword(); // the settings are the admin's
        press(Qt::Key_Comma, Qt::ControlModifier);
        CHECK(w.prompter.dialogs == 2);

        // The commune suggestions (their own popup window).
        press(Qt::Key_Escape);
        w.window->accueil()->clear();
        press(Qt::Key_1);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        type(QStringLiteral("pa"));
        auto *picker = w.find<ui::CommunePicker>(QStringLiteral("communePicker"));
        REQUIRE(picker->suggestionsVisible());
        QWidget *popup = picker->findChild<QCompleter *>()->popup();
        QImage shot(picker->width(), picker->height() + popup->height(), QImage::Format_ARGB32);
        shot.fill(Qt::white);
        picker->render(&shot);
        popup->render(&shot, QPoint(0, picker->height()));
        REQUIRE(shot.save(QDir(dir).filePath(QStringLiteral("commune.png"))));
        press(Qt::Key_Escape);
    }

    {
        TempDesk fresh(false);
        fresh.referential.setLanguage(QStringLiteral("fr"));
        {
            ui::FirstRunDialog dialog(fresh.referential, {}, {});
            activate(dialog);
            REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("first-run.png"))));
        }
        QMessageBox box(QMessageBox::Critical, ui::Startup::failureTitle(),
                        ui::Startup::databaseFailure(makeError(
                            ErrorCode::Corrupt,
                            QStringLiteral("The database /home/accueil/.local/share/passages/"
                                           "passages.sqlite is damaged: *** in database main ***"
                                           " Page 12: btreeInitPage() returns error code 11"))));
        activate(box);
        REQUIRE(box.grab().save(QDir(dir).filePath(QStringLiteral("startup-error.png"))));
    }
}
