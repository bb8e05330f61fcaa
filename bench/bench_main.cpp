// SPDX-License-Identifier: GPL-3.0-or-later
// passages_bench [--iterations N]: prints each figure with its same-run baseline.
#include "bench_communes.h"
#include "bench_reception.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 300;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype i = args.indexOf(QStringLiteral("--iterations"));
    if (i >= 0 && i + 1 < args.size())
        iterations = std::max(10, args.at(i + 1).toInt());
    QTextStream out(stdout);
    out << "Passages benchmarks (" << QSysInfo::prettyProductName() << ")\n";
    benchReceptionLog(out, iterations);
    out.flush();
    benchCommuneSearch(out);
    out.flush();
    return 0;
}
