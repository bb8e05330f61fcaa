// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_support.h"

#include "ui/accueil/desk_session.h"
#include "ui/accueil/pole_counts_model.h"
#include "ui/accueil/today_model.h"

#include <QAbstractItemModelTester>
#include <QImage>

using namespace passages;
using namespace passages::test;

namespace {

PassageInput walkIn(const QString &pole, int count = 1)
{
    PassageInput in;
    in.pole = pole;
    in.count = count;
    return in;
}

} // namespace

TEST_CASE("the today models pass QAbstractItemModelTester through a day's changes", "[ui][models]")
{
    TempDesk desk;
    ui::DeskSession session(*desk.reception);
    ui::TodayModel entries(session);
    ui::PoleCountsModel counts(session);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester entriesTester(&entries, Mode::Fatal);
    QAbstractItemModelTester countsTester(&counts, Mode::Fatal);

    CHECK(entries.rowCount() == 0);
    CHECK(entries.columnCount() == ui::TodayModel::ColumnCount);
    CHECK(counts.rowCount() == desk.referential.active(Referential::Kind::Pole).size());
    CHECK(counts.total() == 0);

    PassageInput full = walkIn(QStringLiteral("emploi"));
    full.theme = QStringLiteral("emploi-recherche");
    full.ageBand = QStringLiteral("26-44");
    full.commune = QStringLiteral("94022");
    REQUIRE(session.log(full).ok());
    REQUIRE(session.log(walkIn(QStringLiteral("creation"), 4)).ok());
    Result<Passage> third = session.log(walkIn(QStringLiteral("emploi")));
    REQUIRE(third.ok());

    CHECK(entries.rowCount() == 3);
    CHECK(counts.total() == 6);
    CHECK(counts.count(QStringLiteral("emploi")) == 2);
    CHECK(counts.count(QStringLiteral("creation")) == 4);
    CHECK(entries.rowOf(entries.index(0, 0).data(ui::TodayModel::IdRole).toString()) == 0);
    const int fullRow = [&] {
        for (int r = 0; r < entries.rowCount(); ++r)
            if (entries.passage(r).commune == QLatin1String("94022"))
                return r;
        return -1;
    }();
    REQUIRE(fullRow >= 0);
    CHECK(entries.index(fullRow, ui::TodayModel::Commune).data().toString() ==
          QLatin1String("Choisy-le-Roi (94)"));
    CHECK(entries.index(fullRow, ui::TodayModel::Time).data().toString() == QLatin1String("10:00"));
    CHECK(
        entries.index(fullRow, ui::TodayModel::Subject).data(Qt::DecorationRole).value<QColor>() ==
        QColor(desk.referential.poleColor(QStringLiteral("emploi"))));
    CHECK(entries.index(fullRow, ui::TodayModel::Count).data().toInt() == 1);
    CHECK(entries.index(fullRow, ui::TodayModel::Subject).data().toString() ==
          desk.referential.label(Referential::Kind::Theme, QStringLiteral("emploi-recherche")));

    REQUIRE(session.correct(third->id, walkIn(QStringLiteral("droit"), 2)).ok());
    CHECK(counts.count(QStringLiteral("droit")) == 2);
    CHECK(counts.total() == 7);
    REQUIRE(session.remove(third->id).ok());
    CHECK(entries.rowCount() == 2);
    CHECK(entries.rowOf(third->id) == -1);
    REQUIRE(session.undo().ok()); // the deletion
    REQUIRE(session.undo().ok()); // the correction
    CHECK(counts.count(QStringLiteral("emploi")) == 2);
    CHECK(entries.rowCount() == 3);

    // The next day starts empty.
    desk.clockNow = desk.clockNow.addDays(1);
    entries.refresh();
    counts.refresh();
    CHECK(entries.rowCount() == 0);
    CHECK(counts.total() == 0);
}

TEST_CASE("the main window renders offscreen", "[ui][window]")
{
    DeskWindow w;
    CHECK(
        w.window->windowTitle().contains(QStringLiteral("Cité des métiers de Paris la Villette")));
    CHECK(w.window->width() >= 1000);
    const QImage image = w.window->grab().toImage();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == w.window->width());
    CHECK(image.height() == w.window->height());
    // Not a blank canvas: the pôle buttons paint their colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
}
