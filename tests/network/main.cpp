// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // The network's screens (Base réseau, the dashboard over PostgreSQL) are tested here,
    // beside the server: offscreen unless the caller chose a platform (Catch2's test
    // discovery ignores ctest's environment properties).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The fixture's server listens on a port of its own (its socket is named after it):
    // libpq, here and in the passages-cli the tests start, finds it through PGPORT.
    qputenv("PGPORT", QByteArray::number(PASSAGES_PG_TEST_PORT));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
