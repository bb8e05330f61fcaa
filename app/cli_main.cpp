// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "translations/install.h"

#include "core/storage/app_paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only `bilan --pdf` draws text on a page, which needs a QGuiApplication; on the
    // offscreen platform it runs without a display (a server, the nightly scheduler).
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir runtime; // private (0700), as Qt wants XDG_RUNTIME_DIR
    if (passages::cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A scheduler or a server has no session: without this, Qt warns on stderr.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    passages::setApplicationIdentity();
    passages::installTranslations(*app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = passages::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
