// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/report/bilan.h"
#include "core/report/small_cells.h"

#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

#include <catch2/catch.hpp>

using namespace passages;

namespace {

/// What an intruder does with a published column and its total: when exactly one cell
/// is hidden, total − the shown cells gives it back. None when it cannot.
std::optional<qint64> recompute(const QStringList &cells, const QString &total)
{
    bool ok = false;
    qint64 rest = total.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    int hidden = 0;
    for (const QString &cell : cells) {
        const qint64 n = cell.toLongLong(&ok);
        if (ok)
            rest -= n;
        else
            ++hidden;
    }
    return hidden == 1 ? std::optional<qint64>(rest) : std::nullopt;
}

/// The column `column` of a CSV table's rows, the last row (the total) apart.
QStringList column(const ExportTable &table, int column)
{
    QStringList cells;
    for (int r = 0; r + 1 < table.rows.size(); ++r)
        cells << table.rows.at(r).at(column);
    return cells;
}

SmallCellPolicy protecting(int threshold = 5)
{
    SmallCellPolicy policy;
    policy.enabled = true;
    policy.threshold = threshold;
    return policy;
}

} // namespace

TEST_CASE("a lone small cell is recomputable from its total; its complement stops that",
          "[smallcells]")
{
    const SmallCellPolicy policy = protecting();
    const QList<qint64> counts{3, 40, 57};
    // Primary suppression alone: the 3 is hidden and comes back as 100 − 40 − 57.
    QStringList primary;
    for (qint64 n : counts)
        primary << policy.cell(n);
    CHECK(primary == QStringList{QStringLiteral("s"), QStringLiteral("40"), QStringLiteral("57")});
    REQUIRE(recompute(primary, QStringLiteral("100")));
    CHECK(*recompute(primary, QStringLiteral("100")) == 3);

    // With secondary suppression the smallest other cell hides too.
    const QList<bool> hidden = hiddenInColumn(policy, counts, 100);
    CHECK(hidden == QList<bool>{true, true, false, false});
    QStringList published;
    for (int i = 0; i < counts.size(); ++i)
        published << policy.cell(counts.at(i), hidden.at(i));
    CHECK(published == QStringList{QStringLiteral("s"), QStringLiteral("s"), QStringLiteral("57")});
    CHECK_FALSE(recompute(published, QStringLiteral("100")));

    // Two small cells already protect each other; zeros are not taken while a count is
    // there; off, nothing hides.
    CHECK(hiddenInColumn(policy, {2, 4, 0, 50}, 56) ==
          QList<bool>{true, true, false, false, false});
    CHECK(hiddenInColumn(policy, {2, 0, 50}, 52) == QList<bool>{true, false, true, false});
    CHECK(hiddenInColumn(SmallCellPolicy{}, {2, 0, 50}, 52) ==
          QList<bool>{false, false, false, false});
    // A small total hides with its only part.
    CHECK(hiddenInColumn(policy, {0, 3}, 3) == QList<bool>{false, true, true});
}

TEST_CASE("secondary suppression in a crossed table iterates to a fixed point", "[smallcells]")
{
    const SmallCellPolicy policy = protecting();
    // Hiding the 2 forces one more in its line and one more in its column; each of those
    // leaves another column or line with a lone hidden cell, and so on.
    const QList<QList<qint64>> cells{{2, 10, 20}, {11, 12, 30}, {13, 40, 3}};
    const QList<qint64> lines{32, 53, 56};
    const HiddenGrid grid = hiddenInGrid(policy, cells, lines, true);
    CHECK(grid.cells.at(0).at(0));
    CHECK(grid.cells.at(2).at(2));
    // No line, column, line-total column or column-total line keeps a lone hidden cell.
    for (int l = 0; l < 3; ++l) {
        int n = grid.lineTotals.at(l);
        for (int c = 0; c < 3; ++c)
            n += grid.cells.at(l).at(c);
        CHECK(n != 1);
    }
    for (int c = 0; c < 3; ++c) {
        int n = grid.columnTotals.at(c);
        for (int l = 0; l < 3; ++l)
            n += grid.cells.at(l).at(c);
        CHECK(n != 1);
    }
    CHECK(std::count(grid.lineTotals.begin(), grid.lineTotals.end(), true) + grid.total != 1);
    CHECK(std::count(grid.columnTotals.begin(), grid.columnTotals.end(), true) + grid.total != 1);
    // The first complements are the smallest of the small cells' lines (10 and 13); the
    // rounds after them hide 12, 20 and 11; 30 and 40 stay, as do the totals.
    CHECK(grid.cells.at(0).at(1));
    CHECK(grid.cells.at(2).at(0));
    CHECK(grid.cells.at(1).at(0));
    CHECK_FALSE(grid.cells.at(1).at(2));
    CHECK_FALSE(grid.cells.at(2).at(1));
    CHECK(grid.lineTotals == QList<bool>{false, false, false});
    CHECK_FALSE(grid.total);
}

TEST_CASE("no random crossed table keeps a recomputable small cell", "[smallcells]")
{
    QRandomGenerator random(17);
    const SmallCellPolicy policy = protecting();
    for (int round = 0; round < 300; ++round) {
        const int lines = 1 + int(random.bounded(6)), columns = 1 + int(random.bounded(6));
        QList<QList<qint64>> cells;
        QList<qint64> totals;
        for (int l = 0; l < lines; ++l) {
            QList<qint64> line;
            for (int c = 0; c < columns; ++c)
                line << (random.bounded(3) == 0 ? qint64(random.bounded(5)) : random.bounded(60));
            cells << line;
            totals << std::accumulate(line.begin(), line.end(), qint64(0));
        }
        const HiddenGrid grid = hiddenInGrid(policy, cells, totals, true);
        INFO("round " << round);
        for (int l = 0; l < lines; ++l) {
            int n = grid.lineTotals.at(l);
            for (int c = 0; c < columns; ++c) {
                n += grid.cells.at(l).at(c);
                if (policy.masks(cells.at(l).at(c)))
                    CHECK(grid.cells.at(l).at(c));
            }
            CHECK(n != 1);
        }
        for (int c = 0; c < columns; ++c) {
            int n = grid.columnTotals.at(c);
            for (int l = 0; l < lines; ++l)
                n += grid.cells.at(l).at(c);
            CHECK(n != 1);
        }
    }
}

TEST_CASE("the bilan's CSV no longer gives a small cell back through its total",
          "[smallcells][bilan]")
{
    // Contacts by pôle: emploi 1 881 and orientation 3 in 2024, total 1 884.
    Bilan bilan;
    bilan.year = 2024;
    BilanTable table;
    table.key = QStringLiteral("contacts-pole");
    table.lines = {
        BilanLine{QStringLiteral("emploi"), QStringLiteral("Emploi"), {}, 1881, 1542},
        BilanLine{QStringLiteral("orientation"), QStringLiteral("Orientation"), {}, 3, 0},
        BilanLine{QStringLiteral("droit"), QStringLiteral("Droit"), {}, 0, 10}};
    table.total = 1884;
    table.previousTotal = 1552;
    bilan.tables << table;
    bilan.headlines << BilanHeadline{QStringLiteral("contacts"), QStringLiteral("Contacts"), 1884,
                                     1552}
                    << BilanHeadline{QStringLiteral("per-day"), QStringLiteral("Per day"), 18.84,
                                     15.52, true};
    const QList<ExportTable> csv = ReportExport::bilan(bilan, protecting(), CsvFlavour::Plain);
    REQUIRE(csv.size() == 2);
    const ExportTable &poles = csv.at(1);
    const QString total = poles.rows.last().at(2);
    CHECK(total == QLatin1String("1884"));
    CHECK_FALSE(recompute(column(poles, 2), total));
    CHECK(poles.rows.at(0).at(2) == QLatin1String("s"));
    CHECK(poles.rows.at(1).at(2) == QLatin1String("s"));
    // The change of a hidden cell hides with it; the previous year shows (no small cell).
    CHECK(poles.rows.at(0).at(4).isEmpty());
    CHECK(poles.rows.at(0).at(3) == QLatin1String("1542"));

    // Unprotected, every figure shows.
    const QList<ExportTable> open = ReportExport::bilan(bilan, {}, CsvFlavour::Plain);
    CHECK(open.at(1).rows.at(1).at(2) == QLatin1String("3"));
}

TEST_CASE("hidden contacts hide the contacts per opening day too", "[smallcells][bilan]")
{
    Bilan bilan;
    bilan.year = 2024;
    bilan.headlines << BilanHeadline{QStringLiteral("contacts"), QStringLiteral("Contacts"), 3, 40}
                    << BilanHeadline{QStringLiteral("opening-days"), QStringLiteral("Days"), 2, 4}
                    << BilanHeadline{QStringLiteral("per-day"), QStringLiteral("Per day"), 1.5, 10,
                                     true};
    const BilanHidden hidden = BilanHidden::of(bilan, protecting());
    CHECK(hidden.headline == QList<bool>{true, false, true});
    CHECK(hidden.previousHeadline == QList<bool>{false, false, false});
    const QList<ExportTable> csv = ReportExport::bilan(bilan, protecting(), CsvFlavour::Plain);
    // 1.5 per day × 2 days would give the 3 back.
    CHECK(csv.at(0).rows.at(2).at(1) == QLatin1String("s"));
    CHECK(csv.at(0).rows.at(1).at(1) == QLatin1String("2"));
}

TEST_CASE("the PDF's months by pôle and the pôle table hide the same figures",
          "[smallcells][bilan]")
{
    // Droit 2 (in March) is small; hiding it in the pôle table hides creation's 7 (its
    // complement there), which the chart would otherwise draw whole in February.
    Bilan bilan;
    bilan.year = 2025;
    const QStringList codes{QStringLiteral("orientation"), QStringLiteral("emploi"),
                            QStringLiteral("evolution"), QStringLiteral("creation"),
                            QStringLiteral("droit")};
    for (const QString &code : codes)
        bilan.months.poles << SeriesKey{code, code, QStringLiteral("#000000")};
    const QList<QList<qint64>> months{{0, 40, 12, 0, 0}, {0, 40, 12, 7, 0}, {0, 40, 12, 0, 2}};
    for (const QList<qint64> &m : months) {
        Bucket b;
        b.byPole = m;
        b.total = std::accumulate(m.begin(), m.end(), qint64(0));
        bilan.months.buckets << b;
        bilan.months.total += b.total;
    }
    BilanTable poles;
    poles.key = QStringLiteral("contacts-pole");
    for (int p = 1; p < codes.size(); ++p)
        poles.lines << BilanLine{codes.at(p), codes.at(p), {}, bilan.months.poleTotal(p), 0};
    poles.total = bilan.months.total;
    bilan.tables << poles;

    const BilanHidden hidden = BilanHidden::of(bilan, protecting());
    // The table: droit and creation hidden, the total shown.
    REQUIRE(hidden.now.size() == 1);
    CHECK(hidden.now.at(0) == QList<bool>{false, false, true, true, false});
    // The chart: no pôle whose year total the table hides keeps a lone hidden month, and
    // none whose total shows has one either.
    for (int p = 1; p < codes.size(); ++p) {
        int n = hidden.now.at(0).at(p - 1);
        for (const QList<bool> &month : hidden.monthPoles)
            n += month.at(p);
        INFO(codes.at(p).toStdString());
        CHECK(n != 1);
    }
    CHECK(hidden.monthPoles.at(1).at(3)); // creation's 7
    CHECK(hidden.monthPoles.at(2).at(4)); // droit's 2
    CHECK_FALSE(hidden.months.last());
}
