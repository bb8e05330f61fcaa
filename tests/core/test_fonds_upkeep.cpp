// SPDX-License-Identifier: GPL-3.0-or-later
// The fonds' upkeep: periodical lateness and retention, weeding, inventory, CSV exchange.
#include "support/test_support.h"

#include "core/fonds/fonds.h"
#include "core/fonds/fonds_csv.h"

#include <catch2/catch.hpp>

using namespace passages;

namespace {

struct UpkeepDesk
{
    test::TempDesk desk;
    Fonds fonds{*desk.db, desk.referential, [this] {
                    return desk.clockNow;
                }};

    Title addTitle(const QString &name, const QString &theme, int year = 0,
                   TitleType type = TitleType::Book, const QString &publisher = {},
                   const QString &edition = {})
    {
        Title t;
        t.title = name;
        t.theme = theme;
        t.year = year;
        t.type = type;
        t.publisher = publisher;
        t.edition = edition;
        Result<Title> added = fonds.catalogue().addTitle(t);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return *added;
    }
    Copy addCopy(const Title &t, const QString &inventory, QDate acquired = {},
                 CopyStatus status = CopyStatus::OnShelf, const QString &location = {})
    {
        Copy c;
        c.titleId = t.id;
        c.inventory = inventory;
        c.acquired = acquired;
        c.status = status;
        c.location = location;
        Result<Copy> added = fonds.catalogue().addCopy(c);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return *added;
    }
};

Issue issue(const char *id, QDate received, QDate removed = {})
{
    Issue i;
    i.id = QLatin1String(id);
    i.received = received;
    i.removed = removed;
    return i;
}

QList<ExpectedIssue::State> states(const QList<ExpectedIssue> &expected)
{
    QList<ExpectedIssue::State> result;
    for (const ExpectedIssue &e : expected)
        result << e.state;
    return result;
}

QStringList inventories(const QList<Copy> &copies)
{
    QStringList result;
    for (const Copy &c : copies)
        result << c.inventory;
    return result;
}

} // namespace

TEST_CASE("fonds: due dates follow the frequency", "[fonds][periodicals]")
{
    Subscription monthly;
    monthly.issuesPerYear = 12;
    monthly.start = QDate(2024, 1, 31);
    CHECK(FondsPeriodicals::dueDates(monthly, QDate(2024, 4, 30)) ==
          QList<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31),
                       QDate(2024, 4, 30)});
    Subscription quarterly = monthly;
    quarterly.issuesPerYear = 4;
    quarterly.start = QDate(2024, 1, 15);
    CHECK(FondsPeriodicals::dueDates(quarterly, QDate(2024, 12, 31)).size() == 4);
    Subscription weekly;
    weekly.issuesPerYear = 52;
    weekly.start = QDate(2024, 1, 1);
    weekly.end = QDate(2024, 1, 31);
    CHECK(FondsPeriodicals::dueDates(weekly, QDate(2024, 12, 31)) ==
          QList<QDate>{QDate(2024, 1, 1), QDate(2024, 1, 8), QDate(2024, 1, 15), QDate(2024, 1, 22),
                       QDate(2024, 1, 29)});
    Subscription daily;
    daily.issuesPerYear = 312;       // Monday to Saturday
    daily.start = QDate(2024, 3, 4); // a Monday
    CHECK(FondsPeriodicals::dueDates(daily, QDate(2024, 3, 10)).size() == 6);
    daily.issuesPerYear = 255; // Monday to Friday
    CHECK(FondsPeriodicals::dueDates(daily, QDate(2024, 3, 10)).size() == 5);
    Subscription eleven;
    eleven.issuesPerYear = 11; // a monthly that skips August: every 33 days
    eleven.start = QDate(2024, 1, 1);
    CHECK(FondsPeriodicals::dueDates(eleven, QDate(2024, 2, 3)) ==
          QList<QDate>{QDate(2024, 1, 1), QDate(2024, 2, 3)});
    CHECK(FondsPeriodicals::graceDays(monthly) == 15);
    CHECK(FondsPeriodicals::graceDays(weekly) == 3);
    CHECK(FondsPeriodicals::graceDays(daily) == 1);
}

TEST_CASE("fonds: late and missing issues of a monthly review", "[fonds][periodicals]")
{
    using State = ExpectedIssue::State;
    Subscription s;
    s.issuesPerYear = 12;
    s.start = QDate(2024, 1, 1);
    const QList<Issue> received{issue("jan", QDate(2024, 1, 3)), issue("feb", QDate(2024, 2, 2)),
                                issue("apr", QDate(2024, 4, 4))};

    // 20 March: the March issue is 19 days overdue, past the 15-day grace: late.
    QList<ExpectedIssue> e =
        FondsPeriodicals::expectedIssues(s, received.mid(0, 2), QDate(2024, 3, 20));
    CHECK(states(e) ==
          QList<State>{State::Received, State::Received, State::Late, State::Upcoming});
    CHECK(e.at(0).issueId == QLatin1String("jan"));
    CHECK(e.at(2).due == QDate(2024, 3, 1));
    // 10 March: still within the grace delay.
    e = FondsPeriodicals::expectedIssues(s, received.mid(0, 2), QDate(2024, 3, 10));
    CHECK(e.at(2).state == State::Upcoming);

    // 20 April: April came, March never did: a whole period later it is missing.
    e = FondsPeriodicals::expectedIssues(s, received, QDate(2024, 4, 20));
    CHECK(states(e) == QList<State>{State::Received, State::Received, State::Missing,
                                    State::Received, State::Upcoming});
    CHECK(e.at(3).issueId == QLatin1String("apr"));

    // Three issues checked in together after a holiday fill the three due dates.
    const QList<Issue> batch{issue("a", QDate(2024, 3, 25)), issue("b", QDate(2024, 3, 25)),
                             issue("c", QDate(2024, 3, 25))};
    e = FondsPeriodicals::expectedIssues(s, batch, QDate(2024, 3, 25));
    CHECK(states(e) ==
          QList<State>{State::Received, State::Received, State::Received, State::Upcoming});
    // An issue in early: it fills the next due date.
    e = FondsPeriodicals::expectedIssues(s, {issue("early", QDate(2023, 12, 27))},
                                         QDate(2023, 12, 28));
    REQUIRE(e.size() == 1);
    CHECK(e.at(0).state == State::Received);
}

TEST_CASE("fonds: the retention rule says which issues leave the shelf", "[fonds][periodicals]")
{
    Subscription s;
    s.issuesPerYear = 12;
    s.start = QDate(2024, 1, 1);
    const QList<Issue> shelf{issue("1", QDate(2023, 11, 3)),
                             issue("2", QDate(2023, 12, 2)),
                             issue("0", QDate(2023, 10, 2), QDate(2024, 1, 1)),
                             issue("3", QDate(2024, 1, 5)),
                             issue("4", QDate(2024, 2, 3)),
                             issue("5", QDate(2024, 3, 4))};
    auto ids = [](const QList<Issue> &issues) {
        QStringList result;
        for (const Issue &i : issues)
            result << i.id;
        return result;
    };
    CHECK(FondsPeriodicals::retention(s, shelf, QDate(2024, 3, 5)).isEmpty());
    s.keepIssues = 3;
    CHECK(ids(FondsPeriodicals::retention(s, shelf, QDate(2024, 3, 5))) == QStringList{"1", "2"});
    s.keepIssues = 0;
    s.keepMonths = 2; // since 5 January
    CHECK(ids(FondsPeriodicals::retention(s, shelf, QDate(2024, 3, 5))) == QStringList{"1", "2"});
    s.keepMonths = 3; // since 5 December
    CHECK(ids(FondsPeriodicals::retention(s, shelf, QDate(2024, 3, 5))) == QStringList{"1", "2"});
    s.keepMonths = 4; // since 5 November
    CHECK(ids(FondsPeriodicals::retention(s, shelf, QDate(2024, 3, 5))) == QStringList{"1"});
}

TEST_CASE("fonds: check-in, the periodicals' situation and removal", "[fonds][periodicals]")
{
    UpkeepDesk d;
    const Title book = d.addTitle(QStringLiteral("Livre"), QStringLiteral("MFO"));
    const Title review = d.addTitle(QStringLiteral("Revue de l'emploi"), QStringLiteral("MFP"), 0,
                                    TitleType::Review);
    Subscription s;
    s.titleId = book.id;
    s.start = QDate(2023, 12, 1);
    CHECK(d.fonds.periodicals().addSubscription(s).error().field == QLatin1String("title"));
    s.titleId = review.id;
    s.keepIssues = 2;
    s.keepMonths = 2;
    CHECK(d.fonds.periodicals().addSubscription(s).error().field == QLatin1String("retention"));
    s.keepMonths = 0;
    Result<Subscription> sub = d.fonds.periodicals().addSubscription(s);
    REQUIRE(sub.ok());

    REQUIRE(
        d.fonds.periodicals().checkIn(sub->id, QStringLiteral("n° 1"), QDate(2023, 12, 2)).ok());
    REQUIRE(d.fonds.periodicals().checkIn(sub->id, QStringLiteral("n° 2"), QDate(2024, 1, 3)).ok());
    REQUIRE(d.fonds.periodicals().checkIn(sub->id, QStringLiteral("n° 4")).ok()); // today, 5 March
    CHECK(d.fonds.periodicals().checkIn(sub->id, QString(), QDate(2024, 3, 6)).error().field ==
          QLatin1String("received"));
    CHECK(d.fonds.periodicals().checkIn(QStringLiteral("nope"), QString()).error().code ==
          ErrorCode::NotFound);

    Result<QList<PeriodicalStatus>> all = d.fonds.periodicals().running();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    const PeriodicalStatus &p = all->first();
    CHECK(p.title.title == review.title);
    CHECK(p.received == 3);
    CHECK(p.lastReceived == QDate(2024, 3, 5));
    // Due 1 Dec, 1 Jan, 1 Feb, 1 Mar; n° 4 (5 March) fills 1 March: February is late
    // (missing after 1 February + 15 days of grace + a month).
    REQUIRE(p.lateOrMissing.size() == 1);
    CHECK(p.lateOrMissing.first().due == QDate(2024, 2, 1));
    CHECK(p.lateOrMissing.first().state == ExpectedIssue::State::Late);
    CHECK(p.nextDue == QDate(2024, 4, 1));
    REQUIRE(p.toRemove.size() == 1);
    CHECK(p.toRemove.first().number == QStringLiteral("n° 1"));

    REQUIRE(d.fonds.periodicals().removeIssues({p.toRemove.first().id}).ok());
    CHECK(d.fonds.periodicals().running()->first().toRemove.isEmpty());
    const QList<Issue> kept = *d.fonds.periodicals().issues(sub->id);
    REQUIRE(kept.size() == 3); // history kept
    CHECK(kept.first().removed == QDate(2024, 3, 5));
}

TEST_CASE("fonds: the weeding assistant proposes old, superseded and unused copies",
          "[fonds][weeding]")
{
    UpkeepDesk d; // today: 2024-03-05
    WeedingRules rules;
    rules.maxAgeYears = {{QStringLiteral("MFF"), 3}, {QStringLiteral("MFO"), 5}};
    rules.unusedYears = 3;

    const Title oldGuide =
        d.addTitle(QStringLiteral("Guide de la formation"), QStringLiteral("MFF"), 2019,
                   TitleType::Book, QStringLiteral("Onisep"), QStringLiteral("4"));
    const Title newGuide =
        d.addTitle(QStringLiteral("Guide de la Formation"), QStringLiteral("MFF"), 2023,
                   TitleType::Book, QStringLiteral("ONISEP"), QStringLiteral("5"));
    const Title otherPublisher =
        d.addTitle(QStringLiteral("Guide de la formation"), QStringLiteral("MFF"), 2018,
                   TitleType::Book, QStringLiteral("Studyrama"));
    const Title recent = d.addTitle(QStringLiteral("Métiers du soin"), QStringLiteral("MFO"), 2023);
    const Title unknownYear = d.addTitle(QStringLiteral("Classeur des concours"),
                                         QStringLiteral("MFO"), 0, TitleType::Binder);
    const Title review =
        d.addTitle(QStringLiteral("Revue"), QStringLiteral("MFF"), 2010, TitleType::Review);

    const Copy old1 = d.addCopy(oldGuide, QStringLiteral("A1"), QDate(2019, 9, 1));
    d.addCopy(oldGuide, QStringLiteral("A2"), QDate(2019, 9, 1), CopyStatus::Withdrawn);
    const Copy new1 = d.addCopy(newGuide, QStringLiteral("B1"), QDate(2023, 9, 1));
    const Copy other1 = d.addCopy(otherPublisher, QStringLiteral("C1"), QDate(2018, 9, 1));
    d.addCopy(recent, QStringLiteral("D1"), QDate(2020, 1, 10));
    const Copy binder = d.addCopy(unknownYear, QStringLiteral("E1"), QDate(2020, 5, 1));
    d.addCopy(review, QStringLiteral("F1"), QDate(2010, 5, 1));

    // D1 was consulted last year; A1 three and a half years ago (too long).
    d.desk.clockNow = QDateTime(QDate(2023, 5, 1), QTime(10, 0));
    REQUIRE(d.fonds.upkeep().consultTitle(recent.id).ok());
    d.desk.clockNow = QDateTime(QDate(2020, 9, 1), QTime(10, 0));
    REQUIRE(d.fonds.upkeep().consultTitle(oldGuide.id).ok());
    d.desk.clockNow = QDateTime(QDate(2024, 3, 5), QTime(10, 0));
    REQUIRE(d.fonds.upkeep().consultTitle(newGuide.id).ok());
    REQUIRE(d.fonds.upkeep().consultTitle(otherPublisher.id).ok());

    Result<QList<WeedingCandidate>> candidates = d.fonds.upkeep().weedingCandidates(rules);
    REQUIRE(candidates.ok());
    QHash<QString, WeedingCandidate> byInventory;
    for (const WeedingCandidate &c : *candidates)
        byInventory.insert(c.copy.inventory, c);
    CHECK(byInventory.keys().size() == 3);
    REQUIRE(byInventory.contains(QStringLiteral("A1")));
    CHECK(byInventory[QStringLiteral("A1")].reasons ==
          (WeedingCandidate::TooOld | WeedingCandidate::Superseded | WeedingCandidate::Unused));
    CHECK(byInventory[QStringLiteral("A1")].supersededBy == newGuide.id);
    REQUIRE(byInventory.contains(QStringLiteral("C1"))); // 2018 > 3 years; another publisher's
    CHECK(byInventory[QStringLiteral("C1")].reasons == WeedingCandidate::TooOld);
    REQUIRE(
        byInventory.contains(QStringLiteral("E1"))); // no year, bought 2020: not too old, unused
    CHECK(byInventory[QStringLiteral("E1")].reasons == WeedingCandidate::Unused);
    CHECK(FondsUpkeep::reasonText(byInventory[QStringLiteral("A1")].reasons) ==
          QLatin1String("too old, superseded by a newer edition, not consulted"));

    // Withdrawn in one action; the copies stay with their reason (history).
    REQUIRE(d.fonds.upkeep().withdraw({old1.id, binder.id}, QStringLiteral("weeding 2024")).ok());
    const Copy withdrawn = *d.fonds.catalogue().copy(old1.id);
    CHECK(withdrawn.status == CopyStatus::Withdrawn);
    CHECK(withdrawn.statusDate == QDate(2024, 3, 5));
    CHECK(withdrawn.statusNote == QLatin1String("weeding 2024"));
    CHECK(withdrawn.revision == 2);
    CHECK(d.fonds.upkeep().weedingCandidates(rules)->size() == 1);
    CHECK(d.fonds.catalogue().copy(new1.id)->status == CopyStatus::OnShelf);
    (void)other1;

    // Rules are saved per desk.
    CHECK(d.fonds.upkeep().weedingRules().maxAgeYears.value(QStringLiteral("MFF")) == 3);
    REQUIRE(d.fonds.upkeep().setWeedingRules(rules).ok());
    CHECK(d.fonds.upkeep().weedingRules().maxAgeYears.value(QStringLiteral("MFO")) == 5);
    CHECK_FALSE(d.fonds.upkeep().weedingRules().maxAgeYears.contains(QStringLiteral("MFP")));
    rules.unusedYears = -1;
    CHECK_FALSE(d.fonds.upkeep().setWeedingRules(rules).ok());
}

TEST_CASE("fonds: an inventory session's scans are kept until a new session", "[fonds][inventory]")
{
    test::TempDesk desk;
    {
        Fonds fonds(*desk.db, desk.referential);
        REQUIRE(fonds.upkeep().recordInventoryScan(QStringLiteral(" P1 ")).ok());
        REQUIRE(fonds.upkeep().recordInventoryScan(QStringLiteral("9782100795444")).ok());
        REQUIRE(fonds.upkeep().recordInventoryScan(QStringLiteral("P1")).ok()); // twice: kept
        CHECK(fonds.upkeep().recordInventoryScan(QStringLiteral("  ")).error().code ==
              ErrorCode::InvalidArgument);
    }
    desk.reopen();
    Fonds fonds(*desk.db, desk.referential);
    CHECK(*fonds.upkeep().inventoryScans() ==
          QStringList{QStringLiteral("P1"), QStringLiteral("9782100795444"), QStringLiteral("P1")});
    REQUIRE(fonds.upkeep().clearInventoryScans().ok());
    CHECK(fonds.upkeep().inventoryScans()->isEmpty());
}

TEST_CASE("fonds: an inventory session finds missing and unexpected copies", "[fonds][inventory]")
{
    UpkeepDesk d;
    const Title p = d.addTitle(QStringLiteral("Emploi"), QStringLiteral("MFP"));
    const Title single = d.addTitle(QStringLiteral("CV"), QStringLiteral("MFP"));
    Title withIsbn = *d.fonds.catalogue().title(single.id);
    withIsbn.isbn = QStringLiteral("9782100795444");
    REQUIRE(d.fonds.catalogue().updateTitle(withIsbn).ok());
    const Title o = d.addTitle(QStringLiteral("Orientation"), QStringLiteral("MFO"));
    d.addCopy(p, QStringLiteral("P1"), {}, CopyStatus::OnShelf, QStringLiteral("Salle"));
    const Copy p2 =
        d.addCopy(p, QStringLiteral("P2"), {}, CopyStatus::OnShelf, QStringLiteral("Salle"));
    d.addCopy(p, QStringLiteral("P3"), {}, CopyStatus::OnShelf, QStringLiteral("Salle"));
    d.addCopy(p, QStringLiteral("P4"), {}, CopyStatus::Missing, QStringLiteral("Salle"));
    d.addCopy(p, QStringLiteral("P5"), {}, CopyStatus::OnShelf, QStringLiteral("Bureau"));
    d.addCopy(single, QStringLiteral("S1"), {}, CopyStatus::OnShelf, QStringLiteral("Salle"));
    d.addCopy(o, QStringLiteral("O1"), {}, CopyStatus::OnShelf, QStringLiteral("Salle"));

    const QStringList scanned{QStringLiteral("P1"),
                              QStringLiteral("p3 "),
                              QStringLiteral("O1"),
                              QStringLiteral("P4"),
                              QStringLiteral("ZZZ"),
                              QStringLiteral("P1"),
                              QStringLiteral("978-2-10-079544-4"),
                              QString()};
    Result<InventoryResult> r = d.fonds.upkeep().inventory({QStringLiteral("MFP"), {}}, scanned);
    REQUIRE(r.ok());
    CHECK(inventories(r->found) == QStringList{"P1", "P3", "S1"});
    CHECK(inventories(r->missing) == QStringList{"P2", "P5"});
    CHECK(inventories(r->unexpected) == QStringList{"O1", "P4"});
    CHECK(r->unknown == QStringList{"ZZZ"});

    r = d.fonds.upkeep().inventory({QStringLiteral("MFP"), QStringLiteral("salle")}, scanned);
    CHECK(inventories(r->missing) == QStringList{"P2"});
    r = d.fonds.upkeep().inventory({}, {});
    CHECK(r->missing.size() == 6);

    QStringList ids;
    const InventoryResult session =
        *d.fonds.upkeep().inventory({QStringLiteral("MFP"), QStringLiteral("Salle")}, scanned);
    for (const Copy &c : session.missing)
        ids << c.id;
    REQUIRE(d.fonds.catalogue()
                .setStatus(ids, CopyStatus::Missing, QStringLiteral("inventory 2024"))
                .ok());
    CHECK(d.fonds.catalogue().copy(p2.id)->status == CopyStatus::Missing);
    CHECK(d.fonds.upkeep()
              .inventory({QStringLiteral("MFP"), QStringLiteral("Salle")}, scanned)
              ->missing.isEmpty());
}

TEST_CASE("fonds: importing the catalogue is all or nothing, every bad row reported",
          "[fonds][csv]")
{
    UpkeepDesk d;
    const Title known = d.addTitle(QStringLiteral("Déjà là"), QStringLiteral("MFO"));
    d.addCopy(known, QStringLiteral("INV-9"));

    const QByteArray bad =
        "inventory;isbn;title;authors;theme;type;status;acquired;source;year\n"
        "INV-1;2-07-036822-X;Le guide;A. Auteur;MFO;book;on-shelf;2023-01-05;purchase;2022\n"
        "INV-2;978-2-07-036822-9;Le guide;;MFO;;;;;\n"   // 3: bad check digit
        "INV-3;;Sans thème;;MFZ;;;;;\n"                  // 4: unknown theme
        "INV-1;;Doublon;;MFP;;;;;\n"                     // 5: inventory twice
        "inv-9;;Existe;;MFP;;;;;\n"                      // 6: inventory stored
        "INV-6;;Date;;MFP;;perdu;31/02/2024;don;20xx\n"  // 7: status, date, source, year
        "INV-7;9782070368228;Un autre titre;;MFO;;;;;\n" // 8: same ISBN, other title
        "INV-8;;;;MFO;magazine;;;;\n";                   // 9: no title, bad type
    Result<FondsImportReport> report =
        FondsCsv::importData(d.fonds, bad, QStringLiteral("fonds.csv"));
    REQUIRE(report.ok());
    CHECK(report->titles == 0);
    const QStringList &p = report->problems;
    INFO(p.join(QLatin1Char('\n')).toStdString());
    REQUIRE(p.size() == 11);
    CHECK(p.at(0).startsWith(QLatin1String("fonds.csv, line 3, field isbn: ")));
    CHECK(p.at(0).contains(QLatin1String("9 instead of 8")));
    CHECK(p.at(1).startsWith(QLatin1String("fonds.csv, line 4, field theme: ")));
    CHECK(p.at(2).startsWith(QLatin1String("fonds.csv, line 5, field inventory: ")));
    CHECK(p.at(2).contains(QLatin1String("also on line 2")));
    CHECK(p.at(3).startsWith(QLatin1String("fonds.csv, line 6, field inventory: ")));
    CHECK(p.at(4).startsWith(QLatin1String("fonds.csv, line 7, field year: ")));
    CHECK(p.at(5).startsWith(QLatin1String("fonds.csv, line 7, field status: ")));
    CHECK(p.at(6).startsWith(QLatin1String("fonds.csv, line 7, field source: ")));
    CHECK(p.at(7).startsWith(QLatin1String("fonds.csv, line 7, field acquired: ")));
    CHECK(p.at(8).startsWith(QLatin1String("fonds.csv, line 8, field isbn: ")));
    CHECK(p.at(8).contains(QLatin1String("also on line 2")));
    CHECK(p.at(9).startsWith(QLatin1String("fonds.csv, line 9, field type: ")));
    CHECK(p.at(10).startsWith(QLatin1String("fonds.csv, line 9, field title: ")));
    CHECK(d.fonds.catalogue().titles()->size() == 1);
    CHECK(d.fonds.catalogue().copies()->size() == 1);

    Result<FondsImportReport> header =
        FondsCsv::importData(d.fonds, "titre,theme,colour\nx,MFO,red\n", QStringLiteral("h.csv"));
    REQUIRE(header.ok());
    CHECK(header->problems.size() == 3); // 2 unknown columns + missing "title"
    CHECK(FondsCsv::importFile(d.fonds, QStringLiteral("/nonexistent/x.csv")).error().code ==
          ErrorCode::Io);
}

TEST_CASE("fonds: a good catalogue imports, exports and re-imports elsewhere", "[fonds][csv]")
{
    UpkeepDesk d;
    const Title known = d.addTitle(QStringLiteral("Réussir son entretien"), QStringLiteral("MFP"));
    Title withIsbn = known;
    withIsbn.isbn = QStringLiteral("9782100795444");
    REQUIRE(d.fonds.catalogue().updateTitle(withIsbn).ok());

    const QByteArray good =
        "title,theme,isbn,inventory,subcote,acquired,source,status,location,edition,year,notes\n"
        "Le guide des métiers,mfo,2-07-036822-X,G-1,2.1,05/01/2023,gift,,Salle,3e éd.,2022,\n"
        "Le guide des métiers,MFO,9782070368228,G-2,2.1,2023-01-05,,reserve,Réserve,3e éd.,2022,\n"
        "\"Dossier \"\"VAE\"\"\",MFF,,,,,,,,,,\"Classeur; mis à jour\"\n"
        "Réussir son entretien,MFP,978-2-10-079544-4,R-1,,,,,,,,\n";
    Result<FondsImportReport> report =
        FondsCsv::importData(d.fonds, good, QStringLiteral("ok.csv"));
    REQUIRE(report.ok());
    INFO(report->problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report->problems.isEmpty());
    CHECK(report->titles == 2);
    CHECK(report->copies == 3);
    const Title guide = **d.fonds.catalogue().titleByIsbn(QStringLiteral("9782070368228"));
    CHECK(guide.cote() == QLatin1String("MFO 2.1"));
    const QList<Copy> guideCopies = *d.fonds.catalogue().copiesOf(guide.id);
    REQUIRE(guideCopies.size() == 2);
    CHECK(guideCopies.at(0).source == CopySource::Gift);
    CHECK(guideCopies.at(0).acquired == QDate(2023, 1, 5));
    CHECK(guideCopies.at(1).status == CopyStatus::Reserve);
    CHECK(d.fonds.catalogue().copiesOf(known.id)->size() == 1); // added to the catalogued title

    Result<QByteArray> csv = FondsCsv::exportData(d.fonds);
    REQUIRE(csv.ok());
    const QList<QByteArray> lines = csv->split('\n');
    CHECK(lines.at(0).trimmed() ==
          "inventory,isbn,title,authors,publisher,year,edition,theme,subcote,type,language,"
          "status,acquired,source,location,notes");
    REQUIRE(lines.size() == 6); // header, 4 rows, trailing empty
    CHECK(lines.at(1).trimmed() ==
          ",,\"Dossier \"\"VAE\"\"\",,,,,MFF,,book,fr,,,,,Classeur; mis à jour");
    CHECK(lines.at(2).trimmed() == "G-1,9782070368228,Le guide des métiers,,,2022,3e éd.,MFO,2.1,"
                                   "book,fr,on-shelf,2023-01-05,gift,Salle,");

    // Into the same desk: refused, the inventory numbers are there.
    Result<FondsImportReport> again = FondsCsv::importData(d.fonds, *csv, QStringLiteral("e.csv"));
    REQUIRE(again.ok());
    CHECK(again->problems.size() == 3);
    // Into another desk: the same catalogue.
    UpkeepDesk other;
    Result<FondsImportReport> copy =
        FondsCsv::importData(other.fonds, *csv, QStringLiteral("e.csv"));
    REQUIRE(copy.ok());
    CHECK(copy->problems.isEmpty());
    CHECK(copy->titles == 3);
    CHECK(copy->copies == 3);
    CHECK(*FondsCsv::exportData(other.fonds) == *csv);
}
