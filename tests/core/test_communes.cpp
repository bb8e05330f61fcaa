// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referential/commune_index.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using passages::Commune;
using passages::CommuneIndex;
using passages::ErrorCode;

namespace {

/// The embedded index, loaded once for the whole run.
const CommuneIndex &communes()
{
    static const CommuneIndex index = [] {
        auto loaded = CommuneIndex::loadDefault();
        if (!loaded)
            FAIL(loaded.error().message.toStdString());
        return std::move(loaded).value();
    }();
    return index;
}

/// The first code found, as a std::string so that Catch prints it when a check fails.
std::string firstCode(const std::vector<const Commune *> &found)
{
    return found.empty() ? std::string() : found.front()->code.toStdString();
}

QStringList codes(const std::vector<const Commune *> &found)
{
    QStringList out;
    for (const Commune *c : found)
        out.append(c->code);
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("communes.tsv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    return path;
}

const QByteArray kSmallHeader = "# test data\n"
                                "code\tname\tpostal_codes\tdepartment\tpopulation\n";

} // namespace

TEST_CASE("the embedded communes load with every commune and arrondissement", "[communes]")
{
    const CommuneIndex &index = communes();
    CHECK(index.size() > 34900);
    CHECK(index.size() < 36500);
    REQUIRE(index.contains(QStringLiteral("94022")));
    const Commune *choisy = index.find(QStringLiteral("94022"));
    REQUIRE(choisy != nullptr);
    CHECK(choisy->name == QStringLiteral("Choisy-le-Roi"));
    CHECK(choisy->postalCodes == QStringList{QStringLiteral("94600")});
    CHECK(choisy->department == QStringLiteral("94"));
    CHECK(choisy->population > 40000);
    // Corsica and the arrondissements of Paris, Lyon and Marseille.
    CHECK(index.contains(QStringLiteral("2A004")));
    CHECK(index.contains(QStringLiteral("75119")));
    CHECK(index.contains(QStringLiteral("69381")));
    CHECK(index.contains(QStringLiteral("13216")));
    CHECK_FALSE(index.contains(QStringLiteral("99999")));
    CHECK(index.find(QStringLiteral("99999")) == nullptr);
}

TEST_CASE("etranger and nr are always there", "[communes]")
{
    const CommuneIndex empty;
    CHECK(empty.size() == 2);
    for (const CommuneIndex *index : {&communes(), &empty}) {
        REQUIRE(index->contains(QStringLiteral("etranger")));
        REQUIRE(index->contains(QStringLiteral("nr")));
        CHECK(index->label(QStringLiteral("etranger")) == QStringLiteral("Étranger (hors France)"));
        CHECK(index->label(QStringLiteral("nr")) == QStringLiteral("Non renseignée"));
        CHECK(index->find(QStringLiteral("nr"))->department.isEmpty());
    }
    CHECK(firstCode(communes().search(QStringLiteral("etranger"), 5)) == "etranger");
    CHECK(firstCode(communes().search(QStringLiteral("étr"), 5)) == "etranger");
    CHECK(firstCode(communes().search(QStringLiteral("non rens"), 5)) == "nr");
}

TEST_CASE("labels", "[communes]")
{
    const CommuneIndex &index = communes();
    CHECK(index.label(QStringLiteral("94022")) == QStringLiteral("Choisy-le-Roi (94)"));
    CHECK(index.label(QStringLiteral("75119")) == QStringLiteral("Paris 19e Arrondissement (75)"));
    CHECK(index.label(QStringLiteral("2A004")) == QStringLiteral("Ajaccio (2A)"));
    CHECK(index.label(QStringLiteral("12345")) == QStringLiteral("12345"));
}

TEST_CASE("Choisy-le-Roi is found first however it is typed", "[communes]")
{
    const CommuneIndex &index = communes();
    for (const char *typed : {"choisy", "CHOISY", "Choisy", "94600", "Choisy-le-roi",
                              "choisy le roi", "CHOISY-LE-ROI", "  choisy  ", "94022"}) {
        INFO(typed);
        CHECK(firstCode(index.search(QString::fromUtf8(typed), 10)) == "94022");
    }
    // A word start finds it too, and the exact small "Choisy" (74) is listed.
    CHECK(codes(index.search(QStringLiteral("le roi"), 20)).contains(QStringLiteral("94022")));
    CHECK(codes(index.search(QStringLiteral("roi"), 50)).contains(QStringLiteral("94022")));
    CHECK(codes(index.search(QStringLiteral("choisy"), 10)).contains(QStringLiteral("74076")));
}

TEST_CASE("accents, apostrophes and abbreviations", "[communes]")
{
    const CommuneIndex &index = communes();
    CHECK(firstCode(index.search(QStringLiteral("evry"), 10)) == "91228");
    CHECK(firstCode(index.search(QStringLiteral("Évry-Courc"), 10)) == "91228");
    CHECK(firstCode(index.search(QStringLiteral("saint etienne"), 10)) == "42218");
    CHECK(firstCode(index.search(QStringLiteral("Saint-Étienne"), 10)) == "42218");
    CHECK(firstCode(index.search(QStringLiteral("st etienne"), 10)) == "42218");
    CHECK(firstCode(index.search(QStringLiteral("l'hay"), 10)) == "94038");
    CHECK(firstCode(index.search(QStringLiteral("hay les r"), 10)) == "94038");
    // "st" alone is still a prefix being typed: Strasbourg, not a saint.
    CHECK(firstCode(index.search(QStringLiteral("st"), 10)) == "67482");
}

TEST_CASE("Paris arrondissements by name and postal code", "[communes]")
{
    const CommuneIndex &index = communes();
    CHECK(firstCode(index.search(QStringLiteral("paris 19"), 10)) == "75119");
    CHECK(firstCode(index.search(QStringLiteral("75019"), 10)) == "75119");
    // 13001 is also the INSEE code of Aix-en-Provence: the postal code wins.
    const QStringList marseille = codes(index.search(QStringLiteral("13001"), 10));
    CHECK(marseille.value(0) == QStringLiteral("13201"));
    CHECK(marseille.value(1) == QStringLiteral("13001"));
    CHECK(firstCode(index.search(QStringLiteral("paris"), 10)) == "75056");
    // A postal code prefix lists Paris (the largest) and its arrondissements.
    const QStringList paris = codes(index.search(QStringLiteral("750"), 30));
    CHECK(paris.value(0) == QStringLiteral("75056"));
    CHECK(paris.contains(QStringLiteral("75119")));
}

TEST_CASE("postal code and INSEE code prefixes", "[communes]")
{
    const CommuneIndex &index = communes();
    const auto found = index.search(QStringLiteral("946"), 20);
    REQUIRE_FALSE(found.empty());
    for (const Commune *c : found) {
        INFO(c->code.toStdString());
        const bool postal = std::any_of(c->postalCodes.cbegin(), c->postalCodes.cend(),
                                        [](const QString &p) { return p.startsWith(u"946"); });
        CHECK((postal || c->code.startsWith(u"946")));
    }
    CHECK(codes(found).contains(QStringLiteral("94022")));
    CHECK(firstCode(index.search(QStringLiteral("2A"), 5)) == "2A004");
    CHECK(firstCode(index.search(QStringLiteral("2a004"), 5)) == "2A004");
    CHECK(firstCode(index.search(QStringLiteral("20000"), 5)) == "2A004");
    CHECK(firstCode(index.search(QStringLiteral("94 600"), 5)) == "94022");
    CHECK(index.search(QStringLiteral("99999"), 5).empty());
}

TEST_CASE("search ordering: frequency, then population", "[communes]")
{
    const CommuneIndex &index = communes();
    const auto plain = index.search(QStringLiteral("choisy"), 10);
    REQUIRE(plain.size() >= 4);
    for (std::size_t i = 1; i < plain.size(); ++i)
        CHECK(plain[i - 1]->population >= plain[i]->population);

    // Choisy-en-Brie (77116) is recorded often at this desk: it comes first.
    const QHash<QString, int> frequency{{QStringLiteral("77116"), 12},
                                        {QStringLiteral("60151"), 3},
                                        {QStringLiteral("unknown"), 50}};
    const QStringList ranked = codes(index.search(QStringLiteral("choisy"), 10, frequency));
    REQUIRE(ranked.size() >= 3);
    CHECK(ranked[0] == QStringLiteral("77116"));
    CHECK(ranked[1] == QStringLiteral("60151"));
    CHECK(ranked[2] == QStringLiteral("94022"));
    // Frequency beats an exact postal code match too.
    const QHash<QString, int> paris{{QStringLiteral("75056"), 2}};
    CHECK(firstCode(index.search(QStringLiteral("75019"), 10, paris)) == "75056");
}

TEST_CASE("search limits and empty queries", "[communes]")
{
    const CommuneIndex &index = communes();
    CHECK(index.search(QStringLiteral("saint"), 7).size() == 7);
    CHECK(index.search(QStringLiteral("choisy"), 0).empty());
    CHECK(index.search(QStringLiteral("choisy"), 1).size() == 1);
    CHECK(index.search(QStringLiteral("zzzzqx"), 10).empty());
    CHECK(index.search(QString(), 10).empty());
    CHECK(index.search(QStringLiteral(" - "), 10).empty());
    // Nothing typed yet: the desk's frequent communes, most frequent first.
    const QHash<QString, int> frequency{{QStringLiteral("94022"), 5}, {QStringLiteral("94081"), 9}};
    CHECK(codes(index.search(QString(), 10, frequency)) ==
          QStringList{QStringLiteral("94081"), QStringLiteral("94022")});
    // Exact names are never crowded out: the 8 "Saint-Martin" are all within 20 results.
    const auto saintMartin = index.search(QStringLiteral("saint martin"), 20);
    const auto exact = std::count_if(saintMartin.cbegin(), saintMartin.cend(), [](auto *c) {
        return c->name == QStringLiteral("Saint-Martin");
    });
    CHECK(exact >= 5);
}

TEST_CASE("fold", "[communes]")
{
    CHECK(CommuneIndex::fold(QStringLiteral("Évry-Courcouronnes")) ==
          QStringLiteral("evry courcouronnes"));
    CHECK(CommuneIndex::fold(QStringLiteral("L'Haÿ-les-Roses")) ==
          QStringLiteral("l hay les roses"));
    CHECK(CommuneIndex::fold(QStringLiteral("Saint-Étienne")) == QStringLiteral("saint etienne"));
    CHECK(CommuneIndex::fold(QStringLiteral("Œuilly")) == QStringLiteral("oeuilly"));
    CHECK(CommuneIndex::fold(QStringLiteral("Lætitia")) == QStringLiteral("laetitia"));
    CHECK(CommuneIndex::fold(QStringLiteral("  Château-Chinon (Ville) ")) ==
          QStringLiteral("chateau chinon ville"));
    CHECK(CommuneIndex::fold(QStringLiteral("l’isle--adam")) == QStringLiteral("l isle adam"));
    CHECK(CommuneIndex::fold(QStringLiteral("ÇA, ÊTRE")) == QStringLiteral("ca etre"));
    CHECK(CommuneIndex::fold(QStringLiteral("Paris 19e")) == QStringLiteral("paris 19e"));
    CHECK(CommuneIndex::fold(QStringLiteral("-'’.")).isEmpty());
    CHECK(CommuneIndex::fold(QString()).isEmpty());
}

TEST_CASE("loadFile reads a small file and reports bad lines", "[communes]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a valid file")
    {
        const QString path =
            writeFile(dir, kSmallHeader + "94022\tChoisy-le-Roi\t94600\t94\t45946\n"
                                          "2A004\tAjaccio\t20000,20090\t2A\t76320\n"
                                          "98411\tÎles Saint-Paul\t\t984\t0\n");
        const auto loaded = CommuneIndex::loadFile(path);
        REQUIRE(loaded.ok());
        CHECK(loaded->size() == 5);
        CHECK(loaded->find(QStringLiteral("2A004"))->postalCodes.size() == 2);
        CHECK(firstCode(loaded->search(QStringLiteral("iles"), 3)) == "98411");
        CHECK(loaded->contains(QStringLiteral("nr")));
    }
    SECTION("a bad postal code names the file, line and field")
    {
        const QString path =
            writeFile(dir, kSmallHeader + "94022\tChoisy-le-Roi\t94600\t94\t45946\n"
                                          "94028\tCréteil\t940O0\t94\t92000\n");
        const auto loaded = CommuneIndex::loadFile(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Parse);
        const QString message = loaded.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(path));
        CHECK(message.contains(QStringLiteral("line 4")));
        CHECK(message.contains(QStringLiteral("postal_codes")));
    }
    SECTION("a missing field")
    {
        const QString path = writeFile(dir, kSmallHeader + "94022\tChoisy-le-Roi\t94600\t94\n");
        const auto loaded = CommuneIndex::loadFile(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Parse);
        CHECK(loaded.error().message.contains(QStringLiteral("line 3")));
    }
    SECTION("a bad population")
    {
        const QString path =
            writeFile(dir, kSmallHeader + "94022\tChoisy-le-Roi\t94600\t94\tmany\n");
        const auto loaded = CommuneIndex::loadFile(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("population")));
    }
    SECTION("a duplicate code")
    {
        const QString path = writeFile(dir, kSmallHeader + "94022\tChoisy-le-Roi\t94600\t94\t1\n"
                                                           "94022\tChoisy-le-Roi\t94600\t94\t1\n");
        const auto loaded = CommuneIndex::loadFile(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("line 4")));
    }
    SECTION("no header")
    {
        const QString path = writeFile(dir, "94022\tChoisy-le-Roi\t94600\t94\t45946\n");
        const auto loaded = CommuneIndex::loadFile(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Parse);
        CHECK(loaded.error().message.contains(QStringLiteral("line 1")));
    }
    SECTION("a missing file")
    {
        const auto loaded = CommuneIndex::loadFile(dir.filePath(QStringLiteral("none.tsv")));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::Io);
    }
}

TEST_CASE("a moved index keeps its communes", "[communes]")
{
    auto loaded = CommuneIndex::loadFile(QStringLiteral(":/communes/communes.tsv"));
    REQUIRE(loaded.ok());
    CommuneIndex index = std::move(loaded).value();
    const Commune *choisy = index.find(QStringLiteral("94022"));
    CommuneIndex moved = std::move(index);
    CHECK(moved.find(QStringLiteral("94022")) == choisy);
    CHECK(moved.label(QStringLiteral("94022")) == QStringLiteral("Choisy-le-Roi (94)"));
}
