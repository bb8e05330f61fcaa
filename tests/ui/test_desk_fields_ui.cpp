// SPDX-License-Identifier: GPL-3.0-or-later
// The optional desk fields of issue 17 at the accueil desk: shown when the referential
// turns them on, logged from the keyboard, kept by a correction; hidden otherwise.
#include "ui_support.h"

#include "ui/accueil/accueil_widget.h"
#include "ui/accueil/choice_group.h"
#include "ui/accueil/passage_form.h"
#include "ui/accueil/today_model.h"
#include "ui/accueil/today_panel.h"

#include <QDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>

using namespace passages;
using namespace passages::test;

namespace {

void showBothFields(TempDesk &desk)
{
    DeskFields fields = desk.referential.fields();
    fields.serviceLevel = true;
    fields.orientation = true;
    desk.referential.setFields(fields);
}

} // namespace

TEST_CASE("the service level and orientation are logged from the keyboard when shown",
          "[ui][accueil][desk-fields]")
{
    DeskWindow w(showBothFields);
    auto *level = w.find<ui::ChoiceGroup>(QStringLiteral("serviceLevelGroup"));
    auto *orientation = w.find<ui::ChoiceGroup>(QStringLiteral("orientationGroup"));
    auto *count = w.find<QWidget>(QStringLiteral("countSpin"));
    CHECK(level->isVisible());
    CHECK(orientation->isVisible());
    // The targets: the referential's list, the partners it flags as targets, "aucune" last.
    CHECK(orientation->options().first().code == QLatin1String("france-travail"));
    CHECK(orientation->options().last().code == QLatin1String("aucune"));
    QStringList offered;
    for (const ui::ChoiceOption &option : orientation->options())
        offered << option.code;
    QStringList expected;
    for (const Category &c : w.desk.referential.orientationTargets())
        expected << c.code;
    CHECK(offered == expected);
    CHECK(offered.contains(QStringLiteral("transitions-pro"))); // flagged
    CHECK_FALSE(offered.contains(QStringLiteral("grdr")));      // a partner, not flagged
    CHECK(level->current().isEmpty());
    CHECK(orientation->current().isEmpty());

    press(Qt::Key_4);    // emploi
    press(Qt::Key_Down); // no theme
    press(Qt::Key_Down); // age: not stated
    press(Qt::Key_Down); // no commune
    press(Qt::Key_Down); // public: not stated
    press(Qt::Key_Down); // channel: on site (first visit is hidden)
    REQUIRE(focused() == level);
    press(Qt::Key_2); // conseil
    REQUIRE(focused() == orientation);
    press(Qt::Key_2); // mission-locale
    REQUIRE(focused() == count);
    press(Qt::Key_Return);

    // Sent nowhere: End reaches "aucune", the last target, whatever the list's length.
    press(Qt::Key_6); // numerique
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    REQUIRE(focused() == level);
    press(Qt::Key_1); // information
    press(Qt::Key_End);
    press(Qt::Key_Return);

    // Left empty: not recorded.
    press(Qt::Key_5); // droit
    press(Qt::Key_Return);

    const QList<Passage> rows = w.today();
    REQUIRE(rows.size() == 3);
    auto of = [&rows](const char *pole) {
        for (const Passage &p : rows)
            if (p.pole == QLatin1String(pole))
                return p;
        FAIL("no walk-in at " << pole);
        return Passage();
    };
    CHECK(of("numerique").serviceLevel == QLatin1String("information"));
    CHECK(of("numerique").orientation == QLatin1String("aucune"));
    CHECK(of("droit").serviceLevel.isEmpty());
    CHECK(of("droit").orientation.isEmpty());
    CHECK(of("emploi").serviceLevel == QLatin1String("conseil"));
    CHECK(of("emploi").orientation == QLatin1String("mission-locale"));
    // The form is back to "not recorded" for the next walk-in.
    CHECK(w.window->accueil()->form()->input().serviceLevel.isEmpty());
    CHECK(w.window->accueil()->form()->input().orientation.isEmpty());

    // A correction of the pôle keeps both fields.
    const QString id = of("emploi").id;
    w.prompter.onDialog = [](QDialog &dialog) {
        auto *form = dialog.findChild<ui::PassageForm *>();
        REQUIRE(form != nullptr);
        CHECK(form->input().serviceLevel == QLatin1String("conseil"));
        CHECK(form->input().orientation == QLatin1String("mission-locale"));
        press(Qt::Key_2);      // evolution
        press(Qt::Key_Return); // save
        return dialog.result();
    };
    QTableView *table = w.window->today()->table();
    ui::TodayModel *entries = w.window->today()->entries();
    int row = 0;
    while (row < entries->rowCount() && entries->passage(row).id != id)
        ++row;
    REQUIRE(row < entries->rowCount());
    table->setFocus(Qt::TabFocusReason);
    table->setCurrentIndex(table->model()->index(row, 0));
    press(Qt::Key_Return); // correct the current entry
    CHECK(w.prompter.dialogs == 1);
    Result<Passage> corrected = w.desk.reception->find(id);
    REQUIRE(corrected.ok());
    CHECK(corrected->pole == QLatin1String("evolution"));
    CHECK(corrected->serviceLevel == QLatin1String("conseil"));
    CHECK(corrected->orientation == QLatin1String("mission-locale"));
}

TEST_CASE("the service level and orientation are hidden and not recorded unless shown",
          "[ui][accueil][desk-fields]")
{
    DeskWindow w;
    auto *level = w.find<ui::ChoiceGroup>(QStringLiteral("serviceLevelGroup"));
    auto *orientation = w.find<ui::ChoiceGroup>(QStringLiteral("orientationGroup"));
    CHECK_FALSE(level->isVisible());
    CHECK_FALSE(orientation->isVisible());
    press(Qt::Key_4);    // emploi
    press(Qt::Key_Down); // no theme
    press(Qt::Key_Down); // age
    press(Qt::Key_Down); // commune
    press(Qt::Key_Down); // public
    press(Qt::Key_Down); // channel: the next stop is the group size
    CHECK(focused() == w.find<QWidget>(QStringLiteral("countSpin")));
    press(Qt::Key_Return);
    REQUIRE(w.today().size() == 1);
    CHECK(w.today().first().serviceLevel.isEmpty());
    CHECK(w.today().first().orientation.isEmpty());
}

TEST_CASE("with both fields and the default referential, the accueil fits 1366×768 unscrolled",
          "[ui][accueil][desk-fields][screen]")
{
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) {
        showBothFields(desk);
        desk.referential.setLanguage(QStringLiteral("fr"));
    });
    w.window->resize(1366, 768);
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QTest::qWait(20);
    REQUIRE(w.window->size() == QSize(1366, 768));
    ui::PassageForm *form = w.window->accueil()->form();
    QScrollArea *scroll = nullptr;
    for (QWidget *p = form->parentWidget(); p && !scroll; p = p->parentWidget())
        scroll = qobject_cast<QScrollArea *>(p);
    REQUIRE(scroll != nullptr);
    // Every pôle's themes: the tallest form must fit too.
    auto *pole = w.find<ui::ChoiceGroup>(QStringLiteral("poleGroup"));
    for (const ui::ChoiceOption &option : pole->options()) {
        CAPTURE(option.code.toStdString());
        pole->setCurrent(option.code);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        CHECK(scroll->verticalScrollBar()->maximum() == 0);
    }
    CHECK(w.find<ui::ChoiceGroup>(QStringLiteral("orientationGroup"))->isVisible());
}

TEST_CASE("screenshot of the accueil with the service level and orientation", "[.screenshot]")
{
    const QString dir = screenshotFolder();
    if (dir.isEmpty())
        return;
    const FrenchUi french;
    DeskWindow w([](TempDesk &desk) {
        showBothFields(desk);
        desk.referential.setLanguage(QStringLiteral("fr"));
        desk.clockNow = QDateTime(QDate(2024, 3, 5), QTime(11, 42));
        for (const char *pole : {"emploi", "evolution", "creation", "emploi", "droit"}) {
            PassageInput in = walkIn(pole);
            in.serviceLevel = QStringLiteral("information");
            in.orientation = QStringLiteral("france-travail");
            in.at = QDateTime(QDate(2024, 3, 5), QTime(10, 30));
            REQUIRE(desk.reception->log(in).ok());
        }
    });
    press(Qt::Key_2); // evolution
    press(Qt::Key_1); // reconversion
    press(Qt::Key_3); // 26-44
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_2); // conseil
    press(Qt::Key_7); // a partner
    // The small laptop (must not scroll) and a common desk screen.
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        w.window->resize(size);
        QTest::qWait(50);
        const QString name = size.width() == 1366 ? QStringLiteral("accueil-fields.png")
                                                  : QStringLiteral("accueil-fields-1920.png");
        REQUIRE(w.window->grab().save(QDir(dir).filePath(name)));
    }
}
