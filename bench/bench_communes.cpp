// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_communes.h"

#include "core/referential/commune_index.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using passages::Commune;
using passages::CommuneIndex;

namespace {

/// What agents type at a desk: names as they say them (no accents, sometimes "st"),
/// from the Île-de-France suburbs to the regions, and postal codes.
// clang-format off
const char *const kQueries[] = {
    // Val-de-Marne and the Paris suburbs
    "choisy le roi", "vitry sur seine", "creteil", "ivry sur seine", "villejuif", "thiais",
    "orly", "alfortville", "maisons alfort", "champigny", "saint maur", "st maur des fosses",
    "vincennes", "fontenay sous bois", "nogent sur marne", "le kremlin bicetre", "l hay les roses",
    "cachan", "arcueil", "gentilly", "villeneuve saint georges", "villeneuve le roi",
    "boissy saint leger", "sucy en brie", "bonneuil", "limeil brevannes", "valenton",
    "chevilly larue", "rungis", "fresnes", "le plessis trevise", "joinville le pont", "saint mande",
    "charenton", "le perreux", "bry sur marne", "villiers sur marne", "chennevieres",
    "ormesson", "la queue en brie", "noiseau", "mandres les roses", "perigny", "santeny",
    "villecresnes", "marolles en brie", "ablon", "vitry", "ivry", "evry", "evry courcouronnes",
    "corbeil essonnes", "grigny", "viry chatillon", "juvisy", "athis mons", "savigny sur orge",
    "massy", "palaiseau", "les ulis", "montgeron", "draveil", "ris orangis", "brunoy",
    "yerres", "paris", "paris 13", "paris 19", "paris 20e", "boulogne billancourt", "nanterre",
    "colombes", "asnieres", "courbevoie", "rueil malmaison", "issy les moulineaux",
    "montrouge", "clamart", "antony", "chatenay malabry", "bagneux", "malakoff", "vanves",
    "saint denis", "aubervilliers", "montreuil", "bobigny", "pantin", "bondy", "aulnay sous bois",
    "drancy", "sevran", "noisy le grand", "noisy le sec", "rosny sous bois", "epinay sur seine",
    "argenteuil", "cergy", "sarcelles", "garges les gonesse", "pontoise", "versailles",
    "saint quentin en yvelines", "mantes la jolie", "poissy", "trappes", "meaux", "melun",
    "chelles", "torcy", "pontault combault", "savigny le temple", "fontainebleau",
    // regions
    "marseille", "lyon", "toulouse", "nice", "nantes", "montpellier", "strasbourg", "bordeaux",
    "lille", "rennes", "reims", "saint etienne", "st etienne", "toulon", "le havre", "grenoble",
    "dijon", "angers", "nimes", "villeurbanne", "clermont ferrand", "le mans", "aix en provence",
    "brest", "tours", "amiens", "limoges", "annecy", "perpignan", "besancon", "orleans",
    "rouen", "mulhouse", "caen", "nancy", "metz", "avignon", "poitiers", "la rochelle",
    "pau", "calais", "dunkerque", "ajaccio", "bastia", "fort de france", "saint pierre",
    "cayenne", "mamoudzou", "le tampon", "saint martin", "sainte genevieve des bois",
    "chateau thierry", "beaune", "oeuilly", "l isle adam", "etranger", "non renseignee",
    // postal codes and INSEE codes
    "94600", "94400", "94200", "94000", "94800", "94320", "94190", "94140", "94700", "94100",
    "94500", "94300", "94170", "94130", "94120", "94220", "94240", "94270", "94290", "94310",
    "91000", "91100", "91200", "91300", "93100", "93200", "92100", "92000", "95100", "77000",
    "75019", "75013", "75011", "75020", "13001", "69003", "31000", "33000", "59000", "2A004",
    "20000", "97400", "94022", "94081", "94028",
};
// clang-format on

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(rank, sorted.size() - 1)];
}

/// The naive search the index replaces: fold the query, scan every folded name (and
/// postal code) with startsWith, keep the ten most populous matches.
std::vector<int> naiveSearch(const std::vector<const Commune *> &all,
                             const std::vector<QString> &foldedNames, const QString &query)
{
    const QString q = CommuneIndex::fold(query);
    std::vector<int> matches;
    if (q.isEmpty())
        return matches;
    for (std::size_t i = 0; i < all.size(); ++i) {
        bool match = foldedNames[i].startsWith(q);
        for (qsizetype p = 0; !match && p < all[i]->postalCodes.size(); ++p)
            match = all[i]->postalCodes.at(p).startsWith(q);
        if (match)
            matches.push_back(int(i));
    }
    const auto n = std::min<std::size_t>(10, matches.size());
    std::partial_sort(matches.begin(), matches.begin() + std::ptrdiff_t(n), matches.end(),
                      [&](int a, int b) { return all[a]->population > all[b]->population; });
    matches.resize(n);
    return matches;
}

} // namespace

void benchCommuneSearch(QTextStream &out)
{
    QElapsedTimer loadTimer;
    loadTimer.start();
    auto loaded = CommuneIndex::loadDefault();
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    if (!loaded) {
        out << "commune search: cannot load the index: " << loaded.error().message << '\n';
        return;
    }
    const CommuneIndex index = std::move(loaded).value();

    // Every keystroke of every query, as typed.
    QStringList keystrokes;
    for (const char *q : kQueries) {
        const QString query = QString::fromUtf8(q);
        for (qsizetype len = 1; len <= std::min<qsizetype>(8, query.size()); ++len)
            keystrokes.append(query.left(len));
    }

    // The naive baseline's data: every commune once, with its folded name. CommuneIndex
    // has no iteration API; every INSEE code starts with a digit, so the ten one-digit
    // code searches with no limit list them all.
    std::vector<const Commune *> all;
    std::vector<QString> foldedNames;
    for (const QString &code : {QStringLiteral("etranger"), QStringLiteral("nr")})
        all.push_back(index.find(code));
    for (const char *digit : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
        for (const Commune *c : index.search(QString::fromLatin1(digit), 1 << 20))
            all.push_back(c);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    foldedNames.reserve(all.size());
    for (const Commune *c : all)
        foldedNames.push_back(CommuneIndex::fold(c->name));

    // A desk's history: a few hundred communes seen, as the reception screen passes it.
    QHash<QString, int> frequency;
    int weight = 400;
    for (const char *q : kQueries) {
        const auto found = index.search(QString::fromUtf8(q), 1);
        if (!found.empty())
            frequency.insert(found.front()->code, weight);
        weight = std::max(1, weight - 2);
    }

    const auto run = [&](auto &&search) {
        std::vector<double> ms;
        ms.reserve(std::size_t(keystrokes.size()));
        std::size_t sink = 0;
        for (int round = 0; round < 3; ++round) { // the first round warms caches
            for (const QString &k : keystrokes) {
                QElapsedTimer t;
                t.start();
                sink += search(k);
                if (round > 0)
                    ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        return std::pair{ms, sink};
    };

    const auto [indexed, indexedFound] =
        run([&](const QString &k) { return index.search(k, 10, frequency).size(); });
    const auto [naive, naiveFound] =
        run([&](const QString &k) { return naiveSearch(all, foldedNames, k).size(); });

    const auto ms = [](double v) {
        return QString::number(v, 'f', 3);
    };
    const auto line = [&](const char *what, const std::vector<double> &t, std::size_t found) {
        const auto over = std::count_if(t.cbegin(), t.cend(), [](double v) { return v > 5.0; });
        out << "  " << qSetFieldWidth(22) << Qt::left << what << qSetFieldWidth(0) << Qt::right
            << " p50 " << ms(percentile(t, 0.50)) << " ms  p99 " << ms(percentile(t, 0.99))
            << " ms  max " << ms(percentile(t, 1.0)) << " ms  (" << over << " over 5 ms, " << found
            << " results)\n";
    };
    const auto ratio = [&](double p) {
        return QString::number(percentile(naive, p) / std::max(1e-9, percentile(indexed, p)), 'f',
                               1);
    };
    out << "commune search: " << index.size() << " entries (naive scan over " << all.size()
        << ") loaded in " << QString::number(loadMs, 'f', 1) << " ms; " << keystrokes.size()
        << " keystrokes (prefixes of 1-8 chars) of " << std::size(kQueries)
        << " queries, 2 timed rounds, limit 10, " << frequency.size() << " frequent communes\n";
    line("indexed search()", indexed, indexedFound);
    line("naive startsWith scan", naive, naiveFound);
    out << "  ratio naive/indexed    p50 x" << ratio(0.5) << "  p99 x" << ratio(0.99) << '\n';
    out.flush();
}
