// SPDX-License-Identifier: GPL-3.0-or-later
// The programme's CLI contract (event add/attend/list, interview, report --what), run on
// the real passages-cli binary.
#include "cli_support.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace passages;
using test::cli;
using test::Run;

namespace {

struct ProgrammeDesk : test::CliDesk
{
    ProgrammeDesk() : CliDesk(QStringLiteral("Pôle emploi")) {}
    /// Runs a command that must succeed and print one id.
    QString id(const QStringList &args) const
    {
        const Run run = (*this)(args);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        const QString id = run.out.trimmed();
        REQUIRE(id.size() == 36);
        return id;
    }
};

QStringList words(const char *args)
{
    return QString::fromUtf8(args).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject jsonOf(const Run &run)
{
    INFO(run.err.toStdString());
    INFO(run.out.toStdString());
    REQUIRE(run.code == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

qint64 rowCount(const QJsonObject &report, const QString &code)
{
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        if (row.toObject().value(QStringLiteral("code")).toString() == code)
            return row.toObject().value(QStringLiteral("count")).toInteger();
    return -1;
}

} // namespace

TEST_CASE("event add, attend and list, then participants by event across New Year",
          "[cli][programme]")
{
    ProgrammeDesk desk;
    const QString forum = desk.id(
        {QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--title"),
         QStringLiteral("Forum de l'alternance"), QStringLiteral("--type"), QStringLiteral("forum"),
         QStringLiteral("--start"), QStringLiteral("2024-05-14"), QStringLiteral("--end"),
         QStringLiteral("2024-05-15"), QStringLiteral("--pole"), QStringLiteral("emploi")});
    const QString newYear = desk.id(
        {QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--title"),
         QStringLiteral("Nouvel an des métiers"), QStringLiteral("--type"),
         QStringLiteral("grand-evenement"), QStringLiteral("--start"), QStringLiteral("2024-12-31"),
         QStringLiteral("--end"), QStringLiteral("2025-01-01"), QStringLiteral("--location"),
         QStringLiteral("hors-les-murs")});
    const QString workshop = desk.id(words("event add --title CV --type atelier --start "
                                           "2024-03-05 --pole emploi --location bpi"));

    desk.id(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                        forum} +
            words("--count 5800 --date 2024-05-14"));
    desk.id(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                        forum} +
            words("--count 4200 --date 2024-05-15 --pupils 300"));
    desk.id(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                        newYear} +
            words("--count 100 --date 2024-12-31"));
    desk.id(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                        newYear} +
            words("--count 130 --date 2025-01-01"));
    // A one-day event needs no --date.
    desk.id(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                        workshop} +
            words("--count 11"));

    const QJsonObject byEvent =
        jsonOf(desk(words("report --year 2024 --what participants --by event --format json")));
    CHECK(byEvent.value(QStringLiteral("by")).toString() == QLatin1String("event"));
    CHECK(byEvent.value(QStringLiteral("total")).toInt() == 10111);
    const QJsonArray rows = byEvent.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).toObject().value(QStringLiteral("code")).toString() == forum);
    CHECK(rows.at(0).toObject().value(QStringLiteral("label")).toString() ==
          QLatin1String("Forum de l'alternance"));
    CHECK(rowCount(byEvent, newYear) == 100);
    const QJsonObject next =
        jsonOf(desk(words("report --year 2025 --what participants --by event --format json")));
    CHECK(next.value(QStringLiteral("total")).toInt() == 130);

    const QJsonObject byType =
        jsonOf(desk(words("report --year 2024 --what participants --by event-type --format json")));
    CHECK(rowCount(byType, QStringLiteral("forum")) == 10000);
    CHECK(rowCount(byType, QStringLiteral("atelier")) == 11);
    const QJsonObject byLocation =
        jsonOf(desk(words("report --year 2024 --what participants --by location --format json")));
    CHECK(rowCount(byLocation, QStringLiteral("bpi")) == 11);
    CHECK(rowCount(byLocation, QStringLiteral("hors-les-murs")) == 100);

    const QJsonObject list = jsonOf(desk(words("event list --year 2024 --format json")));
    CHECK(list.value(QStringLiteral("year")).toInt() == 2024);
    const QJsonArray events = list.value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 3);
    const QJsonObject first = events.at(0).toObject(); // by first date: the workshop
    CHECK(first.value(QStringLiteral("id")).toString() == workshop);
    CHECK(first.value(QStringLiteral("location")).toString() == QLatin1String("bpi"));
    const QJsonObject last = events.at(2).toObject();
    CHECK(last.value(QStringLiteral("start")).toString() == QLatin1String("2024-12-31"));
    CHECK(last.value(QStringLiteral("end")).toString() == QLatin1String("2025-01-01"));
    CHECK(last.value(QStringLiteral("participants")).toInt() == 100); // within 2024
    CHECK(last.value(QStringLiteral("pole")).toString() == QLatin1String("transversal"));
    CHECK(jsonOf(desk(words("event list --year 2025 --format json")))
              .value(QStringLiteral("events"))
              .toArray()
              .size() == 1);

    const Run csv = desk(words("event list --year 2024 --format csv"));
    REQUIRE(csv.code == 0);
    CHECK(csv.out.startsWith(QLatin1String(
        "id,title,type,pole,location,partners,capacity,start,end,sessions,participants\r\n")));
    CHECK(csv.out.contains(QLatin1String(",Forum de l'alternance,forum,emploi,sur-site,,,"
                                         "2024-05-14,2024-05-15,2,10000\r\n")));

    const QJsonObject summary = jsonOf(desk(words("event summary --year 2024 --format json")));
    CHECK(summary.value(QStringLiteral("sessions")).toInt() == 4);
    CHECK(summary.value(QStringLiteral("workshop_offers")).toInt() == 1);
    CHECK(summary.value(QStringLiteral("pupils")).toInt() == 300);
    CHECK(summary.value(QStringLiteral("major_events")).toArray().size() == 2);

    // Deleting an event removes its participants from the report.
    REQUIRE(desk(QStringList{QStringLiteral("event"), QStringLiteral("delete"),
                             QStringLiteral("--id"), forum})
                .code == 0);
    CHECK(jsonOf(desk(words("report --year 2024 --what participants --by event --format json")))
              .value(QStringLiteral("total"))
              .toInt() == 111);
    // Duplicating the workshop for next year.
    const QString copy = desk.id(QStringList{QStringLiteral("event"), QStringLiteral("duplicate"),
                                             QStringLiteral("--id"), workshop} +
                                 words("--start 2025-03-04"));
    CHECK(copy != workshop);
    CHECK(jsonOf(desk(words("event list --year 2025 --format json")))
              .value(QStringLiteral("events"))
              .toArray()
              .size() == 2);
}

TEST_CASE("interviews are logged and reported by pôle, partner and channel", "[cli][programme]")
{
    ProgrammeDesk desk;
    desk.id(words("interview --pole orientation --partner cio --at 2024-01-09T10:00"));
    desk.id(words("interview --pole orientation --partner cio --theme orientation-parcoursup "
                  "--at 2024-03-12T14:30"));
    desk.id(words("interview --pole evolution --partner transitions-pro --channel visio "
                  "--duration 30-60 --at 2024-06-03T11:00"));
    desk.id(words("interview --pole droit --partner barreau-paris-solidarite --channel "
                  "telephone --at 2024-12-31T18:00"));
    const QString mistake = desk.id(words("interview --pole emploi --at 2024-05-05T09:00"));
    desk.id(words("interview --pole emploi --at 2025-01-01T09:00"));
    REQUIRE(desk(QStringList{QStringLiteral("interview"), QStringLiteral("delete"),
                             QStringLiteral("--id"), mistake})
                .code == 0);

    const QJsonObject byPole =
        jsonOf(desk(words("report --year 2024 --what interviews --by pole --format json")));
    CHECK(byPole.value(QStringLiteral("by")).toString() == QLatin1String("pole"));
    CHECK(byPole.value(QStringLiteral("total")).toInt() == 4);
    CHECK(rowCount(byPole, QStringLiteral("orientation")) == 2);
    CHECK(rowCount(byPole, QStringLiteral("emploi")) == -1);
    const QJsonObject byPartner =
        jsonOf(desk(words("report --year 2024 --what interviews --by partner --format json")));
    CHECK(rowCount(byPartner, QStringLiteral("cio")) == 2);
    CHECK(rowCount(byPartner, QStringLiteral("barreau-paris-solidarite")) == 1);
    const QJsonObject byChannel =
        jsonOf(desk(words("report --year 2024 --what interviews --by channel --format json")));
    CHECK(rowCount(byChannel, QStringLiteral("sur-place")) == 2);
    CHECK(rowCount(byChannel, QStringLiteral("visio")) == 1);
    CHECK(jsonOf(desk(words("report --year 2025 --what interviews --by theme --format json")))
              .value(QStringLiteral("total"))
              .toInt() == 1);
    // Walk-ins stay the default --what.
    CHECK(jsonOf(desk(words("report --year 2024 --by pole --format json")))
              .value(QStringLiteral("total"))
              .toInt() == 0);
}

TEST_CASE("programme commands keep the exit-code contract", "[cli][programme]")
{
    ProgrammeDesk desk;
    auto expect = [&](const QStringList &args, int code, const char *needle) {
        const Run run = desk(args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        INFO(run.err.toStdString());
        CHECK(run.code == code);
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.contains(QString::fromUtf8(needle)));
        CHECK(run.out.isEmpty());
    };
    expect(words("event"), 2, "event commands: add, attend");
    expect(words("event launch --title X"), 2, "unknown command \"event launch\"");
    expect(words("event add --title X --type forum"), 2, "--start is required");
    expect(words("event add --title X --type forum --start 14/05/2024"), 2, "YYYY-MM-DD");
    expect(words("event add --title X --type forum --start 2024-05-14 --color red"), 2,
           "unknown option --color");
    expect(words("event add --title X --type salon --start 2024-05-14"), 1,
           "Unknown event type \"salon\"");
    expect(words("event add --title X --type forum --start 2024-05-14 --end 2024-05-01"), 1,
           "ends");
    expect(words("event add --title X --type forum --start 2024-05-14 --location mars"), 1,
           "Unknown location");
    expect(words("event attend --id nope --count 3"), 1, "No event with id");
    expect(words("event attend --id nope --count three"), 2, "whole number");
    expect(words("event list --year 24"), 2, "--year");
    expect(words("event list --format xml"), 2, "--format");
    expect(words("interview --theme emploi-recherche"), 2, "--pole is required");
    expect(words("interview --pole emploi --partner pole-emploi"), 1, "Unknown partner");
    expect(words("interview --pole emploi --at yesterday"), 2, "--at");
    expect(words("interview delete --id nope"), 1, "No interview with id");
    expect(words("report --year 2024 --what visits --by pole"), 2, "interviews|participants");
    expect(words("report --year 2024 --what participants --by age-band"), 2,
           "event|event-type|pole|location|site");

    const QString forum = desk.id(words("event add --title Forum --type forum --start "
                                        "2024-05-14 --end 2024-05-15"));
    expect(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                       forum, QStringLiteral("--count"), QStringLiteral("5")},
           2, "give --date");
    expect(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                       forum} +
               words("--count 5 --date 2024-05-16"),
           1, "no session on 2024-05-16");
    expect(QStringList{QStringLiteral("event"), QStringLiteral("attend"), QStringLiteral("--id"),
                       forum} +
               words("--count 5 --pupils 6 --date 2024-05-15"),
           1, "pupils");
}
