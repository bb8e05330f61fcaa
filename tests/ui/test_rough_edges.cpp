// SPDX-License-Identifier: GPL-3.0-or-later
// Rough edges seen by a new user, each pinned by a test.
#include "ui_support.h"

#include "core/fonds/fonds.h"
#include "ui/fonds/fonds_widget.h"
#include "ui/fonds/subscription_dialog.h"

#include "ui/accueil/desk_session.h"

#include <QAbstractItemModel>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>

using namespace passages;
using namespace passages::test;

TEST_CASE("Fonds › yearly figures: clean theme names, whole columns, the year before filled",
          "[ui][fonds][rough]")
{
    TempDesk desk;
    desk.referential.setLanguage(QStringLiteral("fr"));
    ScriptedPrompter prompter;
    ui::FondsWidget widget(*desk.db, desk.referential, prompter, [&desk] { return desk.clockNow; });
    widget.resize(1280, 800);
    Title t;
    t.title = QStringLiteral("Choisir son métier");
    t.theme = QStringLiteral("MFO");
    const Title title = *widget.fonds().catalogue().addTitle(t);
    REQUIRE(widget.fonds().catalogue().addCopyOf(title.id).ok());
    auto *year = widget.findChild<QSpinBox *>(QStringLiteral("figuresYear"));
    REQUIRE(year != nullptr);
    year->setValue(year->value() - 1);
    year->setValue(year->value() + 1); // refresh
    activate(widget);
    auto *tabs = widget.findChild<QTabWidget *>(QStringLiteral("fondsTabs"));
    REQUIRE(tabs != nullptr);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->findChild<QTableView *>(QStringLiteral("figuresView")))
            tabs->setCurrentIndex(i);
    QTest::qWait(50); // the layouts the event loop would run

    auto *themes = widget.findChild<QTableView *>(QStringLiteral("figuresThemesView"));
    REQUIRE(themes != nullptr);
    bool found = false;
    for (int r = 0; r < themes->model()->rowCount(); ++r) {
        const QString name = themes->model()->index(r, 0).data().toString();
        if (name.startsWith(QLatin1String("MFO"))) {
            found = true;
            CHECK(name.startsWith(QStringLiteral("MFO – "))); // an en dash, not "â€“"
            CHECK_FALSE(name.contains(QChar(0x00e2)));
        }
    }
    CHECK(found);

    auto *figures = widget.findChild<QTableView *>(QStringLiteral("figuresView"));
    REQUIRE(figures != nullptr);
    QAbstractItemModel *m = figures->model();
    int blank = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 2).data().toString().isEmpty())
            ++blank;
    CHECK(blank == 0);
    // The indicator column is as wide as its longest text, not cut.
    QHeaderView *header = figures->horizontalHeader();
    CHECK(header->sectionSize(0) >=
          static_cast<QAbstractItemView *>(figures)->sizeHintForColumn(0));
    CHECK(header->sectionResizeMode(0) == QHeaderView::Stretch);
    CHECK(header->sectionResizeMode(1) == QHeaderView::ResizeToContents);
}

TEST_CASE("figures on screen have thousands separators", "[ui][rough]")
{
    const FrenchUi french;
    DeskWindow w;
    PassageInput big;
    big.pole = QStringLiteral("emploi");
    big.count = 500; // the default maximum (referential "max_group_size")
    REQUIRE(w.window->session().log(big).ok());
    REQUIRE(w.window->session().log(big).ok());
    big.count = 299;
    REQUIRE(w.window->session().log(big).ok());
    const QString total = w.find<QLabel>(QStringLiteral("statusTotal"))->text();
    CAPTURE(total.toStdString());
    CHECK(total.contains(QLocale().toString(1299))); // "1 299", not "1299"
    CHECK_FALSE(total.contains(QLatin1String("1299")));
}

TEST_CASE("dates show in French and the subscription's keep fields say their unit", "[ui][rough]")
{
    TempDesk desk;
    Fonds fonds(*desk.db, desk.referential);
    Subscription current;
    current.start = QDate(2026, 12, 7);
    ui::SubscriptionDialog dialog(fonds, QStringLiteral("Le Monde"), current);
    auto *start = dialog.findChild<QDateEdit *>(QStringLiteral("startEdit"));
    REQUIRE(start != nullptr);
    CHECK(start->text() == QStringLiteral("07/12/2026")); // not 2026-12-07
    for (const char *name : {"keepIssuesSpin", "keepMonthsSpin"}) {
        auto *spin = dialog.findChild<QSpinBox *>(QLatin1String(name));
        REQUIRE(spin != nullptr);
        spin->setValue(0);
        CHECK(spin->text() != QStringLiteral("–"));
        CHECK(spin->text().size() > 3);
    }
}
