// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reception/reception.h"

#include "core/common/text.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/revision.h"

#include <QSqlQuery>
#include <QUuid>

namespace passages {

namespace {

const QString kColumns = QStringLiteral(
    "id, site, desk, local_date, local_time, utc_offset, pole, theme, age_band, commune, "
    "public, channel, first_visit, count, revision, deleted, service_level, orientation");

Passage readPassage(const QSqlQuery &q)
{
    Passage p;
    p.id = q.value(0).toString();
    p.site = q.value(1).toString();
    p.desk = q.value(2).toString();
    p.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.time = QTime::fromString(q.value(4).toString(), Qt::ISODate);
    p.utcOffset = q.value(5).toInt();
    p.pole = q.value(6).toString();
    p.theme = q.value(7).toString();
    p.ageBand = q.value(8).toString();
    p.commune = q.value(9).toString();
    p.publicCode = q.value(10).toString();
    p.channel = q.value(11).toString();
    if (!q.value(12).isNull())
        p.firstVisit = q.value(12).toInt() != 0;
    p.count = q.value(13).toInt();
    p.revision = q.value(14).toInt();
    p.deleted = q.value(15).toInt() != 0;
    p.serviceLevel = q.value(16).toString();
    p.orientation = q.value(17).toString();
    return p;
}

} // namespace

Reception::Reception(Database &db, const Referential &referential, const CommuneIndex &communes,
                     Clock clock)
    : m_db(db), m_referential(referential), m_communes(communes), m_clock(std::move(clock)),
      m_outbox(db)
{}

QDateTime Reception::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

Reception::~Reception() = default;

DeskIdentity Reception::identity() const
{
    if (!m_identity || m_identityGeneration != m_db.metaGeneration()) {
        m_identityGeneration = m_db.metaGeneration();
        m_identity =
            DeskIdentity{m_db.meta(QStringLiteral("instance_id")),
                         m_db.meta(QStringLiteral("site")), m_db.meta(QStringLiteral("desk"))};
    }
    return *m_identity;
}

Passage Reception::reported(Passage passage) const
{
    using Kind = Referential::Kind;
    const Referential &ref = m_referential;
    if (ref.merges().isEmpty())
        return passage;
    auto merged = [&ref](Kind kind, QString &code) {
        if (!code.isEmpty())
            code = ref.reportCode(kind, code);
    };
    merged(Kind::Pole, passage.pole);
    merged(Kind::Theme, passage.theme);
    merged(Kind::AgeBand, passage.ageBand);
    merged(Kind::Public, passage.publicCode);
    merged(Kind::Channel, passage.channel);
    merged(Kind::Site, passage.site);
    merged(Kind::ServiceLevel, passage.serviceLevel);
    merged(Kind::Orientation, passage.orientation);
    return passage;
}

Status Reception::setIdentity(const QString &site, const QString &desk)
{
    if (!m_referential.contains(Referential::Kind::Site, site))
        return makeError(ErrorCode::UnknownCode,
                         tr("Unknown site \"%1\"; valid sites: %2.")
                             .arg(shown(site), m_referential.codeList(Referential::Kind::Site)));
    const QString label = desk.simplified();
    if (label.isEmpty() || label.size() > 40)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The desk label must have 1 to 40 characters."));
    // A label is printed in reports and on terminals: an escape sequence would run there.
    if (hasControlCharacters(label))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The desk label must not hold control characters."),
                         QStringLiteral("desk"));
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    if (Status s = m_db.setMeta(QStringLiteral("site"), site); !s)
        return s;
    if (Status s = m_db.setMeta(QStringLiteral("desk"), label); !s)
        return s;
    m_identity.reset();
    return tx.commit();
}

Status Reception::validate(const PassageInput &input) const
{
    using Kind = Referential::Kind;
    if (Status s = m_referential.checkPoleAndTheme(input.pole, input.theme); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::AgeBand, input.ageBand, "age_band"); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::Public, input.publicCode, "public"); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::Channel, input.channel, "channel"); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::ServiceLevel, input.serviceLevel, "service_level");
        !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::Orientation, input.orientation, "orientation"); !s)
        return s;
    if (!input.commune.isEmpty() && !m_communes.contains(input.commune))
        return makeError(ErrorCode::UnknownCode,
                         tr("Unknown commune \"%1\": give an INSEE code (e.g. 94022 for "
                            "Choisy-le-Roi), \"etranger\" or \"nr\".")
                             .arg(shown(input.commune)),
                         QStringLiteral("commune"));
    // The Cité's maximum (referential "max_group_size"), the same the consolidation checks.
    if (input.count < 1 || input.count > m_referential.maxGroupSize())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The group size must be between 1 and %1 (got %2).")
                             .arg(m_referential.maxGroupSize())
                             .arg(input.count),
                         QStringLiteral("count"));
    if (input.at && !input.at->isValid())
        return makeError(ErrorCode::InvalidArgument, tr("The date and time are not valid."),
                         QStringLiteral("at"));
    // Earlier tally sheets may be entered, not walk-ins of a year to come (9999-12-31
    // would head every report): from 1990 to a year ahead of this desk's clock (a sheet
    // may be typed ahead for a planned event; the consolidation flags later dates).
    if (input.at &&
        (input.at->date() < QDate(1990, 1, 1) || input.at->date() > today().addYears(1)))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The date %1 is not plausible: a walk-in is dated from 1990 to a year from today.")
                .arg(input.at->date().toString(Qt::ISODate)),
            QStringLiteral("at"));
    return {};
}

Result<Passage> Reception::build(const PassageInput &input, const DeskIdentity &identity) const
{
    if (Status s = validate(input); !s)
        return s.error();
    const QDateTime at = input.at ? *input.at : now();
    Passage p;
    p.site = identity.site;
    p.desk = identity.desk;
    p.date = at.date();
    p.time = QTime(at.time().hour(), at.time().minute(), at.time().second());
    p.utcOffset = at.offsetFromUtc();
    p.pole = input.pole;
    p.theme = input.theme;
    p.ageBand = input.ageBand.isEmpty() ? QStringLiteral("nr") : input.ageBand;
    p.commune = input.commune.isEmpty() ? QStringLiteral("nr") : input.commune;
    p.publicCode = input.publicCode.isEmpty() ? QStringLiteral("nr") : input.publicCode;
    p.channel = input.channel.isEmpty() ? QStringLiteral("sur-place") : input.channel;
    p.firstVisit = input.firstVisit;
    p.serviceLevel = input.serviceLevel;
    p.orientation = input.orientation;
    p.count = input.count;
    return p;
}

Status Reception::write(const Passage &p, bool insert)
{
    const QString stamp = record::utcStamp();
    std::optional<QSqlQuery> &statement = insert ? m_insertPassage : m_updatePassage;
    if (!statement)
        statement = m_db.prepare(
            insert
                ? QStringLiteral(
                      "INSERT INTO passage (id, site, desk, local_date, local_time, utc_offset, "
                      "pole, theme, age_band, commune, public, channel, first_visit, count, "
                      "revision, deleted, recorded_utc, updated_utc, service_level, "
                      "orientation) VALUES (:id, :site, :desk, :date, :time, :offset, :pole, "
                      ":theme, :age, :commune, :public, :channel, :first, :count, :revision, "
                      ":deleted, :stamp, :stamp, :service, :orientation)")
                : QStringLiteral(
                      "UPDATE passage SET site = :site, desk = :desk, local_date = :date, "
                      "local_time = :time, utc_offset = :offset, pole = :pole, theme = :theme, "
                      "age_band = :age, commune = :commune, public = :public, channel = :channel, "
                      "first_visit = :first, count = :count, revision = :revision, "
                      "deleted = :deleted, updated_utc = :stamp, service_level = :service, "
                      "orientation = :orientation WHERE id = :id"));
    QSqlQuery &q = *statement;
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":site"), p.site);
    q.bindValue(QStringLiteral(":desk"), p.desk);
    q.bindValue(QStringLiteral(":date"), p.date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":time"), p.time.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":offset"), p.utcOffset);
    q.bindValue(QStringLiteral(":pole"), p.pole);
    q.bindValue(QStringLiteral(":theme"), record::nullable(p.theme));
    q.bindValue(QStringLiteral(":age"), p.ageBand);
    q.bindValue(QStringLiteral(":commune"), p.commune);
    q.bindValue(QStringLiteral(":public"), p.publicCode);
    q.bindValue(QStringLiteral(":channel"), p.channel);
    q.bindValue(QStringLiteral(":first"), p.firstVisit ? QVariant(*p.firstVisit ? 1 : 0)
                                                       : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":service"), record::nullable(p.serviceLevel));
    q.bindValue(QStringLiteral(":orientation"), record::nullable(p.orientation));
    q.bindValue(QStringLiteral(":count"), p.count);
    q.bindValue(QStringLiteral(":revision"), p.revision);
    q.bindValue(QStringLiteral(":deleted"), p.deleted ? 1 : 0);
    q.bindValue(QStringLiteral(":stamp"), stamp);
    if (Status s = exec(q, tr("Saving the entry")); !s)
        return s;

    return m_outbox.record(QStringLiteral("passage"), p.id);
}

Result<Passage> Reception::log(const PassageInput &input)
{
    const DeskIdentity desk = identity();
    if (!desk.isSet())
        return makeError(ErrorCode::NotInitialised,
                         tr("This desk has no site and desk label yet; set them first "
                            "(passages-cli init --site CODE --desk LABEL)."));
    Result<Passage> built = build(input, desk);
    if (!built)
        return built;
    Passage p = std::move(built).value();
    p.id = record::newId();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Status s = write(p, true); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<int> Reception::logAll(const QList<PassageInput> &inputs)
{
    const DeskIdentity desk = identity();
    if (!desk.isSet())
        return makeError(ErrorCode::NotInitialised,
                         tr("This desk has no site and desk label yet; set them first "
                            "(passages-cli init --site CODE --desk LABEL)."));
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    for (const PassageInput &input : inputs) {
        Result<Passage> built = build(input, desk);
        if (!built)
            return built.error();
        Passage p = std::move(built).value();
        p.id = record::newId();
        if (Status s = write(p, true); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(inputs.size());
}

Result<Passage> Reception::find(const QString &id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM passage WHERE id = :id").arg(kColumns));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readPassage, tr("Reading entry %1").arg(id),
                     tr("No entry with id \"%1\".").arg(id));
}

Result<Passage> Reception::correct(const QString &id, const PassageInput &input)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Passage> current = find(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Entry \"%1\" was deleted.").arg(id));
    PassageInput changed = input;
    if (!changed.at) // a correction keeps the original moment unless told otherwise
        changed.at = QDateTime(current->date, current->time);
    Result<Passage> built = build(changed, DeskIdentity{{}, current->site, current->desk});
    if (!built)
        return built;
    Passage p = std::move(built).value();
    p.id = id;
    if (!input.at)
        p.utcOffset = current->utcOffset;
    p.revision = current->revision + 1;
    if (Status s = write(p, false); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<Passage> Reception::remove(const QString &id)
{
    return record::tombstone<Passage>(
        m_db, [&] { return find(id); }, tr("Entry \"%1\" is already deleted.").arg(id),
        [this](const Passage &p) { return write(p, false); });
}

Result<Passage> Reception::restore(const Passage &image)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Passage> current = find(image.id);
    if (!current)
        return current;
    Passage p = image;
    p.revision = current->revision + 1;
    if (Status s = write(p, false); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<QList<Passage>> Reception::entriesOn(const QDate &date, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM passage WHERE local_date = :date AND deleted = 0 "
                       "ORDER BY local_time DESC, recorded_utc DESC LIMIT :limit")
            .arg(kColumns));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":limit"), limit);
    return selectAll(q, readPassage,
                     tr("Reading the entries of %1").arg(date.toString(Qt::ISODate)));
}

Result<QList<Passage>> Reception::entriesOfYear(int year) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM passage WHERE deleted = 0 AND (:all OR (local_date >= "
                       ":from AND local_date < :to)) ORDER BY local_date, local_time, recorded_utc")
            .arg(kColumns));
    q.bindValue(QStringLiteral(":all"), year == 0 ? 1 : 0);
    q.bindValue(QStringLiteral(":from"),
                QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0')));
    q.bindValue(QStringLiteral(":to"),
                QStringLiteral("%1-01-01").arg(year + 1, 4, 10, QLatin1Char('0')));
    return selectAll(q, readPassage, tr("Reading the entries"));
}

Result<QHash<QString, qint64>> Reception::countsByPole(const QDate &date) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT pole, SUM(count) FROM passage WHERE local_date = :date AND deleted = 0 "
        "GROUP BY pole"));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, tr("Counting the day's entries"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

Result<QHash<QString, int>> Reception::communeFrequency() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT commune, COUNT(*) FROM passage WHERE deleted = 0 AND local_date >= :since "
        "AND commune NOT IN ('nr') GROUP BY commune"));
    q.bindValue(QStringLiteral(":since"), today().addYears(-1).toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, tr("Counting the communes"));
    QHash<QString, int> frequency;
    while (q.next())
        frequency.insert(q.value(0).toString(), q.value(1).toInt());
    return frequency;
}

} // namespace passages
