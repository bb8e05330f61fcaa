// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/programme/interviews.h"

#include "core/referential/referential.h"
#include "core/storage/database.h"
#include "core/storage/record.h"
#include "core/storage/revision.h"

#include <QSqlQuery>

namespace passages {

namespace {

const QString kTable = QStringLiteral("interview");
const QString kInterviewColumns = QStringLiteral(
    "id, site, desk, local_date, local_time, utc_offset, pole, theme, partner, channel, "
    "duration_band, revision, deleted");

Interview readInterview(const QSqlQuery &q)
{
    Interview i;
    i.id = q.value(0).toString();
    i.site = q.value(1).toString();
    i.desk = q.value(2).toString();
    i.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    i.time = QTime::fromString(q.value(4).toString(), Qt::ISODate);
    i.utcOffset = q.value(5).toInt();
    i.pole = q.value(6).toString();
    i.theme = q.value(7).toString();
    i.partner = q.value(8).toString();
    i.channel = q.value(9).toString();
    i.durationBand = q.value(10).toString();
    i.revision = q.value(11).toInt();
    i.deleted = q.value(12).toInt() != 0;
    return i;
}

} // namespace

Interviews::Interviews(Database &db, const Referential &referential, Clock clock)
    : m_db(db), m_referential(referential), m_clock(std::move(clock)),
      m_rows(db, kTable, QStringLiteral("recorded_utc"))
{}

Interviews::~Interviews() = default;

QDateTime Interviews::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

Status Interviews::validate(const InterviewInput &input) const
{
    using Kind = Referential::Kind;
    if (Status s = m_referential.checkPoleAndTheme(input.pole, input.theme); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::Partner, input.partner, "partner"); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::Channel, input.channel, "channel"); !s)
        return s;
    if (Status s = m_referential.checkCode(Kind::DurationBand, input.durationBand, "duration"); !s)
        return s;
    if (input.at && !input.at->isValid())
        return makeError(ErrorCode::InvalidArgument, tr("The date and time are not valid."),
                         QStringLiteral("at"));
    return {};
}

Result<Interview> Interviews::build(const InterviewInput &input) const
{
    if (Status s = validate(input); !s)
        return s.error();
    const QDateTime at = input.at ? *input.at : now();
    Interview i;
    i.date = at.date();
    i.time = QTime(at.time().hour(), at.time().minute(), at.time().second());
    i.utcOffset = at.offsetFromUtc();
    i.pole = input.pole;
    i.theme = input.theme;
    i.partner = input.partner;
    i.channel = input.channel.isEmpty() ? QStringLiteral("sur-place") : input.channel;
    i.durationBand = input.durationBand;
    return i;
}

Status Interviews::write(const Interview &i, record::Write how)
{
    return m_rows.write(how,
                        {{QStringLiteral("id"), i.id},
                         {QStringLiteral("site"), i.site},
                         {QStringLiteral("desk"), i.desk},
                         {QStringLiteral("local_date"), i.date.toString(Qt::ISODate)},
                         {QStringLiteral("local_time"), i.time.toString(Qt::ISODate)},
                         {QStringLiteral("utc_offset"), i.utcOffset},
                         {QStringLiteral("pole"), i.pole},
                         {QStringLiteral("theme"), record::nullable(i.theme)},
                         {QStringLiteral("partner"), record::nullable(i.partner)},
                         {QStringLiteral("channel"), i.channel},
                         {QStringLiteral("duration_band"), record::nullable(i.durationBand)},
                         {QStringLiteral("revision"), i.revision},
                         {QStringLiteral("deleted"), i.deleted ? 1 : 0}},
                        tr("Saving the interview"));
}

Result<Interview> Interviews::log(const InterviewInput &input)
{
    Result<DeskIdentity> desk = record::deskOf(m_db);
    if (!desk)
        return desk.error();
    Result<Interview> built = build(input);
    if (!built)
        return built;
    Interview i = std::move(built).value();
    i.id = record::newId();
    i.site = desk->site;
    i.desk = desk->desk;
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Status s = write(i, record::Write::Insert); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return i;
}

Result<Interview> Interviews::correct(const QString &id, const InterviewInput &input)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Interview> current = find(id);
    if (!current)
        return current;
    if (current->deleted)
        return makeError(ErrorCode::NotFound, tr("Interview \"%1\" was deleted.").arg(id));
    InterviewInput changed = input;
    if (!changed.at)
        changed.at = QDateTime(current->date, current->time);
    Result<Interview> built = build(changed);
    if (!built)
        return built;
    Interview i = std::move(built).value();
    i.id = id;
    i.site = current->site;
    i.desk = current->desk;
    if (!input.at)
        i.utcOffset = current->utcOffset;
    i.revision = current->revision + 1;
    if (Status s = write(i, record::Write::Update); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return i;
}

Result<Interview> Interviews::remove(const QString &id)
{
    return record::tombstone<Interview>(
        m_db, [&] { return find(id); }, tr("Interview \"%1\" is already deleted.").arg(id),
        [this](const Interview &i) { return write(i, record::Write::Update); });
}

Result<Interview> Interviews::restore(const Interview &image)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Interview> current = find(image.id);
    if (!current)
        return current;
    Interview i = image;
    i.revision = current->revision + 1;
    if (Status s = write(i, record::Write::Update); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return i;
}

Result<Interview> Interviews::find(const QString &id) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM interview WHERE id = :id").arg(kInterviewColumns));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readInterview, tr("Reading interview %1").arg(id),
                     tr("No interview with id \"%1\".").arg(id));
}

Result<QList<Interview>> Interviews::entriesOn(const QDate &date, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM interview WHERE local_date = :date AND deleted = 0 "
                       "ORDER BY local_time DESC, recorded_utc DESC LIMIT :limit")
            .arg(kInterviewColumns));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":limit"), limit);
    return selectAll(q, readInterview,
                     tr("Reading the interviews of %1").arg(date.toString(Qt::ISODate)));
}

Result<QString> Interviews::lastPartner() const
{
    // Taken back or not, the last interview's organisation is still the counsellor's. The
    // last row written is the last recorded (a correction keeps its row): no sort at start-up.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COALESCE(partner, '') FROM interview ORDER BY rowid DESC LIMIT 1"));
    if (!q.exec())
        return sqlError(q, tr("Reading the last interview"));
    const QString partner = q.next() ? q.value(0).toString() : QString();
    return m_referential.contains(Referential::Kind::Partner, partner) ? partner : QString();
}

Result<QHash<QString, qint64>> Interviews::countsByPole(const QDate &date) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT pole, COUNT(*) FROM interview WHERE local_date = :date AND deleted = 0 "
        "GROUP BY pole"));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q, tr("Counting the day's interviews"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

} // namespace passages
