// SPDX-License-Identifier: GPL-3.0-or-later
#include <catch2/catch.hpp>

#include <QGuiApplication>

TEST_CASE("ui tests run on the offscreen platform unless told otherwise", "[ui]")
{
    const QString platform = QGuiApplication::platformName();
    CHECK((platform == QLatin1String("offscreen") || platform == QLatin1String("xcb")));
}
