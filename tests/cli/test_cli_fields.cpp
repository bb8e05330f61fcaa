// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli with the optional desk fields of issue 17: log, report --by
// service-level|orientation (and the example mapping), export, referential round trip.
#include "cli_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace passages::test;

namespace {

QMap<QString, qint64> rowsOf(const Run &run)
{
    QMap<QString, qint64> rows;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    for (const QJsonValue &row : report.value(QStringLiteral("rows")).toArray())
        rows.insert(row[QStringLiteral("code")].toString(),
                    row[QStringLiteral("count")].toInteger());
    return rows;
}

} // namespace

TEST_CASE("log records the service level and orientation; report groups by them",
          "[cli][desk-fields]")
{
    CliDesk desk(QStringLiteral("Accueil 1"));
    auto log = [&](const char *level, const char *orientation, const char *count) {
        QStringList args{QStringLiteral("log"),
                         QStringLiteral("--pole"),
                         QStringLiteral("emploi"),
                         QStringLiteral("--count"),
                         QLatin1String(count),
                         QStringLiteral("--at"),
                         QStringLiteral("2024-03-04T10:00")};
        if (*level)
            args << QStringLiteral("--service-level") << QLatin1String(level);
        if (*orientation)
            args << QStringLiteral("--orientation") << QLatin1String(orientation);
        return desk(args);
    };
    REQUIRE(log("conseil", "mission-locale", "2").code == 0);
    REQUIRE(log("information", "aucune", "1").code == 0);
    REQUIRE(log("conseil", "bge", "3").code == 0); // a partner of the referential
    REQUIRE(log("", "", "4").code == 0);

    // Unknown codes: a data error naming the field and the valid codes.
    const Run badLevel = log("expert", "", "1");
    CHECK(badLevel.code == 1);
    CHECK(badLevel.err.contains(QLatin1String("service level \"expert\"")));
    CHECK(badLevel.err.contains(QLatin1String("information, conseil, accompagnement")));
    const Run badTarget = log("", "pole-emploi", "1");
    CHECK(badTarget.code == 1);
    CHECK(badTarget.err.contains(QLatin1String("orientation \"pole-emploi\"")));

    const auto report = [&](const QString &by, const QStringList &more = {}) {
        QStringList args{QStringLiteral("report"),
                         QStringLiteral("--year"),
                         QStringLiteral("2024"),
                         QStringLiteral("--by"),
                         by,
                         QStringLiteral("--format"),
                         QStringLiteral("json")};
        const Run run = desk(args + more);
        INFO(run.err.toStdString());
        REQUIRE(run.code == 0);
        return run;
    };
    CHECK(rowsOf(report(QStringLiteral("service-level"))) ==
          QMap<QString, qint64>{
              {QStringLiteral("conseil"), 5}, {QStringLiteral("information"), 1}, {QString(), 4}});
    CHECK(rowsOf(report(QStringLiteral("orientation"))) ==
          QMap<QString, qint64>{{QStringLiteral("mission-locale"), 2},
                                {QStringLiteral("aucune"), 1},
                                {QStringLiteral("bge"), 3},
                                {QString(), 4}});
    // The text report labels the levels, and what was not recorded.
    const Run text =
        desk({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
              QStringLiteral("--by"), QStringLiteral("service-level")});
    REQUIRE(text.code == 0);
    CHECK(text.out.contains(QLatin1String("Advice (second level)")));
    CHECK(text.out.contains(QLatin1String("Not recorded")));

    // In the example mapping's categories: the SPRO's two levels.
    CHECK(rowsOf(report(QStringLiteral("service-level"),
                        {QStringLiteral("--mapping"), QStringLiteral("spro-niveaux")})) ==
          QMap<QString, qint64>{{QStringLiteral("premier-niveau"), 1},
                                {QStringLiteral("second-niveau"), 5},
                                {QStringLiteral("autre"), 4}});
    const Run wrongList =
        desk({QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2024"),
              QStringLiteral("--by"), QStringLiteral("pole"), QStringLiteral("--mapping"),
              QStringLiteral("spro-niveaux")});
    CHECK(wrongList.code != 0);
    CHECK(wrongList.err.contains(QLatin1String("--by service-level")));

    // The CSV export carries both columns.
    const QString csv = desk.dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(desk({QStringLiteral("export"), QStringLiteral("--csv"), csv}).code == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    CHECK(exported.startsWith("id,at,pole,theme,age_band,commune,public,channel,count,"
                              "service_level,orientation"));
    CHECK(exported.contains(",3,conseil,bge"));
}

TEST_CASE("referential export and import keep the new lists and switches", "[cli][desk-fields]")
{
    CliDesk desk(QStringLiteral("Accueil 1"));
    const QString share = desk.dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    REQUIRE(cli({QStringLiteral("share"), QStringLiteral("init"), QStringLiteral("--share"), share})
                .code == 0);
    const QString file = desk.dir.filePath(QStringLiteral("ref.json"));
    REQUIRE(desk({QStringLiteral("referential"), QStringLiteral("export"), QStringLiteral("--file"),
                  file})
                .code == 0);
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    REQUIRE(root.value(QStringLiteral("service_levels")).toArray().size() == 3);
    REQUIRE(root.value(QStringLiteral("orientations")).toArray().size() == 6);

    // The admin turns both fields on and adds a target.
    QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("service_level"), true);
    fields.insert(QStringLiteral("orientation"), true);
    root.insert(QStringLiteral("fields"), fields);
    QJsonArray targets = root.value(QStringLiteral("orientations")).toArray();
    targets.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("cidj")},
                               {QStringLiteral("label"), QStringLiteral("CIDJ")}});
    root.insert(QStringLiteral("orientations"), targets);
    const QString edited = desk.write(QStringLiteral("edited.json"), QJsonDocument(root).toJson());
    const Run imported = desk({QStringLiteral("referential"), QStringLiteral("import"),
                               QStringLiteral("--file"), edited, QStringLiteral("--share"), share});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    const QString again = desk.dir.filePath(QStringLiteral("again.json"));
    REQUIRE(desk({QStringLiteral("referential"), QStringLiteral("export"), QStringLiteral("--file"),
                  again})
                .code == 0);
    QFile back(again);
    REQUIRE(back.open(QIODevice::ReadOnly));
    const QJsonObject round = QJsonDocument::fromJson(back.readAll()).object();
    CHECK(round.value(QStringLiteral("fields"))[QStringLiteral("service_level")].toBool());
    CHECK(round.value(QStringLiteral("fields"))[QStringLiteral("orientation")].toBool());
    CHECK(round.value(QStringLiteral("orientations")).toArray().size() == 7);
    CHECK(desk({QStringLiteral("log"), QStringLiteral("--pole"), QStringLiteral("emploi"),
                QStringLiteral("--orientation"), QStringLiteral("cidj")})
              .code == 0);
    const Run shown = desk({QStringLiteral("referential"), QStringLiteral("show")});
    CHECK(shown.out.contains(QLatin1String("service_levels (3)")));
    CHECK(shown.out.contains(QLatin1String("orientations (7)")));
}
