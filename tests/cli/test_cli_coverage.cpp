// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli coverage: the coordinators' coverage check from the command line.
#include "cli_support.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace passages;

TEST_CASE("coverage lists a burst of back-dated entries; usage errors exit 2", "[cli]")
{
    test::CliDesk desk(QStringLiteral("Accueil 1"));
    // Three walk-ins of the week before typed now: typed days after the time they state.
    const QDate day = QDate::currentDate().addDays(-7);
    for (int h = 9; h <= 11; ++h) {
        const test::Run log = desk({QStringLiteral("log"), QStringLiteral("--pole"),
                                    QStringLiteral("emploi"), QStringLiteral("--at"),
                                    QStringLiteral("%1T%2:00")
                                        .arg(day.toString(Qt::ISODate))
                                        .arg(h, 2, 10, QLatin1Char('0'))});
        INFO(log.err.toStdString());
        REQUIRE(log.code == 0);
    }
    const QString from = day.addDays(-1).toString(Qt::ISODate);
    const QString to = day.addDays(1).toString(Qt::ISODate);
    const test::Run text = desk(
        {QStringLiteral("coverage"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    INFO(text.err.toStdString());
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QLatin1String("1 finding")));
    CHECK(text.out.contains(QLatin1String("back-dated")));
    CHECK(text.out.contains(QLatin1String("3 entries")));

    const test::Run json =
        desk({QStringLiteral("coverage"), QStringLiteral("--from"), from, QStringLiteral("--to"),
              to, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.rawOut).object();
    const QJsonArray late = root.value(QStringLiteral("backdated")).toArray();
    REQUIRE(late.size() == 1);
    CHECK(late.at(0).toObject().value(QStringLiteral("entries")).toInt() == 3);
    CHECK(late.at(0).toObject().value(QStringLiteral("stated_from")).toString() ==
          day.toString(Qt::ISODate));
    CHECK(root.value(QStringLiteral("silent_desks")).toArray().isEmpty());

    // Another year: nothing, exit 0 all the same.
    const test::Run none =
        desk({QStringLiteral("coverage"), QStringLiteral("--year"), QStringLiteral("2001")});
    CHECK(none.code == 0);
    CHECK(none.out.contains(QLatin1String("0 finding")));

    CHECK(desk({QStringLiteral("coverage")}).code == 2);
    CHECK(desk({QStringLiteral("coverage"), QStringLiteral("--from"), to, QStringLiteral("--to"),
                from})
              .code == 2);
    CHECK(desk({QStringLiteral("coverage"), QStringLiteral("--year"), QStringLiteral("2024"),
                QStringLiteral("--format"), QStringLiteral("xml")})
              .code == 2);
}
