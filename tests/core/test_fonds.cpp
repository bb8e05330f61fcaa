// SPDX-License-Identifier: GPL-3.0-or-later
// The documentation space: catalogue, scanner entry, search, consultations, figures.
#include "support/test_support.h"

#include "core/fonds/fonds.h"
#include "core/fonds/isbn.h"
#include "core/report/passage_report.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace passages;

namespace {

/// A desk with its Fonds service on the desk's fixed clock (2024-03-05 10:00).
struct FondsDesk
{
    test::TempDesk desk;
    Fonds fonds{*desk.db, desk.referential, [this] {
                    return desk.clockNow;
                }};

    Title addTitle(const QString &name, const QString &theme, const QString &isbn = {},
                   int year = 0, TitleType type = TitleType::Book)
    {
        Title t;
        t.title = name;
        t.theme = theme;
        t.isbn = isbn;
        t.year = year;
        t.type = type;
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
    int outboxCount(const char *entity) const
    {
        QSqlQuery q =
            desk.db->prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE entity = :e"));
        q.bindValue(QStringLiteral(":e"), QLatin1String(entity));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

QString normalised(const char *text)
{
    Result<QString> isbn = Isbn::normalise(QString::fromUtf8(text));
    return isbn ? *isbn : QStringLiteral("error: ") + isbn.error().message;
}

} // namespace

TEST_CASE("fonds: ISBN-10 and ISBN-13 are checked by their check digit and normalised to 13",
          "[fonds][isbn]")
{
    CHECK(normalised("978-0-306-40615-7") == QLatin1String("9780306406157"));
    CHECK(normalised("0-306-40615-2") == QLatin1String("9780306406157"));
    CHECK(normalised("ISBN 2-07-036822-X") == QLatin1String("9782070368228"));
    CHECK(normalised("2-07-036822-x") == QLatin1String("9782070368228"));
    CHECK(normalised("080442957X") == QLatin1String("9780804429573"));
    CHECK(normalised("ISBN-13: 979-10-102-0000-9") == QLatin1String("9791010200009"));
    CHECK(normalised(" 9782100795444 ") == QLatin1String("9782100795444"));

    // Bad check digits say which digit was expected.
    CHECK(normalised("978-0-306-40615-8").contains(QLatin1String("8 instead of 7")));
    CHECK(normalised("0-306-40615-3").contains(QLatin1String("3 instead of 2")));
    CHECK(normalised("2-07-036822-9").contains(QLatin1String("9 instead of X")));
    // Not ISBNs at all.
    CHECK(normalised("4006381333931").contains(QLatin1String("978 or 979")));
    CHECK(normalised("12345").contains(QLatin1String("5 characters")));
    CHECK(normalised("97803064061A7").contains(QLatin1String("only digits")));
    CHECK(normalised("978030640615X").contains(QLatin1String("only digits")));
    CHECK(normalised("").contains(QLatin1String("empty")));

    CHECK(Isbn::looksLikeIsbn(QStringLiteral("2-07-036822-X")));
    CHECK_FALSE(Isbn::looksLikeIsbn(QStringLiteral("DOC000123")));
    CHECK(Isbn::toIsbn10(QStringLiteral("9782070368228")) == QLatin1String("207036822X"));
    CHECK(Isbn::toIsbn10(QStringLiteral("9791010200009")).isEmpty());
}

TEST_CASE("fonds: titles and copies are validated, unique and synchronised", "[fonds]")
{
    FondsDesk d;
    Title t;
    t.title = QStringLiteral("  Le guide   des métiers ");
    t.theme = QStringLiteral("mfo");
    t.isbn = QStringLiteral("2-07-036822-X");
    t.year = 2023;
    Result<Title> added = d.fonds.catalogue().addTitle(t);
    REQUIRE(added.ok());
    CHECK(added->title == QStringLiteral("Le guide des métiers"));
    CHECK(added->theme == QLatin1String("MFO"));
    CHECK(added->isbn == QLatin1String("9782070368228"));
    CHECK(added->id.size() == 36);

    Title again = t;
    again.isbn = QStringLiteral("9782070368228");
    Result<Title> twice = d.fonds.catalogue().addTitle(again);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == QLatin1String("isbn"));
    CHECK(twice.error().message.contains(QLatin1String("already in the catalogue")));

    Title unknownTheme = t;
    unknownTheme.isbn.clear();
    unknownTheme.theme = QStringLiteral("MFZ");
    Result<Title> refused = d.fonds.catalogue().addTitle(unknownTheme);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QLatin1String("theme"));
    CHECK(refused.error().message.contains(QLatin1String("MFO, MFP, MFF, MFC")));

    Title badYear = unknownTheme;
    badYear.theme = QStringLiteral("MFP");
    badYear.year = 2031;
    CHECK(d.fonds.catalogue().addTitle(badYear).error().field == QLatin1String("year"));

    CHECK(d.fonds.catalogue().nextInventoryNumber() == QLatin1String("000001"));
    const Copy c1 = d.addCopy(*added, QStringLiteral("DOC0099"), QDate(2023, 9, 1));
    CHECK(c1.statusDate == QDate(2024, 3, 5));
    CHECK(d.fonds.catalogue().nextInventoryNumber() == QLatin1String("DOC0100"));
    Copy dup;
    dup.titleId = added->id;
    dup.inventory = QStringLiteral("doc0099");
    Result<Copy> dupAdded = d.fonds.catalogue().addCopy(dup);
    REQUIRE_FALSE(dupAdded.ok());
    CHECK(dupAdded.error().field == QLatin1String("inventory"));
    dup.inventory = QStringLiteral("DOC 12");
    CHECK(d.fonds.catalogue().addCopy(dup).error().field == QLatin1String("inventory"));
    dup.inventory = QStringLiteral("DOC0200");
    dup.acquired = QDate(2024, 3, 6);
    CHECK(d.fonds.catalogue().addCopy(dup).error().field == QLatin1String("acquired"));

    Result<Copy> next = d.fonds.catalogue().addCopyOf(added->id);
    REQUIRE(next.ok());
    CHECK(next->inventory == QLatin1String("DOC0100"));
    CHECK(next->acquired == QDate(2024, 3, 5));

    // Updating bumps the revision; every write has its outbox image.
    Title changed = *added;
    changed.subcote = QStringLiteral("2.1");
    Result<Title> updated = d.fonds.catalogue().updateTitle(changed);
    REQUIRE(updated.ok());
    CHECK(updated->revision == 2);
    CHECK(updated->cote() == QLatin1String("MFO 2.1"));
    CHECK(d.outboxCount("fonds_title") == 2);
    CHECK(d.outboxCount("fonds_copy") == 2);
}

TEST_CASE("fonds: spine labels read theme, sub-cote and three letters", "[fonds]")
{
    Title t;
    t.theme = QStringLiteral("MFP");
    t.subcote = QStringLiteral("1.2");
    t.authors = QStringLiteral("Émond, Hélène; Martin, Jean");
    t.title = QStringLiteral("Réussir son entretien");
    CHECK(FondsCatalogue::spineLabel(t) == QStringList{"MFP", "1.2", "EMO"});
    t.authors.clear();
    t.title = QStringLiteral("Le guide des métiers");
    t.subcote.clear();
    CHECK(FondsCatalogue::spineLabel(t) == QStringList{"MFP", "GUI"});
    t.title = QStringLiteral("L'économie sociale");
    CHECK(FondsCatalogue::spineLabel(t) == QStringList{"MFP", "ECO"});
}

TEST_CASE("fonds: a desk without identity cannot record", "[fonds]")
{
    test::TempDesk desk(false);
    Fonds fonds(*desk.db, desk.referential);
    Title t;
    t.title = QStringLiteral("x");
    t.theme = QStringLiteral("MFO");
    CHECK(fonds.catalogue().addTitle(t).error().code == ErrorCode::NotInitialised);
    CHECK(fonds.upkeep().consultTheme(QStringLiteral("MFO")).error().code ==
          ErrorCode::NotInitialised);
}

TEST_CASE("fonds: the scanner entry tells a copy, a known ISBN, a new ISBN and a misread",
          "[fonds][scan]")
{
    FondsDesk d;
    const Title t = d.addTitle(QStringLiteral("Réussir son entretien"), QStringLiteral("MFP"),
                               QStringLiteral("9782100795444"));
    const Copy c = d.addCopy(t, QStringLiteral("9780000000002")); // a numeric barcode label

    ScanResult r = d.fonds.catalogue().resolveScan(QStringLiteral("9780000000002"));
    CHECK(r.kind == ScanResult::Kind::KnownCopy);
    CHECK(r.copy->id == c.id);
    CHECK(r.title->id == t.id);

    r = d.fonds.catalogue().resolveScan(QStringLiteral("2-10-079544-9"));
    CHECK(r.kind == ScanResult::Kind::KnownIsbn);
    CHECK(r.title->id == t.id);
    CHECK(r.isbn == QLatin1String("9782100795444"));

    r = d.fonds.catalogue().resolveScan(QStringLiteral("9782840012290\n"));
    CHECK(r.kind == ScanResult::Kind::NewIsbn);
    CHECK(r.isbn == QLatin1String("9782840012290"));
    CHECK_FALSE(r.title.has_value());

    r = d.fonds.catalogue().resolveScan(QStringLiteral("9782840012291"));
    CHECK(r.kind == ScanResult::Kind::Invalid);
    CHECK(r.reason.contains(QLatin1String("check digit")));
    r = d.fonds.catalogue().resolveScan(QStringLiteral("BIB-42"));
    CHECK(r.kind == ScanResult::Kind::Invalid);
    CHECK(r.reason.contains(QLatin1String("neither an inventory number")));
    CHECK(d.fonds.catalogue().resolveScan(QStringLiteral("  ")).kind == ScanResult::Kind::Invalid);
}

TEST_CASE("fonds: search by title, author, ISBN and cote ignores accents and case",
          "[fonds][search]")
{
    FondsDesk d;
    Title a;
    a.title = QStringLiteral("Les métiers de l'Économie sociale");
    a.authors = QStringLiteral("Hélène Dupré");
    a.theme = QStringLiteral("MFO");
    a.subcote = QStringLiteral("ESS");
    a.isbn = QStringLiteral("9782070368228");
    REQUIRE(d.fonds.catalogue().addTitle(a).ok());
    Title b;
    b.title = QStringLiteral("Créer son entreprise");
    b.authors = QStringLiteral("Jean Martin");
    b.theme = QStringLiteral("MFC");
    const Title added = *d.fonds.catalogue().addTitle(b);
    d.addCopy(added, QStringLiteral("C-001"));

    auto titles = [&](const char *query) {
        QStringList found;
        const QList<CatalogueRow> rows = *d.fonds.catalogue().search(QString::fromUtf8(query));
        for (const CatalogueRow &row : rows)
            found << row.title.title;
        return found;
    };
    CHECK(titles("ECONOMIE metiers") == QStringList{a.title});
    CHECK(titles("dupre") == QStringList{a.title});
    CHECK(titles("978-2-07-036822-8") == QStringList{a.title});
    CHECK(titles("2-07-036822-X") == QStringList{a.title});
    CHECK(titles("mfo ess") == QStringList{a.title});
    CHECK(titles("creer") == QStringList{b.title});
    CHECK(titles("c-001") == QStringList{b.title});
    CHECK(titles("") == QStringList{b.title, a.title});
    CHECK(titles("nothing").isEmpty());
    const QList<CatalogueRow> rows = *d.fonds.catalogue().search(QStringLiteral("martin"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().copies == 1);
    CHECK(rows.first().onShelf == 1);
}

TEST_CASE("fonds: consultations by scan or theme tally, reported like walk-ins",
          "[fonds][consultations]")
{
    FondsDesk d;
    const Title guide =
        d.addTitle(QStringLiteral("Guide"), QStringLiteral("MFP"), QStringLiteral("9782100795444"));
    const Copy copy = d.addCopy(guide, QStringLiteral("P1"));

    d.desk.clockNow = QDateTime(QDate(2023, 6, 10), QTime(11, 0));
    REQUIRE(d.fonds.upkeep().consultTheme(QStringLiteral("MFO"), 2).ok());
    d.desk.clockNow = QDateTime(QDate(2024, 1, 15), QTime(9, 30));
    Result<Consultation> scanned = d.fonds.upkeep().consultScan(QStringLiteral("P1"));
    REQUIRE(scanned.ok());
    CHECK(scanned->titleId == guide.id);
    CHECK(scanned->copyId == copy.id);
    CHECK(scanned->theme == QLatin1String("MFP"));
    REQUIRE(d.fonds.upkeep().consultScan(QStringLiteral("978-2-10-079544-4")).ok());
    REQUIRE(d.fonds.upkeep().consultTheme(QStringLiteral("mfo"), 5).ok());
    d.desk.clockNow = QDateTime(QDate(2024, 3, 5), QTime(10, 0));
    REQUIRE(d.fonds.upkeep().consultTheme(QStringLiteral("MFC"), 3).ok());
    const Consultation mistaken = *d.fonds.upkeep().consultTheme(QStringLiteral("MFC"), 40);
    REQUIRE(d.fonds.upkeep().removeConsultation(mistaken.id).ok());
    CHECK(d.fonds.upkeep().removeConsultation(mistaken.id).error().code == ErrorCode::NotFound);

    CHECK(d.fonds.upkeep().consultScan(QStringLiteral("9782840012290")).error().code ==
          ErrorCode::NotFound);
    CHECK(d.fonds.upkeep().consultScan(QStringLiteral("nope")).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(d.fonds.upkeep().consultTheme(QStringLiteral("XYZ")).error().field ==
          QLatin1String("theme"));
    CHECK(d.fonds.upkeep().consultTheme(QStringLiteral("MFO"), 0).error().field ==
          QLatin1String("count"));

    Result<YearlyCounts> byTheme =
        d.fonds.upkeep().consultationReport(2024, FondsUpkeep::ConsultationsBy::Theme);
    REQUIRE(byTheme.ok());
    CHECK(byTheme->by == QLatin1String("theme"));
    CHECK(byTheme->total == 10);
    REQUIRE(byTheme->rows.size() == 3);
    CHECK(byTheme->rows.at(0).code == QLatin1String("MFO"));
    CHECK(byTheme->rows.at(0).count == 5);
    CHECK(byTheme->rows.at(0).label == QLatin1String("Trades and career guidance"));
    CHECK(byTheme->rows.at(1).code == QLatin1String("MFC"));
    CHECK(byTheme->rows.at(1).count == 3);
    CHECK(byTheme->rows.at(2).code == QLatin1String("MFP"));
    CHECK(byTheme->rows.at(2).count == 2);
    CHECK(byTheme->toJson().startsWith(
        "{\"year\":2024,\"by\":\"theme\",\"rows\":[{\"code\":\"MFO\""));

    Result<YearlyCounts> byMonth =
        d.fonds.upkeep().consultationReport(2024, FondsUpkeep::ConsultationsBy::Month);
    REQUIRE(byMonth.ok());
    REQUIRE(byMonth->rows.size() == 12);
    CHECK(byMonth->rows.at(0).code == QLatin1String("01"));
    CHECK(byMonth->rows.at(0).label == QLatin1String("January"));
    CHECK(byMonth->rows.at(0).count == 7);
    CHECK(byMonth->rows.at(2).count == 3);
    CHECK(byMonth->rows.at(5).count == 0);
    CHECK(byMonth->total == 10);

    CHECK(d.fonds.upkeep().consultationsOn(QDate(2024, 1, 15))->size() == 3);
    // 6 records + 1 tombstone, each with its outbox image.
    CHECK(d.outboxCount("fonds_consultation") == 7);

    Result<FondsStats> stats = d.fonds.stats(2024);
    REQUIRE(stats.ok());
    CHECK(stats->consultations == 10);
    CHECK(stats->previousConsultations == 2);
    CHECK(stats->consultationsByMonth.at(0) == 7);
    CHECK(stats->previousConsultationsByMonth.at(5) == 2);
    REQUIRE(stats->themes.size() == 4);
    CHECK(stats->themes.at(0).code == QLatin1String("MFO"));
    CHECK(stats->themes.at(0).consultations == 5);
    CHECK(stats->themes.at(0).previousConsultations == 2);
}

TEST_CASE("fonds: yearly figures count titles, copies by status, periodicals and themes",
          "[fonds][stats]")
{
    FondsDesk d;
    const Title a = d.addTitle(QStringLiteral("A"), QStringLiteral("MFO"));
    const Title b = d.addTitle(QStringLiteral("B"), QStringLiteral("MFP"));
    const Title review =
        d.addTitle(QStringLiteral("Revue"), QStringLiteral("MFP"), {}, 0, TitleType::Review);
    d.addCopy(a, QStringLiteral("1"), QDate(2024, 1, 2));
    d.addCopy(a, QStringLiteral("2"), QDate(2023, 1, 2), CopyStatus::Reserve);
    const Copy gone = d.addCopy(b, QStringLiteral("3"), QDate(2020, 1, 2));
    d.addCopy(b, QStringLiteral("4"), QDate(2020, 1, 2), CopyStatus::Missing);
    REQUIRE(d.fonds.upkeep().withdraw({gone.id}, QStringLiteral("worn")).ok());
    Subscription s;
    s.titleId = review.id;
    s.start = QDate(2024, 1, 1);
    const Subscription sub = *d.fonds.periodicals().addSubscription(s);
    REQUIRE(d.fonds.periodicals().checkIn(sub.id, QStringLiteral("n° 1"), QDate(2024, 1, 5)).ok());
    REQUIRE(d.fonds.periodicals().checkIn(sub.id, QStringLiteral("n° 2"), QDate(2024, 2, 5)).ok());

    Result<FondsStats> stats = d.fonds.stats(2024);
    REQUIRE(stats.ok());
    CHECK(stats->titles == 3);
    CHECK(stats->copies == 3);
    CHECK(stats->copiesByStatus.value(CopyStatus::OnShelf) == 1);
    CHECK(stats->copiesByStatus.value(CopyStatus::Reserve) == 1);
    CHECK(stats->copiesByStatus.value(CopyStatus::Missing) == 1);
    CHECK(stats->copiesByStatus.value(CopyStatus::Withdrawn) == 1);
    CHECK(stats->acquired == 1);
    CHECK(stats->withdrawn == 1);
    CHECK(stats->periodicals == 1);
    CHECK(stats->issuesReceived == 2);
    CHECK(stats->themes.at(0).titles == 1);
    CHECK(stats->themes.at(0).copies == 2);
    CHECK(stats->themes.at(1).titles == 2);
    CHECK(stats->themes.at(1).copies == 1);
    CHECK(d.fonds.stats(2023)->periodicals == 0);

    const QJsonObject json = QJsonDocument::fromJson(stats->toJson()).object();
    CHECK(json.value(QStringLiteral("titles")).toInt() == 3);
    CHECK(json.value(QStringLiteral("copies"))
              .toObject()
              .value(QStringLiteral("withdrawn"))
              .toInt() == 1);
    CHECK(json.value(QStringLiteral("periodicals"))
              .toObject()
              .value(QStringLiteral("subscriptions"))
              .toInt() == 1);
    CHECK(json.value(QStringLiteral("themes")).toArray().size() == 4);
    CHECK(stats->toCsv().startsWith("figure,code,count\r\ntitles,,3\r\ncopies,,3\r\n"));
}

TEST_CASE("fonds: the fonds themes come from the referential, or the default for an older one",
          "[fonds][referential]")
{
    Referential ref = Referential::defaultReferential();
    REQUIRE(ref.fondsThemes().size() == 4);
    CHECK(ref.fondsThemes().at(3).code == QLatin1String("MFC"));
    ref.setLanguage(QStringLiteral("fr"));
    CHECK(ref.fondsThemes().at(3).label(QStringLiteral("fr")) ==
          QStringLiteral("Création d'activité"));
    Result<Referential> round = Referential::fromJson(ref.toJson());
    REQUIRE(round.ok());
    CHECK(round->fondsThemes().size() == 4);

    // A stored referential from before the fonds: the service falls back to the default.
    Result<Referential> old = Referential::fromJson(
        R"({"poles":[{"code":"a"}],"themes":[{"code":"t","pole":"a"}],
            "age_bands":[{"code":"nr"}],"publics":[{"code":"nr"}],"channels":[{"code":"x"}],
            "sites":[{"code":"s"}]})");
    REQUIRE(old.ok());
    CHECK(old->fondsThemes().isEmpty());
    test::TempDesk desk;
    Fonds fonds(*desk.db, *old);
    CHECK(fonds.themes().size() == 4);
    CHECK(fonds.themeCodes() == QLatin1String("MFO, MFP, MFF, MFC"));
}
