// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "translations/install.h"

#include "core/storage/app_paths.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    passages::setApplicationIdentity();
    passages::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = passages::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
