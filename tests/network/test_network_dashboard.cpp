// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard over the network database: the same figures as the Cité's own dashboard
// over its consolidated cache, the Cité dimension, and the screens (Base réseau, the
// network dashboard with its Cité filter) against the real server.
#include "network_support.h"
#include "ui_support.h"

#include "core/network/network_connection.h"
#include "core/network/network_dashboard.h"
#include "core/programme/interviews.h"
#include "core/programme/programme.h"
#include "core/report/calendar.h"
#include "ui/dashboard/dashboard_widget.h"
#include "ui/main_window.h"
#include "ui/sync/network_health_widget.h"
#include "ui/sync/network_settings_dialog.h"
#include "ui/sync/sync_controller.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>

using namespace passages;
using namespace passages::test;

namespace {

DashboardRequest request2024()
{
    DashboardRequest request = DashboardRequest::standard(QDate(2024, 12, 20));
    request.filter.from = QDate(2024, 3, 1);
    request.filter.to = QDate(2024, 11, 30);
    request.bilanYear = 2024;
    return request;
}

DashboardLoad loaded(const DashboardSource &source, const DashboardRequest &request)
{
    Result<DashboardLoad> load =
        source.load(request, Referential::defaultReferential(), passages::test::communes());
    INFO((load ? QString() : load.error().message).toStdString());
    REQUIRE(load.ok());
    return std::move(load).value();
}

QList<std::pair<QString, qint64>> rowsOf(const Breakdown &b)
{
    QList<std::pair<QString, qint64>> rows;
    for (const BreakdownRow &row : b.rows)
        rows << std::pair{row.code, row.count};
    return rows;
}

QList<qint64> bucketsOf(const PoleSeries &series)
{
    QList<qint64> totals;
    for (const Bucket &b : series.buckets)
        totals << b.total;
    return totals;
}

QList<int> openDaysOf(const PoleSeries &series)
{
    QList<int> days;
    for (const Bucket &b : series.buckets)
        days << b.openDays;
    return days;
}

void sameFigures(const DashboardFigures &pg, const DashboardFigures &cache)
{
    CHECK(pg.periodTotal == cache.periodTotal);
    CHECK(pg.previousPeriodTotal == cache.previousPeriodTotal);
    CHECK(pg.periodOpenDays == cache.periodOpenDays);
    CHECK(bucketsOf(pg.days) == bucketsOf(cache.days));
    CHECK(bucketsOf(pg.weeks) == bucketsOf(cache.weeks));
    CHECK(bucketsOf(pg.months) == bucketsOf(cache.months));
    CHECK(bucketsOf(pg.today) == bucketsOf(cache.today));
    CHECK(pg.heatMap.total() == cache.heatMap.total());
    for (int d = 0; d < 7; ++d)
        for (int h = 0; h < 24; ++h)
            CHECK(pg.heatMap.cells[d][h] == cache.heatMap.cells[d][h]);
    REQUIRE(pg.breakdowns.size() == cache.breakdowns.size());
    for (int i = 0; i < pg.breakdowns.size(); ++i) {
        INFO(breakdownName(pg.breakdowns.at(i).by).toStdString());
        CHECK(rowsOf(pg.breakdowns.at(i)) == rowsOf(cache.breakdowns.at(i)));
        CHECK(pg.breakdowns.at(i).otherCount == cache.breakdowns.at(i).otherCount);
    }
    CHECK(pg.previousPeriodOpenDays == cache.previousPeriodOpenDays);
    CHECK(openDaysOf(pg.days) == openDaysOf(cache.days));
    CHECK(openDaysOf(pg.months) == openDaysOf(cache.months));
    CHECK(bucketsOf(pg.previousMonthsSameDays) == bucketsOf(cache.previousMonthsSameDays));
    REQUIRE(pg.bilan.has_value());
    REQUIRE(cache.bilan.has_value());
    CHECK(pg.bilan->hasProgramme == cache.bilan->hasProgramme);
    REQUIRE(pg.bilan->headlines.size() == cache.bilan->headlines.size());
    for (int i = 0; i < cache.bilan->headlines.size(); ++i) {
        const BilanHeadline &own = cache.bilan->headlines.at(i);
        INFO(own.key.toStdString());
        CHECK(pg.bilan->headlines.at(i).key == own.key);
        CHECK(pg.bilan->headlines.at(i).value == own.value);
        CHECK(pg.bilan->headlines.at(i).previous == own.previous);
    }
    for (const BilanTable &table : cache.bilan->tables) {
        INFO(table.key.toStdString());
        const BilanTable *same = pg.bilan->table(table.key);
        REQUIRE(same != nullptr);
        CHECK(same->total == table.total);
        CHECK(same->previousTotal == table.previousTotal);
        CHECK(same->otherCount == table.otherCount);
        REQUIRE(same->lines.size() == table.lines.size());
        for (int l = 0; l < table.lines.size(); ++l) {
            CHECK(same->lines.at(l).code == table.lines.at(l).code);
            CHECK(same->lines.at(l).label == table.lines.at(l).label);
            CHECK(same->lines.at(l).count == table.lines.at(l).count);
            CHECK(same->lines.at(l).previous == table.lines.at(l).previous);
        }
    }
}

/// A desk's programme of 2023 and 2024 (interviews, an event of two sessions with
/// participants) and a summer closure of the whole Cité: what the bilan and the calendar
/// read beside the walk-ins.
void recordProgramme(TempDesk &desk, int seed)
{
    Interviews interviews(*desk.db, desk.referential);
    const QStringList poles = codes(desk.referential, Referential::Kind::Pole);
    for (int i = 0; i < 6 + seed; ++i) {
        InterviewInput input;
        input.pole = poles.at((i + seed) % poles.size());
        input.at = QDateTime(QDate(2023 + i % 2, 2 + i % 9, 3 + i), QTime(11, 0));
        REQUIRE(interviews.log(input).ok());
    }
    Programme programme(*desk.db, desk.referential);
    EventInput forum;
    forum.title = QStringLiteral("Forum %1").arg(seed);
    forum.type = QStringLiteral("forum");
    Result<Event> event = programme.createEvent(forum, QDate(2024, 5, 14), QDate(2024, 5, 15));
    INFO((event.ok() ? QString() : event.error().message).toStdString());
    REQUIRE(event.ok());
    Result<QList<EventSession>> sessions = programme.sessions(event->id);
    REQUIRE(sessions.ok());
    REQUIRE(sessions->size() == 2);
    REQUIRE(programme.recordAttendance(sessions->at(0).id, {60 + seed, {}, {}}).ok());
    REQUIRE(programme.recordAttendance(sessions->at(1).id, {40, {}, {}}).ok());
    Closure summer;
    summer.first = QDate(2024, 8, 5);
    summer.last = QDate(2024, 8, 16);
    summer.reason = QStringLiteral("Fermeture estivale");
    Result<Closure> closed = ClosureStore(*desk.db).add(summer, ClosureStore::WalkIns::Accept);
    INFO((closed.ok() ? QString() : closed.error().message).toStdString());
    REQUIRE(closed.ok());
}

/// A desk window on 20 December 2024, its referential in French; the whole UI in French
/// too when screenshots are asked for (PASSAGES_SCREENSHOT_DIR).
struct FrenchWhenShooting
{
    QString shots = qEnvironmentVariable("PASSAGES_SCREENSHOT_DIR");
    std::optional<FrenchUi> french;
    FrenchWhenShooting()
    {
        if (!shots.isEmpty())
            french.emplace();
    }
};
struct NetworkDeskWindow : FrenchWhenShooting
{
    DeskWindow w{[](TempDesk &desk) {
        desk.referential.setLanguage(QStringLiteral("fr"));
        desk.clockNow = QDateTime(QDate(2024, 12, 20), QTime(11, 0));
    }};
};

/// Base réseau's connection fields set to the test server's database `db`.
void fillConnection(QDialog &dialog, const PgDatabase &db)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("networkHost"))->setText(pgHost());
    dialog.findChild<QLineEdit *>(QStringLiteral("networkDatabase"))->setText(db.name());
    dialog.findChild<QLineEdit *>(QStringLiteral("networkUser"))
        ->setText(QStringLiteral("postgres"));
}

} // namespace

TEST_CASE("the network dashboard equals each Cité's own, and adds the Cité dimension", "[network]")
{
    PgDatabase db;
    init(db);
    Cite lyon(2, 150, 81), rennes(1, 120, 82);
    mustRun(consolidateArgs(lyon, db, QStringLiteral("lyon")));
    mustRun(consolidateArgs(rennes, db, QStringLiteral("rennes")));
    (void)shareReport(lyon, QStringLiteral("pole")); // consolidates each Cité's own cache
    (void)shareReport(rennes, QStringLiteral("pole"));
    const SqliteDashboardSource lyonCache(lyon.dir.filePath(QStringLiteral("cache.sqlite")));
    const SqliteDashboardSource rennesCache(rennes.dir.filePath(QStringLiteral("cache.sqlite")));
    const PgDashboardSource network(db.conninfo());

    DashboardRequest request = request2024();
    const DashboardLoad lyonOwn = loaded(lyonCache, request);
    const DashboardLoad rennesOwn = loaded(rennesCache, request);
    REQUIRE(lyonOwn.figures.periodTotal > 0);
    request.cite = QStringLiteral("lyon");
    const DashboardLoad lyonPg = loaded(network, request);
    sameFigures(lyonPg.figures, lyonOwn.figures);
    CHECK(lyonPg.cites == QStringList{QStringLiteral("lyon"), QStringLiteral("rennes")});
    CHECK(lyonPg.desks == lyonOwn.desks);
    REQUIRE(lyonPg.figures.cites.has_value());
    CHECK(lyonPg.figures.cites->total == lyonOwn.figures.periodTotal);

    // Codes merged in the referential count under their target, in both (the period's
    // pôles, the breakdowns, the bilan).
    {
        Referential merged = Referential::defaultReferential();
        const QStringList poles = codes(merged, Referential::Kind::Pole);
        const QStringList ages = codes(merged, Referential::Kind::AgeBand);
        REQUIRE(merged.merge(Referential::Kind::Pole, {poles.at(1)}, poles.at(0), QDate(2024, 1, 1))
                    .ok());
        REQUIRE(
            merged.merge(Referential::Kind::AgeBand, {ages.at(1)}, ages.at(0), QDate(2024, 1, 1))
                .ok());
        REQUIRE_FALSE(merged.merges().isEmpty());
        const auto withMerges = [&merged](const DashboardSource &source,
                                          const DashboardRequest &r) {
            Result<DashboardLoad> load = source.load(r, merged, passages::test::communes());
            INFO((load ? QString() : load.error().message).toStdString());
            REQUIRE(load.ok());
            return std::move(load).value();
        };
        DashboardRequest own = request;
        own.cite.clear();
        const DashboardLoad cache = withMerges(lyonCache, own);
        const DashboardLoad pg = withMerges(network, request);
        sameFigures(pg.figures, cache.figures);
        const Breakdown *age = pg.figures.breakdown(BreakdownBy::AgeBand);
        REQUIRE(age != nullptr);
        for (const BreakdownRow &row : age->rows)
            CHECK(row.code != ages.at(1));

        // Filtering on the target pôle takes the merged pôle's rows too, in both.
        const auto unmergedPole = [&](const QString &pole) {
            DashboardRequest r = own;
            r.filter.pole = pole;
            return loaded(lyonCache, r).figures.periodTotal;
        };
        const qint64 target = unmergedPole(poles.at(0));
        const qint64 mergedAway = unmergedPole(poles.at(1));
        REQUIRE(target > 0);
        REQUIRE(mergedAway > 0);
        own.filter.pole = poles.at(0);
        DashboardRequest pgPole = request;
        pgPole.filter.pole = poles.at(0);
        const DashboardLoad cachePole = withMerges(lyonCache, own);
        CHECK(cachePole.figures.periodTotal == target + mergedAway);
        sameFigures(withMerges(network, pgPole).figures, cachePole.figures);
    }

    // A site filter reads only that site's rows, in both.
    request.filter.site = QStringLiteral("villette");
    DashboardRequest ownSite = request;
    ownSite.cite.clear();
    sameFigures(loaded(network, request).figures, loaded(lyonCache, ownSite).figures);
    request.filter.site.clear();

    // The network: every Cité, one line each in the Cité breakdown and the bilan.
    request.cite.clear();
    const DashboardLoad all = loaded(network, request);
    CHECK(all.figures.periodTotal == lyonOwn.figures.periodTotal + rennesOwn.figures.periodTotal);
    // Every Cité's desks in the desk filter (the empty code once read as no Cité at all).
    REQUIRE_FALSE(lyonOwn.desks.isEmpty());
    for (const auto &desk : lyonOwn.desks + rennesOwn.desks)
        CHECK(all.desks.contains(desk));
    REQUIRE(all.figures.cites.has_value());
    QMap<QString, qint64> byCite;
    for (const BreakdownRow &row : all.figures.cites->rows)
        byCite.insert(row.code, row.count);
    CHECK(byCite.value(QStringLiteral("lyon")) == lyonOwn.figures.periodTotal);
    CHECK(byCite.value(QStringLiteral("rennes")) == rennesOwn.figures.periodTotal);
    REQUIRE(all.figures.bilan.has_value());
    const BilanTable *cites = all.figures.bilan->table(QStringLiteral("contacts-cite"));
    REQUIRE(cites != nullptr);
    const qint64 lyonYear = lyonOwn.figures.bilan->table(QStringLiteral("contacts-pole"))->total;
    const qint64 rennesYear =
        rennesOwn.figures.bilan->table(QStringLiteral("contacts-pole"))->total;
    CHECK(cites->total == lyonYear + rennesYear);
    // Pôle × Cité: each Cité's pôles as its own bilan counts them.
    const BilanTable *lyonPoles =
        all.figures.bilan->table(QStringLiteral("contacts-pole-cite-lyon"));
    REQUIRE(lyonPoles != nullptr);
    const BilanTable *own = lyonOwn.figures.bilan->table(QStringLiteral("contacts-pole"));
    QMap<QString, qint64> expected, got;
    for (const BilanLine &line : own->lines)
        if (line.count > 0)
            expected.insert(line.code, line.count);
    for (const BilanLine &line : lyonPoles->lines)
        if (line.count > 0)
            got.insert(line.code, line.count);
    CHECK(got == expected);
}

TEST_CASE("the network bilan counts each Cité's interviews and events, its closed days too",
          "[network]")
{
    PgDatabase db;
    init(db);
    Cite lyon(1, 90, 61), rennes(1, 70, 62);
    // The first desk of each Cité was cloned (Cite): it syncs as that PC (99).
    recordProgramme(*lyon.desks.front(), 1);
    lyon.sync(*lyon.desks.front(), 99);
    recordProgramme(*rennes.desks.front(), 2);
    rennes.sync(*rennes.desks.front(), 99);
    mustRun(consolidateArgs(lyon, db, QStringLiteral("lyon")));
    mustRun(consolidateArgs(rennes, db, QStringLiteral("rennes")));
    (void)shareReport(lyon, QStringLiteral("pole"));
    (void)shareReport(rennes, QStringLiteral("pole"));
    // A null column stays null in the network's records: the forums are transversal (no
    // pôle) and the interviews name no partner. (They were kept as "", a pôle "" then.)
    const PgAdmin admin(db.name());
    CHECK(admin
              .value(QStringLiteral("SELECT COUNT(*) FROM record WHERE entity = 'event' AND "
                                    "jsonb_typeof(row->'pole') = 'null'"))
              .toInt() == 2);
    CHECK(admin
              .value(QStringLiteral("SELECT COUNT(*) FROM record WHERE entity = 'event' AND "
                                    "row->>'pole' = ''"))
              .toInt() == 0);
    CHECK(admin
              .value(QStringLiteral("SELECT COUNT(*) FROM record WHERE entity = 'interview' "
                                    "AND jsonb_typeof(row->'partner') = 'null'"))
              .toInt() == 7 + 8);
    const SqliteDashboardSource lyonCache(lyon.dir.filePath(QStringLiteral("cache.sqlite")));
    const PgDashboardSource network(db.conninfo());

    DashboardRequest request = request2024();
    const DashboardLoad own = loaded(lyonCache, request);
    request.cite = QStringLiteral("lyon");
    const DashboardLoad pg = loaded(network, request);
    // The cache counts them (the desk recorded them): the network must too, to the unit.
    REQUIRE(own.figures.bilan.has_value());
    const Bilan &ownBilan = *own.figures.bilan;
    REQUIRE(ownBilan.hasProgramme);
    const auto headline = [](const Bilan &bilan, const char *key) {
        for (const BilanHeadline &h : bilan.headlines)
            if (h.key == QLatin1String(key))
                return h.value;
        return -1.0;
    };
    CHECK(headline(ownBilan, "interviews") == 3); // 7 interviews, 3 of them in 2024
    CHECK(headline(ownBilan, "events") == 1);
    CHECK(headline(ownBilan, "participants") == 101);
    sameFigures(pg.figures, own.figures);
    CHECK(headline(*pg.figures.bilan, "interviews") == 3);
    CHECK(headline(*pg.figures.bilan, "participants") == 101);

    // The closure: its days are closed in the network's Lyon as in Lyon's cache.
    const auto august = [](const PoleSeries &days) {
        for (const Bucket &b : days.buckets)
            if (b.first == QDate(2024, 8, 6))
                return b.status.kind;
        return DayStatus::Kind::Open;
    };
    CHECK(august(own.figures.days) == DayStatus::Kind::Closure);
    CHECK(august(pg.figures.days) == DayStatus::Kind::Closure);

    // The whole network: both Cités close those days, so the network does; the bilan
    // adds both Cités' programmes.
    request.cite.clear();
    const DashboardLoad all = loaded(network, request);
    CHECK(august(all.figures.days) == DayStatus::Kind::Closure);
    CHECK(headline(*all.figures.bilan, "interviews") == 3 + 4);
    CHECK(headline(*all.figures.bilan, "events") == 2);
    CHECK(headline(*all.figures.bilan, "participants") == 101 + 102);
    const int networkOpenDays = all.figures.periodOpenDays;

    // A day only one Cité closes is a network opening day.
    admin.exec(QStringLiteral(
        "UPDATE record SET deleted = 1 WHERE entity = 'closure' AND cite = 'rennes'"));
    const DashboardLoad reopened = loaded(network, request);
    CHECK(august(reopened.figures.days) == DayStatus::Kind::Open);
    CHECK(reopened.figures.periodOpenDays > networkOpenDays);
    request.cite = QStringLiteral("lyon");
    CHECK(august(loaded(network, request).figures.days) == DayStatus::Kind::Closure);
}

TEST_CASE("Base réseau and the network dashboard, from the desk window", "[network]")
{
    PgDatabase db;
    init(db);
    Cite lyon(1, 80, 91), rennes(1, 60, 92);
    mustRun(consolidateArgs(lyon, db, QStringLiteral("lyon")));
    mustRun(consolidateArgs(rennes, db, QStringLiteral("rennes")));
    NetworkDeskWindow window;
    DeskWindow &w = window.w;
    const QString &shots = window.shots;
    QTabWidget *tabs = w.window->tabs();
    const int before = tabs->count();
    REQUIRE(w.window->networkDatabaseDashboard() == nullptr);

    // The administrator sets the network database and tests it before saving.
    bool tested = false;
    w.prompter.onDialog = [&](QDialog &dialog) {
        auto *settings = qobject_cast<ui::NetworkSettingsDialog *>(&dialog);
        REQUIRE(settings != nullptr);
        fillConnection(dialog, db);
        dialog.findChild<QLineEdit *>(QStringLiteral("networkPassword"))
            ->setText(QStringLiteral("typed for the session"));
        QSignalSpy done(settings, &ui::NetworkSettingsDialog::tested);
        settings->testButton()->click();
        REQUIRE(done.wait(30000));
        REQUIRE(settings->lastTest().has_value());
        CHECK(settings->lastTest()->ok());
        CHECK(settings->lastTest()->cites == 2);
        CHECK(settings->resultLabel()->text().contains(QLatin1String("2")));
        // Says where libpq reads the password.
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("networkPasswordSource"))
                  ->text()
                  .contains(pgPasswordFilePath().toHtmlEscaped()));
        if (!shots.isEmpty()) {
            QTest::qWait(50);
            REQUIRE(dialog.grab().save(QDir(shots).filePath(QStringLiteral("base-reseau.png"))));
        }
        tested = true;
        return int(QDialog::Accepted);
    };
    w.answerAdminPassword(); // the settings are the admin's
    QAction *action = w.window->findChild<QAction *>(QStringLiteral("networkSettingsAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    REQUIRE(tested);
    // Saved: the connection, never the password.
    w.settings->sync();
    CHECK(w.settings->value(QStringLiteral("network/database")).toString() == db.name());
    for (const QString &key : w.settings->allKeys())
        CHECK_FALSE(w.settings->value(key).toString().contains(QLatin1String("typed for")));
    QFile ini(w.settings->fileName());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    CHECK_FALSE(ini.readAll().contains("typed for"));

    // Two more pages: every Cité's desks, and the dashboard with a Cité filter.
    CHECK(tabs->count() == before + 2);
    ui::NetworkHealthWidget *health = w.window->networkHealth();
    ui::DashboardWidget *dashboard = w.window->networkDatabaseDashboard();
    REQUIRE(health != nullptr);
    REQUIRE(dashboard != nullptr);
    tabs->setCurrentIndex(before);
    QSignalSpy healthLoaded(health, &ui::NetworkHealthWidget::loaded);
    if (health->isLoading() || healthLoaded.isEmpty())
        REQUIRE(healthLoaded.wait(30000));
    CHECK(health->healthModel().rowCount() == 4); // two desks, two cloned PCs' identities
    CHECK(health->citeFilter()->count() == 3);
    CHECK(health->summaryText().contains(QLatin1String("lyon")));

    QSignalSpy figures(dashboard, &ui::DashboardWidget::loaded);
    dashboard->setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 20));
    tabs->setCurrentIndex(before + 1);
    REQUIRE(figures.wait(60000));
    REQUIRE(dashboard->figures().has_value());
    const qint64 network = dashboard->figures()->periodTotal;
    CHECK(network > 0);
    QComboBox *cite = dashboard->citeFilter();
    REQUIRE(cite->isVisible());
    CHECK(cite->findData(QStringLiteral("lyon")) > 0);
    CHECK(cite->findData(QStringLiteral("rennes")) > 0);
    dashboard->setCite(QStringLiteral("lyon"));
    dashboard->reload();
    REQUIRE(figures.wait(60000));
    const qint64 lyonOnly = dashboard->figures()->periodTotal;
    CHECK(lyonOnly > 0);
    CHECK(lyonOnly < network);
    REQUIRE(dashboard->figures()->cites.has_value());
    CHECK(dashboard->figures()->cites->total == lyonOnly);
    // The breakdowns start with the Cités.
    dashboard->setCite(QString());
    dashboard->reload();
    REQUIRE(figures.wait(60000));
    dashboard->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);
    QTest::qWait(50);
    QStringList boxes;
    for (QGroupBox *box : dashboard->findChildren<QGroupBox *>())
        boxes << box->title();
    CHECK(boxes.contains(dashboard->tr("Cités")));
    if (!shots.isEmpty()) {
        w.window->resize(1366, 768);
        dashboard->views()->setCurrentIndex(ui::DashboardWidget::Months);
        QTest::qWait(100);
        REQUIRE(w.window->grab().save(QDir(shots).filePath(QStringLiteral("tableau-reseau.png"))));
        dashboard->views()->setCurrentIndex(ui::DashboardWidget::Breakdowns);
        QTest::qWait(100);
        REQUIRE(w.window->grab().save(
            QDir(shots).filePath(QStringLiteral("tableau-reseau-cites.png"))));
        dashboard->views()->setCurrentIndex(ui::DashboardWidget::BilanView);
        QTest::qWait(100);
        REQUIRE(w.window->grab().save(
            QDir(shots).filePath(QStringLiteral("tableau-reseau-bilan.png"))));
        tabs->setCurrentIndex(before);
        QTest::qWait(100);
        REQUIRE(w.window->grab().save(QDir(shots).filePath(QStringLiteral("postes-reseau.png"))));
    }
}

TEST_CASE("a coordinator consolidates the Cité's share into the network database from the "
          "desk window",
          "[network]")
{
    PgDatabase db;
    init(db);
    Cite brest(2, 70, 95);
    NetworkDeskWindow window;
    DeskWindow &w = window.w;
    const QString &shots = window.shots;
    w.window->sync().setShareFolder(brest.root);
    const int before = w.window->tabs()->count();

    // Base réseau with the Cité code this PC consolidates as (only a valid code types).
    w.prompter.onDialog = [&](QDialog &dialog) {
        fillConnection(dialog, db);
        auto *cite = dialog.findChild<QLineEdit *>(QStringLiteral("networkCite"));
        REQUIRE(cite != nullptr);
        cite->setFocus();
        QTest::keyClicks(cite, QStringLiteral("Brest !"));
        CHECK(cite->text() == QLatin1String("rest")); // no capital first, no space, no '!'
        cite->setText(QStringLiteral("brest"));
        return int(QDialog::Accepted);
    };
    w.answerAdminPassword();
    w.window->findChild<QAction *>(QStringLiteral("networkSettingsAction"))->trigger();
    w.settings->sync();
    CHECK(w.settings->value(QStringLiteral("network/cite")).toString() == QLatin1String("brest"));

    ui::NetworkHealthWidget *health = w.window->networkHealth();
    REQUIRE(health != nullptr);
    QSignalSpy done(health, &ui::NetworkHealthWidget::consolidated);
    QSignalSpy loaded(health, &ui::NetworkHealthWidget::loaded);
    health->consolidateButton()->click();
    if (!shots.isEmpty()) {
        // Shown after half a second of work; a small share is done sooner: shown here.
        auto *progress = health->findChild<QProgressDialog *>(QStringLiteral("workProgress"));
        REQUIRE(progress != nullptr);
        progress->setMaximum(7);
        progress->setValue(3);
        progress->show();
        QTest::qWait(50);
        REQUIRE(progress->grab().save(
            QDir(shots).filePath(QStringLiteral("consolidation-progress.png"))));
    }
    REQUIRE(done.wait(120000));
    INFO(health->consolidationText().toStdString());
    CHECK(done.first().at(0).toBool());
    CHECK(health->consolidationText().contains(shots.isEmpty() ? QStringLiteral("imported")
                                                               : QStringLiteral("importés")));
    // Exactly the share's walk-ins, under the code of the settings.
    CHECK(byCite(db).first.value(QStringLiteral("brest")) == brest.expectedTotal());
    if (health->isLoading() || loaded.isEmpty())
        REQUIRE(loaded.wait(30000));
    CHECK(health->summaryText().contains(QLatin1String("brest")));
    CHECK(health->citeFilter()->findData(QStringLiteral("brest")) > 0);
    if (!shots.isEmpty()) {
        w.window->resize(1366, 768);
        w.window->tabs()->setCurrentIndex(before);
        QTest::qWait(100);
        REQUIRE(w.window->grab().save(
            QDir(shots).filePath(QStringLiteral("postes-reseau-consolider.png"))));
    }

    // Again: nothing new, nothing doubled.
    done.clear();
    health->consolidateButton()->click();
    REQUIRE(done.wait(120000));
    CHECK(done.first().at(0).toBool());
    CHECK(byCite(db).first.value(QStringLiteral("brest")) == brest.expectedTotal());

    // Without a Cité code: said, and nothing runs.
    w.settings->setValue(QStringLiteral("network/cite"), QString());
    done.clear();
    health->consolidateButton()->click();
    REQUIRE(done.size() == 1);
    CHECK_FALSE(done.first().at(0).toBool());
    CHECK(health->consolidationText().contains(shots.isEmpty() ? QStringLiteral("Cité code")
                                                               : QStringLiteral("code de Cité")));
}
