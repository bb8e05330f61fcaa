// SPDX-License-Identifier: GPL-3.0-or-later
// The two optional desk fields of issue 17 (service level, orientation vers): the
// referential's lists and switches, the desk's checks, the CSV, the reports, the bilan
// and a reporting mapping of the service levels.
#include "support/test_support.h"

#include "core/reception/passage_csv.h"
#include "core/report/attendance.h"
#include "core/report/bilan.h"
#include "core/report/passage_report.h"
#include "core/report/reporting_mapping.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

using namespace passages;
using Kind = Referential::Kind;

namespace {

QStringList codesOf(const QList<Category> &list)
{
    QStringList codes;
    for (const Category &c : list)
        codes << c.code;
    return codes;
}

/// The default referential's document with `edit` applied to its JSON object.
QByteArray editedDefault(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(Referential::defaultReferential().toJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

PassageInput withFields(const char *pole, const char *level, const char *orientation, int count = 1)
{
    PassageInput input = test::walkIn(pole, count);
    input.serviceLevel = QLatin1String(level);
    input.orientation = QLatin1String(orientation);
    return input;
}

QHash<QString, qint64> counts(const YearlyCounts &report)
{
    QHash<QString, qint64> byCode;
    for (const ReportRow &row : report.rows)
        byCode.insert(row.code, row.count);
    return byCode;
}

} // namespace

TEST_CASE("the default referential lists service levels and orientation targets, fields off",
          "[desk-fields][referential]")
{
    const Referential ref = Referential::defaultReferential();
    CHECK(codesOf(ref.list(Kind::ServiceLevel)) ==
          QStringList{"information", "conseil", "accompagnement"});
    // The orientation targets: the list, then the partners flagged as targets not already
    // in it, "aucune" last. Every partner stays a valid orientation code.
    const QStringList targets = codesOf(ref.orientationTargets());
    CHECK(targets.first() == QLatin1String("france-travail"));
    CHECK(targets.last() == QLatin1String(Referential::kNoOrientation));
    for (const char *code : {"mission-locale", "apec", "cap-emploi", "cio"})
        CHECK(targets.contains(QLatin1String(code)));
    int flagged = 0;
    for (const Category &partner : ref.active(Kind::Partner)) {
        CAPTURE(partner.code);
        const bool fixed =
            ref.list(Kind::Orientation).end() !=
            std::find_if(ref.list(Kind::Orientation).begin(), ref.list(Kind::Orientation).end(),
                         [&](const Category &c) { return c.code == partner.code; });
        CHECK(targets.count(partner.code) == (fixed || partner.orientationTarget ? 1 : 0));
        CHECK(ref.contains(Kind::Orientation, partner.code));
        flagged += partner.orientationTarget ? 1 : 0;
    }
    CHECK(flagged > 0);
    CHECK(targets.size() < ref.list(Kind::Orientation).size() + ref.active(Kind::Partner).size());
    CHECK_FALSE(ref.contains(Kind::Orientation, QStringLiteral("pole-emploi")));
    // Shipped off: the desks keep their fields until the Cité turns them on.
    CHECK_FALSE(ref.fields().serviceLevel);
    CHECK_FALSE(ref.fields().orientation);
}

TEST_CASE("a referential without the new lists or switches stays valid and takes the defaults",
          "[desk-fields][referential]")
{
    const QByteArray old = editedDefault([](QJsonObject &root) {
        root.remove(QStringLiteral("service_levels"));
        root.remove(QStringLiteral("orientations"));
        QJsonArray mappings;
        for (const QJsonValue &m : root.value(QStringLiteral("mappings")).toArray())
            if (m[QStringLiteral("kind")].toString() != QLatin1String("service_levels"))
                mappings.append(m);
        root.insert(QStringLiteral("mappings"), mappings);
        QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
        fields.remove(QStringLiteral("service_level"));
        fields.remove(QStringLiteral("orientation"));
        root.insert(QStringLiteral("fields"), fields);
    });
    Result<Referential> ref = Referential::fromJson(old, true);
    INFO((ref ? QString() : ref.error().message).toStdString());
    REQUIRE(ref.ok());
    CHECK(ref->list(Kind::ServiceLevel).size() == 3);
    CHECK(ref->contains(Kind::Orientation, QStringLiteral("mission-locale")));
    CHECK_FALSE(ref->fields().serviceLevel);
    CHECK_FALSE(ref->fields().orientation);
}

TEST_CASE("the new lists and switches round-trip and are validated like the others",
          "[desk-fields][referential]")
{
    Referential ref = Referential::defaultReferential();
    DeskFields fields = ref.fields();
    fields.serviceLevel = true;
    fields.orientation = true;
    ref.setFields(fields);
    Category cidj;
    cidj.code = QStringLiteral("cidj");
    cidj.labels.insert(QStringLiteral("fr"), QStringLiteral("CIDJ"));
    REQUIRE(ref.add(Kind::Orientation, cidj).ok());
    REQUIRE(ref.rename(Kind::ServiceLevel, QStringLiteral("conseil"), QStringLiteral("fr"),
                       QStringLiteral("Conseil personnalisé"))
                .ok());
    REQUIRE(ref.setRetired(Kind::ServiceLevel, QStringLiteral("accompagnement"), true).ok());

    Result<Referential> back = Referential::fromJson(ref.toJson(), true);
    REQUIRE(back.ok());
    CHECK(back->fields().serviceLevel);
    CHECK(back->fields().orientation);
    CHECK(back->contains(Kind::Orientation, QStringLiteral("cidj")));
    CHECK(codesOf(back->orientationTargets()).contains(QStringLiteral("cidj")));
    CHECK(back->find(Kind::ServiceLevel, QStringLiteral("conseil"))
              ->labels.value(QStringLiteral("fr")) == QStringLiteral("Conseil personnalisé"));
    CHECK(codesOf(back->active(Kind::ServiceLevel)) == QStringList{"information", "conseil"});
    CHECK(back->toJson() == ref.toJson());

    // A duplicate code, an entry without a code: refused with their path.
    Result<Referential> duplicate = Referential::fromJson(editedDefault([](QJsonObject &root) {
        QJsonArray levels = root.value(QStringLiteral("service_levels")).toArray();
        levels.append(levels.at(0));
        root.insert(QStringLiteral("service_levels"), levels);
    }));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QLatin1String("service_levels[3].code")));
    CHECK(duplicate.error().message.contains(QLatin1String("appears twice")));
    Result<Referential> noCode = Referential::fromJson(editedDefault([](QJsonObject &root) {
        QJsonArray targets = root.value(QStringLiteral("orientations")).toArray();
        targets.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("Nowhere")}});
        root.insert(QStringLiteral("orientations"), targets);
    }));
    REQUIRE_FALSE(noCode.ok());
    CHECK(noCode.error().message.contains(QLatin1String("orientations[6].code")));

    // A field shown at the desks with nothing to offer cannot be published.
    Referential empty = ref;
    REQUIRE(empty.setRetired(Kind::ServiceLevel, QStringLiteral("conseil"), true).ok());
    CHECK_FALSE(empty.setRetired(Kind::ServiceLevel, QStringLiteral("information"), true).ok());
    QJsonObject root = QJsonDocument::fromJson(empty.toJson()).object();
    QJsonArray levels;
    for (QJsonValue v : root.value(QStringLiteral("service_levels")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("retired"), true);
        levels.append(o);
    }
    root.insert(QStringLiteral("service_levels"), levels);
    root.insert(QStringLiteral("mappings"), QJsonArray());
    Result<Referential> nothing = Referential::fromJson(QJsonDocument(root).toJson(), true);
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message.contains(QLatin1String("service_levels: The desks show the "
                                                         "service level")));
}

TEST_CASE("the desk records both fields, keeps them through a correction, and refuses unknown "
          "codes",
          "[desk-fields][reception]")
{
    test::TempDesk desk;
    Result<Passage> logged = desk.reception->log(withFields("emploi", "conseil", "mission-locale"));
    REQUIRE(logged.ok());
    CHECK(logged->serviceLevel == QLatin1String("conseil"));
    CHECK(logged->orientation == QLatin1String("mission-locale"));
    // A partner of the referential is a valid orientation.
    REQUIRE(desk.reception->log(withFields("creation", "accompagnement", "bge")).ok());
    // Nothing chosen: NULL in the database, "not recorded".
    Result<Passage> plain = desk.reception->log(test::walkIn("droit"));
    REQUIRE(plain.ok());
    desk.reopen();
    {
        QSqlQuery q(desk.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT service_level IS NULL, orientation IS NULL FROM "
                                      "passage WHERE id = '%1'")
                           .arg(plain->id)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK(q.value(1).toInt() == 1);
    }
    Result<Passage> found = desk.reception->find(logged->id);
    REQUIRE(found.ok());
    CHECK(found->serviceLevel == QLatin1String("conseil"));
    CHECK(found->orientation == QLatin1String("mission-locale"));

    // A correction of another field keeps them; a correction may change them.
    PassageInput changed = found->toInput();
    changed.count = 3;
    Result<Passage> corrected = desk.reception->correct(logged->id, changed);
    REQUIRE(corrected.ok());
    CHECK(corrected->serviceLevel == QLatin1String("conseil"));
    CHECK(corrected->orientation == QLatin1String("mission-locale"));
    changed.orientation = QStringLiteral("aucune");
    REQUIRE(desk.reception->correct(logged->id, changed).ok());
    CHECK(desk.reception->find(logged->id)->orientation == QLatin1String("aucune"));

    Result<Passage> badLevel = desk.reception->log(withFields("emploi", "expert", ""));
    REQUIRE_FALSE(badLevel.ok());
    CHECK(badLevel.error().field == QLatin1String("service_level"));
    CHECK(badLevel.error().message.contains(QLatin1String("information, conseil")));
    Result<Passage> badTarget = desk.reception->log(withFields("emploi", "", "pole-emploi"));
    REQUIRE_FALSE(badTarget.ok());
    CHECK(badTarget.error().field == QLatin1String("orientation"));
    CHECK(badTarget.error().message.contains(QLatin1String("mission-locale")));
}

TEST_CASE("the walk-in CSV carries both fields; unknown codes are refused by line",
          "[desk-fields][csv]")
{
    test::TempDesk desk;
    Result<ImportReport> imported =
        PassageCsv::importData(*desk.reception,
                               "at;pole;service_level;orientation;count\n"
                               "2024-03-04T10:00;emploi;information;france-travail;2\n"
                               "2024-03-04T11:00;droit;;;1\n"
                               "2024-03-04T12:00;creation;Accompagnement;BGE;1\n",
                               QStringLiteral("fields.csv"));
    REQUIRE(imported.ok());
    INFO(imported->problems.join(QLatin1Char('\n')).toStdString());
    CHECK(imported->imported == 3);
    // An old file without the columns still imports: not recorded.
    Result<ImportReport> old = PassageCsv::importData(
        *desk.reception, "at,pole,count\n2024-03-04T13:00,emploi,1\n", QStringLiteral("old.csv"));
    REQUIRE(old.ok());
    CHECK(old->imported == 1);

    Result<QByteArray> exported = PassageCsv::exportData(*desk.reception, 2024);
    REQUIRE(exported.ok());
    const QList<QByteArray> lines = exported->trimmed().split('\n');
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).trimmed().endsWith(",count,service_level,orientation"));
    QByteArray all = *exported;
    CHECK(all.contains(",emploi,,nr,nr,nr,sur-place,2,information,france-travail"));
    CHECK(all.contains(",creation,,nr,nr,nr,sur-place,1,accompagnement,bge"));
    CHECK(all.contains(",droit,,nr,nr,nr,sur-place,1,,"));

    // The export imports back into another desk with the same figures.
    test::TempDesk other;
    Result<ImportReport> back =
        PassageCsv::importData(*other.reception, *exported, QStringLiteral("export.csv"));
    REQUIRE(back.ok());
    CHECK(back->problems.isEmpty());
    CHECK(back->imported == 4);
    CHECK(PassageCsv::exportData(*other.reception, 2024)->size() == exported->size());

    // Unknown codes: each named by line and field, nothing imported.
    Result<ImportReport> bad = PassageCsv::importData(
        *desk.reception,
        "at,pole,service_level,orientation\n2024-03-05T10:00,emploi,expert,\n"
        "2024-03-05T10:00,emploi,,pole-emploi\n",
        QStringLiteral("bad.csv"));
    REQUIRE(bad.ok());
    CHECK(bad->imported == 0);
    REQUIRE(bad->problems.size() == 2);
    CHECK(bad->problems.at(0).contains(QLatin1String("line 2, field service_level")));
    CHECK(bad->problems.at(0).contains(QLatin1String("expert")));
    CHECK(bad->problems.at(1).contains(QLatin1String("line 3, field orientation")));
    CHECK(desk.reception->entriesOfYear(2024)->size() == 4);
}

TEST_CASE("reports, Répartitions and the bilan count by service level and orientation",
          "[desk-fields][report]")
{
    test::TempDesk desk;
    for (const auto &input :
         {withFields("emploi", "information", "france-travail", 2),
          withFields("emploi", "conseil", "aucune", 1), withFields("droit", "conseil", "apec", 4),
          withFields("creation", "accompagnement", "bge", 1), test::walkIn("numerique", 5)}) {
        PassageInput at = input;
        at.at = QDateTime(QDate(2024, 3, 4), QTime(10, 0));
        REQUIRE(desk.reception->log(at).ok());
    }
    PassageReports reports(*desk.db, desk.referential, test::communes());
    Result<YearlyCounts> levels = reports.yearly(2024, BreakdownBy::ServiceLevel);
    REQUIRE(levels.ok());
    const QHash<QString, qint64> byLevel = counts(*levels);
    CHECK(byLevel.value(QStringLiteral("information")) == 2);
    CHECK(byLevel.value(QStringLiteral("conseil")) == 5);
    CHECK(byLevel.value(QStringLiteral("accompagnement")) == 1);
    CHECK(byLevel.value(QString()) == 5);
    CHECK(levels->total == 13);
    for (const ReportRow &row : levels->rows)
        if (row.code.isEmpty())
            CHECK(row.label == QLatin1String("Not recorded"));
    CHECK(reportBreakdownFromName(QStringLiteral("service-level")) == BreakdownBy::ServiceLevel);
    CHECK(reportBreakdownFromName(QStringLiteral("orientation")) == BreakdownBy::Orientation);

    Result<YearlyCounts> targets = reports.yearly(2024, BreakdownBy::Orientation);
    REQUIRE(targets.ok());
    CHECK(counts(*targets).value(QStringLiteral("apec")) == 4);
    CHECK(counts(*targets).value(QStringLiteral("bge")) == 1);

    // Répartitions: the same figures for the period.
    AttendanceReport attendance(*desk.db, desk.referential, test::communes());
    AttendanceFilter march;
    march.from = QDate(2024, 3, 1);
    march.to = QDate(2024, 3, 31);
    Result<Breakdown> breakdown = attendance.breakdown(BreakdownBy::ServiceLevel, march, 0);
    REQUIRE(breakdown.ok());
    CHECK(breakdown->total == 13);
    for (const BreakdownRow &row : breakdown->rows)
        CHECK(row.count == byLevel.value(row.code));
    march.pole = QStringLiteral("emploi");
    CHECK(attendance.breakdown(BreakdownBy::Orientation, march, 0)->total == 3);

    // The bilan: the tables appear once the desks show the fields.
    const BilanBuilder builder(*desk.db, desk.referential, test::communes());
    auto table = [](const Bilan &bilan, const char *key) -> const BilanTable * {
        for (const BilanTable &t : bilan.tables)
            if (t.key == QLatin1String(key))
                return &t;
        return nullptr;
    };
    Result<Bilan> recorded = builder.build(2024);
    REQUIRE(recorded.ok());
    // Off at the desks, but recorded this year: shown.
    REQUIRE(table(*recorded, "contacts-service-level"));
    CHECK(table(*recorded, "contacts-service-level")->total == 13);
    REQUIRE(table(*recorded, "contacts-orientation"));

    test::TempDesk empty;
    CHECK_FALSE(table(*BilanBuilder(*empty.db, empty.referential, test::communes()).build(2024),
                      "contacts-service-level"));
    Referential shown = empty.referential;
    DeskFields fields = shown.fields();
    fields.serviceLevel = true;
    shown.setFields(fields);
    const Result<Bilan> withField = BilanBuilder(*empty.db, shown, test::communes()).build(2024);
    CHECK(table(*withField, "contacts-service-level"));
    CHECK_FALSE(table(*withField, "contacts-orientation"));

    // The example mapping counts the levels in the SPRO's two levels.
    Result<const Referential::Mapping *> mapping = findMapping(
        desk.referential, QStringLiteral("spro-niveaux"), QStringLiteral("service-level"));
    REQUIRE(mapping.ok());
    const YearlyCounts mapped = inMapping(*levels, desk.referential, **mapping);
    CHECK(counts(mapped).value(QStringLiteral("premier-niveau")) == 2);
    CHECK(counts(mapped).value(QStringLiteral("second-niveau")) == 6);
    CHECK(counts(mapped).value(QLatin1String(Referential::kUnmappedCategory)) == 5);
    CHECK_FALSE(
        findMapping(desk.referential, QStringLiteral("spro-niveaux"), QStringLiteral("pole")).ok());
    const Bilan inLevels = inMapping(*recorded, desk.referential, **mapping);
    const BilanTable *levelTable = table(inLevels, "contacts-service-level");
    REQUIRE(levelTable);
    CHECK(levelTable->lines.at(0).code == QLatin1String("premier-niveau"));
    CHECK(levelTable->lines.at(0).count == 2);
}

TEST_CASE("the referential says which partners are orientation targets",
          "[desk-fields][referential][orientation-target]")
{
    Referential ref = Referential::defaultReferential();
    const QString grdr = QStringLiteral("grdr");
    REQUIRE_FALSE(ref.find(Kind::Partner, grdr)->orientationTarget);
    CHECK_FALSE(codesOf(ref.orientationTargets()).contains(grdr));
    CHECK(ref.contains(Kind::Orientation, grdr)); // still a valid recorded code
    CHECK(ref.checkCode(Kind::Orientation, grdr, "orientation").ok());

    REQUIRE(ref.setOrientationTarget(grdr, true).ok());
    QStringList targets = codesOf(ref.orientationTargets());
    CHECK(targets.contains(grdr));
    CHECK(targets.last() == QLatin1String(Referential::kNoOrientation));
    CHECK_FALSE(ref.setOrientationTarget(QStringLiteral("no-such-partner"), true).ok());

    // Kept by export and import.
    Result<Referential> back = Referential::fromJson(ref.toJson(), true);
    REQUIRE(back.ok());
    CHECK(back->find(Kind::Partner, grdr)->orientationTarget);
    CHECK(codesOf(back->orientationTargets()) == targets);
    CHECK(back->toJson() == ref.toJson());

    // Cleared: no longer offered, the export no longer carries it.
    REQUIRE(back->setOrientationTarget(grdr, false).ok());
    CHECK_FALSE(codesOf(back->orientationTargets()).contains(grdr));
    Result<Referential> cleared = Referential::fromJson(back->toJson(), true);
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared->find(Kind::Partner, grdr)->orientationTarget);
}

TEST_CASE("a referential written before the orientation-target flag offers only the fixed "
          "orientations",
          "[desk-fields][referential][orientation-target]")
{
    const QByteArray old = editedDefault([](QJsonObject &root) {
        QJsonArray partners;
        for (const QJsonValue &p : root.value(QStringLiteral("partners")).toArray()) {
            QJsonObject partner = p.toObject();
            partner.remove(QStringLiteral("orientation_target"));
            partners.append(partner);
        }
        root.insert(QStringLiteral("partners"), partners);
    });
    REQUIRE_FALSE(old.contains("orientation_target"));
    Result<Referential> ref = Referential::fromJson(old, true);
    REQUIRE(ref.ok());
    CHECK(codesOf(ref->orientationTargets()) == codesOf(ref->active(Kind::Orientation)));
    // Its partners' codes recorded before stay valid orientations.
    for (const Category &partner : ref->list(Kind::Partner))
        CHECK(ref->contains(Kind::Orientation, partner.code));
}

TEST_CASE("an orientation-target flag that is not a boolean, or not on a partner, is refused "
          "with its path",
          "[desk-fields][referential][orientation-target]")
{
    Result<Referential> notBool = Referential::fromJson(editedDefault([](QJsonObject &root) {
        QJsonArray partners = root.value(QStringLiteral("partners")).toArray();
        QJsonObject second = partners.at(1).toObject();
        second.insert(QStringLiteral("orientation_target"), QStringLiteral("yes"));
        partners.replace(1, second);
        root.insert(QStringLiteral("partners"), partners);
    }));
    REQUIRE_FALSE(notBool.ok());
    CHECK(notBool.error().field == QLatin1String("partners[1].orientation_target"));
    CHECK(notBool.error().message.contains(QLatin1String("partners[1].orientation_target")));

    Result<Referential> onTheme = Referential::fromJson(editedDefault([](QJsonObject &root) {
        QJsonArray themes = root.value(QStringLiteral("themes")).toArray();
        QJsonObject first = themes.at(0).toObject();
        first.insert(QStringLiteral("orientation_target"), true);
        themes.replace(0, first);
        root.insert(QStringLiteral("themes"), themes);
    }));
    REQUIRE_FALSE(onTheme.ok());
    CHECK(onTheme.error().field == QLatin1String("themes[0].orientation_target"));
}
