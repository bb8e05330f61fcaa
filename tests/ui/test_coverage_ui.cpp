// SPDX-License-Identifier: GPL-3.0-or-later
// *All desks › Coverage*: the coverage check over a consolidated cache, shown as a list.
#include "ui_support.h"

#include "core/storage/database.h"
#include "ui/sync/coverage_widget.h"
#include "ui/sync/health_widget.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTabWidget>
#include <QUuid>

using namespace passages;
using namespace passages::test;

namespace {

void row(const Database &db, const char *desk, const QDate &date, int hour, int count,
         const QDateTime &typed)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO passage (id, site, desk, local_date, local_time, utc_offset, pole, "
        "age_band, commune, public, channel, count, recorded_utc, updated_utc) VALUES (:id, "
        "'villette', :desk, :date, :time, 3600, 'emploi', 'nr', 'nr', 'nr', 'sur-place', "
        ":count, :typed, :typed)"));
    q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":desk"), QLatin1String(desk));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":time"), QTime(hour, 0).toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":count"), count);
    q.bindValue(QStringLiteral(":typed"), typed.toString(Qt::ISODateWithMs));
    REQUIRE(q.exec());
}

/// A cache where Accueil 2 was forgotten on the 4th and caught up the 5th's morning in the
/// evening; a closure on the 6th with an entry all the same.
struct CoverageCache
{
    TempDesk desk;
    const QDate monday{2025, 3, 3};

    CoverageCache()
    {
        const Database &db = *desk.db;
        for (int d = 0; d < 3; ++d)
            for (int h = 9; h <= 17; ++h) {
                const QDate date = monday.addDays(d);
                const QDateTime onTime(date, QTime(h - 1, 1), Qt::UTC);
                row(db, "Accueil 1", date, h, 2, onTime);
                if (d == 0 || (d == 2 && h > 12))
                    row(db, "Accueil 2", date, h, 1, onTime);
                if (d == 2 && h <= 12)
                    row(db, "Accueil 2", date, h, 1,
                        QDateTime(date, QTime(17, 30 + h - 9), Qt::UTC));
            }
        // Accueil 2 works on Tuesdays: the next one, it logged.
        row(db, "Accueil 2", monday.addDays(8), 10, 1,
            QDateTime(monday.addDays(8), QTime(9, 1), Qt::UTC));
        QSqlQuery q = db.prepare(QStringLiteral(
            "INSERT INTO closure (id, site, desk, closed_site, first_date, last_date, reason, "
            "recorded_utc, updated_utc) VALUES ('c1', 'villette', 'Accueil 1', '', "
            "'2025-03-06', '2025-03-06', 'Grève', '2025-01-01T00:00:00Z', "
            "'2025-01-01T00:00:00Z')"));
        REQUIRE(q.exec());
        row(db, "Accueil 1", monday.addDays(3), 10, 1,
            QDateTime(monday.addDays(3), QTime(9, 1), Qt::UTC));
    }
};

} // namespace

TEST_CASE("coverage tab: the findings of the consolidated figures, as a list", "[ui][sync]")
{
    CoverageCache cache;
    ScriptedPrompter prompter;
    ui::HealthWidget health([] { return QString(); }, prompter);
    health.resize(1100, 500);
    activate(health);
    ui::CoverageWidget *coverage = health.coverage();
    REQUIRE(coverage != nullptr);
    QAbstractItemModelTester tester(&coverage->model());
    auto *tabs = health.findChild<QTabWidget *>();
    REQUIRE(tabs != nullptr);
    // Before any consolidation there is nothing to read.
    tabs->setCurrentWidget(coverage);
    CHECK(coverage->notice().contains(QLatin1String("Consolidate")));
    coverage->reload();
    CHECK_FALSE(coverage->isBusy());

    coverage->setPeriod(cache.monday, cache.monday.addDays(6));
    Q_EMIT health.consolidated(cache.desk.path); // the tab is shown: it checks at once
    REQUIRE(QTest::qWaitFor([&] { return !coverage->isBusy(); }, 20000));
    ui::CoverageModel &model = coverage->model();
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.index(r, ui::CoverageModel::Kind).data().toString() + QLatin1Char('|') +
                    model.index(r, ui::CoverageModel::Desk).data().toString();
    CHECK(rows == QStringList{QStringLiteral("Silent desk|Accueil 2"),
                              QStringLiteral("Back-dated|Accueil 2"),
                              QStringLiteral("Closed day|Accueil 1")});
    CHECK(model.index(0, ui::CoverageModel::Detail)
              .data()
              .toString()
              .contains(QLatin1String("all day")));
    CHECK(model.index(2, ui::CoverageModel::Detail)
              .data()
              .toString()
              .contains(QStringLiteral("Grève")));
    CHECK(coverage->notice().contains(QLatin1String("3 finding")));
    CHECK(tabs->tabText(tabs->indexOf(coverage)) == QLatin1String("Coverage (3)"));

    // A period without findings says so.
    coverage->setPeriod(cache.monday.addDays(10), cache.monday.addDays(12));
    QTest::mouseClick(coverage->findChild<QPushButton *>(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !coverage->isBusy(); }, 20000));
    CHECK(model.rowCount() == 0);
    CHECK(coverage->notice().contains(QLatin1String("Nothing to look at")));
    CHECK(tabs->tabText(tabs->indexOf(coverage)) == QLatin1String("Coverage"));
}

TEST_CASE("screenshot of the coverage tab", "[.screenshot][sync]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    CoverageCache cache;
    ScriptedPrompter prompter;
    ui::HealthWidget health([] { return QString(); }, prompter);
    health.resize(1100, 420);
    activate(health);
    auto *tabs = health.findChild<QTabWidget *>();
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(health.coverage());
    health.coverage()->setPeriod(cache.monday, cache.monday.addDays(6));
    Q_EMIT health.consolidated(cache.desk.path);
    REQUIRE(QTest::qWaitFor([&] { return !health.coverage()->isBusy(); }, 20000));
    QTest::qWait(50);
    REQUIRE(health.grab().save(QDir(folder).filePath(QStringLiteral("coverage.png"))));
}
