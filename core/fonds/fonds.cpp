// SPDX-License-Identifier: GPL-3.0-or-later
// The fonds: what its services share, and the row images of its tables.
#include "core/fonds/fonds.h"

#include "core/fonds/fonds_shared_p.h"
#include "core/fonds/fonds_storage_p.h"
#include "core/storage/database.h"

#include <QSqlQuery>

namespace passages {

namespace fonds_storage {

Title readTitle(const QSqlQuery &q)
{
    Title t;
    t.id = q.value(QStringLiteral("id")).toString();
    t.title = q.value(QStringLiteral("title")).toString();
    t.authors = q.value(QStringLiteral("authors")).toString();
    t.publisher = q.value(QStringLiteral("publisher")).toString();
    t.year = q.value(QStringLiteral("year")).toInt();
    t.edition = q.value(QStringLiteral("edition")).toString();
    t.isbn = q.value(QStringLiteral("isbn")).toString();
    t.theme = q.value(QStringLiteral("theme")).toString();
    t.subcote = q.value(QStringLiteral("subcote")).toString();
    t.type =
        FondsCodes::titleType(q.value(QStringLiteral("type")).toString()).value_or(TitleType::Book);
    t.language = q.value(QStringLiteral("language")).toString();
    t.notes = q.value(QStringLiteral("notes")).toString();
    t.revision = q.value(QStringLiteral("revision")).toInt();
    t.deleted = q.value(QStringLiteral("deleted")).toInt() != 0;
    return t;
}

Copy readCopy(const QSqlQuery &q)
{
    Copy c;
    c.id = q.value(QStringLiteral("id")).toString();
    c.titleId = q.value(QStringLiteral("title_id")).toString();
    c.inventory = q.value(QStringLiteral("inventory")).toString();
    c.status = FondsCodes::copyStatus(q.value(QStringLiteral("status")).toString())
                   .value_or(CopyStatus::OnShelf);
    c.statusDate = record::dateOf(q.value(QStringLiteral("status_date")));
    c.statusNote = q.value(QStringLiteral("status_note")).toString();
    c.acquired = record::dateOf(q.value(QStringLiteral("acquired")));
    c.source = FondsCodes::copySource(q.value(QStringLiteral("source")).toString())
                   .value_or(CopySource::Purchase);
    c.location = q.value(QStringLiteral("location")).toString();
    c.revision = q.value(QStringLiteral("revision")).toInt();
    c.deleted = q.value(QStringLiteral("deleted")).toInt() != 0;
    return c;
}

Consultation readConsultation(const QSqlQuery &q)
{
    Consultation c;
    c.id = q.value(QStringLiteral("id")).toString();
    c.date = record::dateOf(q.value(QStringLiteral("local_date")));
    c.time = QTime::fromString(q.value(QStringLiteral("local_time")).toString(), Qt::ISODate);
    c.theme = q.value(QStringLiteral("theme")).toString();
    c.titleId = q.value(QStringLiteral("title_id")).toString();
    c.copyId = q.value(QStringLiteral("copy_id")).toString();
    c.count = q.value(QStringLiteral("count")).toInt();
    c.revision = q.value(QStringLiteral("revision")).toInt();
    c.deleted = q.value(QStringLiteral("deleted")).toInt() != 0;
    return c;
}

Subscription readSubscription(const QSqlQuery &q)
{
    Subscription s;
    s.id = q.value(QStringLiteral("id")).toString();
    s.titleId = q.value(QStringLiteral("title_id")).toString();
    s.frequency = FondsCodes::frequency(q.value(QStringLiteral("frequency")).toString())
                      .value_or(Frequency::Monthly);
    s.issuesPerYear = q.value(QStringLiteral("issues_per_year")).toInt();
    s.start = record::dateOf(q.value(QStringLiteral("start_date")));
    s.end = record::dateOf(q.value(QStringLiteral("end_date")));
    s.keepIssues = q.value(QStringLiteral("keep_issues")).toInt();
    s.keepMonths = q.value(QStringLiteral("keep_months")).toInt();
    s.revision = q.value(QStringLiteral("revision")).toInt();
    s.deleted = q.value(QStringLiteral("deleted")).toInt() != 0;
    return s;
}

Issue readIssue(const QSqlQuery &q)
{
    Issue i;
    i.id = q.value(QStringLiteral("id")).toString();
    i.subscriptionId = q.value(QStringLiteral("subscription_id")).toString();
    i.number = q.value(QStringLiteral("number")).toString();
    i.received = record::dateOf(q.value(QStringLiteral("received_date")));
    i.removed = record::dateOf(q.value(QStringLiteral("removed_date")));
    i.revision = q.value(QStringLiteral("revision")).toInt();
    i.deleted = q.value(QStringLiteral("deleted")).toInt() != 0;
    return i;
}

} // namespace fonds_storage

namespace fonds_detail {

FondsShared::FondsShared(Database &database, const Referential &ref, Clock clock)
    : db(database), referential(ref), m_clock(std::move(clock))
{}

QDateTime FondsShared::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QList<Category> FondsShared::themes() const
{
    if (!referential.fondsThemes().isEmpty())
        return referential.fondsThemes();
    // A desk's stored referential written before the fonds existed.
    static const QList<Category> defaults = Referential::defaultReferential().fondsThemes();
    return defaults;
}

QString FondsShared::themeLabel(const QString &code) const
{
    for (const Category &theme : themes())
        if (theme.code == code)
            return theme.label(referential.language());
    return code;
}

QString FondsShared::themeCodes() const
{
    QStringList codes;
    for (const Category &theme : themes())
        if (!theme.retired)
            codes << theme.code;
    return codes.join(QLatin1String(", "));
}

Result<DeskIdentity> FondsShared::identity() const
{
    return record::deskOf(db);
}

Status FondsShared::writeRow(const QString &table, const QVariantMap &row, bool insert)
{
    auto writer = m_writers.find(table);
    if (writer == m_writers.end()) {
        // The consultations are events, recorded once; the catalogue's rows are created.
        const QString created = table == QLatin1String("fonds_consultation")
                                    ? QStringLiteral("recorded_utc")
                                    : QStringLiteral("created_utc");
        writer = m_writers.try_emplace(table, db, table, created).first;
    }
    return writer->second.write(insert ? record::Write::Insert : record::Write::Update, row,
                                tr("Saving to the fonds"));
}

} // namespace fonds_detail

Fonds::Fonds(Database &db, const Referential &referential, Clock clock)
    : m_shared(std::make_unique<fonds_detail::FondsShared>(db, referential, std::move(clock))),
      m_catalogue(std::make_unique<FondsCatalogue>(*m_shared)),
      m_periodicals(std::make_unique<FondsPeriodicals>(*m_shared, *m_catalogue)),
      m_upkeep(std::make_unique<FondsUpkeep>(*m_shared, *m_catalogue))
{}

Fonds::~Fonds() = default;

QDateTime Fonds::now() const
{
    return m_shared->now();
}

Database &Fonds::database() const
{
    return m_shared->db;
}

QList<Category> Fonds::themes() const
{
    return m_shared->themes();
}

QString Fonds::themeLabel(const QString &code) const
{
    return m_shared->themeLabel(code);
}

QString Fonds::themeCodes() const
{
    return m_shared->themeCodes();
}

} // namespace passages
