// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: writes passages(1) or passages-cli(1) from the CLI's own command table and
// help, and fails (so does the build) when the two have drifted apart.
//   passages-manpage cli|gui VERSION DATE OUTPUT
#include "app/cli/man_page.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 5 ||
        (args.at(1) != QLatin1String("cli") && args.at(1) != QLatin1String("gui"))) {
        err << "usage: passages-manpage cli|gui VERSION DATE OUTPUT\n";
        return 2;
    }
    const passages::cli::ManPage page = args.at(1) == QLatin1String("cli")
                                            ? passages::cli::cliManPage(args.at(2), args.at(3))
                                            : passages::cli::guiManPage(args.at(2), args.at(3));
    if (!page.drift.isEmpty()) {
        for (const QString &d : page.drift)
            err << "passages-manpage: the help and the command table disagree: " << d << '\n';
        return 1;
    }
    QFile out(args.at(4));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "passages-manpage: cannot write " << args.at(4) << ": " << out.errorString() << '\n';
        return 1;
    }
    out.write(page.roff.toUtf8());
    return out.flush() ? 0 : 1;
}
