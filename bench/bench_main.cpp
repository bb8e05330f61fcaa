// SPDX-License-Identifier: GPL-3.0-or-later
// passages_bench [--iterations N] [--tallies N] [--sync-days N] [--keep-share DIR]
// [--only GROUP] [--network-cites N] [--network-desks N]: prints each figure
// with its same-run baseline.
#include "bench_communes.h"
#include "bench_dashboard.h"
#include "bench_network.h"
#include "bench_reception.h"
#include "bench_sync.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 300;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--iterations"));
    if (i >= 0 && i + 1 < args.size())
        iterations = std::max(10, args.at(i + 1).toInt());
    // --tallies N: the dashboard's generated data set (default 5 million; 0 skips it).
    qint64 tallies = 5'000'000;
    if (const qsizetype t = args.indexOf(QStringLiteral("--tallies"));
        t >= 0 && t + 1 < args.size())
        tallies = std::max<qint64>(0, args.at(t + 1).toLongLong());
    // --only reception|communes|sync|dashboard: one group (to profile it alone).
    QString only;
    if (const qsizetype o = args.indexOf(QStringLiteral("--only")); o >= 0 && o + 1 < args.size())
        only = args.at(o + 1);
    const auto wanted = [&only](const char *group) {
        return only.isEmpty() || only == QLatin1String(group);
    };
    QTextStream out(stdout);
    out << "Passages benchmarks (" << QSysInfo::prettyProductName() << ")\n";
    if (wanted("reception"))
        benchReceptionLog(out, iterations);
    out.flush();
    if (wanted("communes"))
        benchCommuneSearch(out);
    out.flush();
    // --sync-days N: nightly batches per desk for the sync figures (default 365; 0 skips).
    int syncDays = 365;
    if (const qsizetype s = args.indexOf(QStringLiteral("--sync-days"));
        s >= 0 && s + 1 < args.size())
        syncDays = std::max(0, args.at(s + 1).toInt());
    // --keep-share DIR: the generated share is written to DIR (a new folder) and kept.
    QString keepShare;
    if (const qsizetype k = args.indexOf(QStringLiteral("--keep-share"));
        k >= 0 && k + 1 < args.size())
        keepShare = args.at(k + 1);
    if (syncDays > 0 && wanted("sync"))
        benchSync(out, 50, syncDays, keepShare);
    out.flush();
    if (tallies > 0 && wanted("dashboard"))
        benchDashboard(out, tallies);
    // The network database (PostgreSQL): only when asked for, it starts a server.
    // --network-cites N (default 8) Cités of --network-desks N (default 4) desks x
    // --sync-days (up to ten years). The scale, 24 Cités x 10 years (about 15 M
    // tallies): --network-cites 24 --network-desks 5 --sync-days 3650 (hours on 2 cores).
    if (only == QLatin1String("network")) {
        int cites = 8;
        if (const qsizetype c = args.indexOf(QStringLiteral("--network-cites"));
            c >= 0 && c + 1 < args.size())
            cites = std::max(1, args.at(c + 1).toInt());
        int desks = 4;
        if (const qsizetype d = args.indexOf(QStringLiteral("--network-desks"));
            d >= 0 && d + 1 < args.size())
            desks = std::clamp(args.at(d + 1).toInt(), 1, 50);
        benchNetwork(out, cites, desks, std::min(syncDays, 3650));
    }
    return 0;
}
