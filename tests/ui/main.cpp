// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/style.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

namespace {

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform reports every window-manager feature it lacks (raise, keyboard
// grab, size hints) on each show: noise that would bury real warnings.
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // Catch2's test discovery ignores ctest's environment properties: choose the
    // offscreen platform here unless the caller asked for another (xvfb-run).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QStandardPaths::setTestModeEnabled(true);
    defaultHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    passages::ui::applyStyle(); // the look the desks get, so grabs and sizes are real
    return Catch::Session().run(argc, argv);
}
