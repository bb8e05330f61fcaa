// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue, the scanner entry and the consultations of the fonds.
#include "core/fonds/fonds.h"

#include "core/common/text.h"

#include "core/fonds/fonds_storage.h"
#include "core/fonds/isbn.h"
#include "core/referential/commune_index.h"
#include "core/report/tally_report.h"
#include "core/storage/database.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace passages {

using namespace fonds_storage;

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
    c.statusDate = dateOf(q.value(QStringLiteral("status_date")));
    c.statusNote = q.value(QStringLiteral("status_note")).toString();
    c.acquired = dateOf(q.value(QStringLiteral("acquired")));
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
    c.date = dateOf(q.value(QStringLiteral("local_date")));
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
    s.start = dateOf(q.value(QStringLiteral("start_date")));
    s.end = dateOf(q.value(QStringLiteral("end_date")));
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
    i.received = dateOf(q.value(QStringLiteral("received_date")));
    i.removed = dateOf(q.value(QStringLiteral("removed_date")));
    i.revision = q.value(QStringLiteral("revision")).toInt();
    i.deleted = q.value(QStringLiteral("deleted")).toInt() != 0;
    return i;
}

} // namespace fonds_storage

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoUtcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit() || c == QLatin1Char('X') || c == QLatin1Char('x'))
            out += c.toUpper();
    return out;
}

} // namespace

Fonds::Fonds(Database &db, const Referential &referential, Clock clock)
    : m_db(db), m_referential(referential), m_clock(std::move(clock)), m_outbox(db)
{}

Fonds::~Fonds() = default;

QDateTime Fonds::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QList<Category> Fonds::themes() const
{
    if (!m_referential.fondsThemes().isEmpty())
        return m_referential.fondsThemes();
    // A desk's stored referential written before the fonds existed.
    static const QList<Category> defaults = Referential::defaultReferential().fondsThemes();
    return defaults;
}

QString Fonds::themeLabel(const QString &code) const
{
    for (const Category &theme : themes())
        if (theme.code == code)
            return theme.label(m_referential.language());
    return code;
}

QString Fonds::themeCodes() const
{
    QStringList codes;
    for (const Category &theme : themes())
        if (!theme.retired)
            codes << theme.code;
    return codes.join(QLatin1String(", "));
}

Result<Fonds::Identity> Fonds::identity() const
{
    Identity who{m_db.meta(QStringLiteral("site")), m_db.meta(QStringLiteral("desk"))};
    if (who.site.isEmpty() || who.desk.isEmpty())
        return makeError(ErrorCode::NotInitialised,
                         tr("This desk has no site and desk label yet; set them first "
                            "(passages-cli init --site CODE --desk LABEL)."));
    return who;
}

Status Fonds::writeRow(const QString &table, const QVariantMap &row, bool insert)
{
    QVariantMap values = row;
    values.insert(QStringLiteral("updated_utc"), isoUtcNow());
    const QStringList columns = values.keys();
    QString sql;
    if (insert) {
        QStringList placeholders;
        for (const QString &column : columns)
            placeholders << QLatin1Char(':') + column;
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1String(", ")),
                       placeholders.join(QLatin1String(", ")));
    } else {
        QStringList sets;
        for (const QString &column : columns)
            if (column != QLatin1String("id"))
                sets << QStringLiteral("%1 = :%1").arg(column);
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                  .arg(table, sets.join(QLatin1String(", ")));
    }
    QSqlQuery q = m_db.prepare(sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A null QString binds as SQL NULL: text columns that are "" when empty get "".
        const QVariant &v = it.value();
        const bool emptyText =
            v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull();
        q.bindValue(QLatin1Char(':') + it.key(), emptyText ? QVariant(QStringLiteral("")) : v);
    }
    if (Status s = exec(q, tr("Saving to the fonds")); !s)
        return s;
    return m_outbox.record(table, row.value(QStringLiteral("id")).toString());
}

Status Fonds::writeTitle(Title &t, bool insert, const Identity &who)
{
    QVariantMap row{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("authors"), t.authors},
        {QStringLiteral("publisher"), t.publisher},
        {QStringLiteral("year"),
         t.year > 0 ? QVariant(t.year) : QVariant(QMetaType(QMetaType::Int))},
        {QStringLiteral("edition"), t.edition},
        {QStringLiteral("isbn"), nullableText(t.isbn)},
        {QStringLiteral("theme"), t.theme},
        {QStringLiteral("subcote"), t.subcote},
        {QStringLiteral("type"), FondsCodes::code(t.type)},
        {QStringLiteral("language"), t.language},
        {QStringLiteral("notes"), t.notes},
        {QStringLiteral("revision"), t.revision},
        {QStringLiteral("deleted"), t.deleted ? 1 : 0},
    };
    if (insert) {
        row.insert(QStringLiteral("site"), who.site);
        row.insert(QStringLiteral("desk"), who.desk);
        row.insert(QStringLiteral("created_utc"), isoUtcNow());
    }
    return writeRow(QStringLiteral("fonds_title"), row, insert);
}

Status Fonds::writeCopy(Copy &c, bool insert, const Identity &who)
{
    QVariantMap row{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("title_id"), c.titleId},
        {QStringLiteral("inventory"), c.inventory},
        {QStringLiteral("status"), FondsCodes::code(c.status)},
        {QStringLiteral("status_date"), nullableDate(c.statusDate)},
        {QStringLiteral("status_note"), c.statusNote},
        {QStringLiteral("acquired"), nullableDate(c.acquired)},
        {QStringLiteral("source"), FondsCodes::code(c.source)},
        {QStringLiteral("location"), c.location},
        {QStringLiteral("revision"), c.revision},
        {QStringLiteral("deleted"), c.deleted ? 1 : 0},
    };
    if (insert) {
        row.insert(QStringLiteral("site"), who.site);
        row.insert(QStringLiteral("desk"), who.desk);
        row.insert(QStringLiteral("created_utc"), isoUtcNow());
    }
    return writeRow(QStringLiteral("fonds_copy"), row, insert);
}

// --- Catalogue -------------------------------------------------------------------------

Status Fonds::validate(Title &t) const
{
    t.title = t.title.simplified();
    t.authors = t.authors.simplified();
    t.publisher = t.publisher.simplified();
    t.edition = t.edition.simplified();
    t.subcote = t.subcote.simplified();
    t.theme = t.theme.trimmed().toUpper();
    t.language = t.language.trimmed().toLower();
    if (t.title.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The title is missing."),
                         QStringLiteral("title"));
    // Free text is bounded: a catalogue entry is not the place for a file (an 11 MB note
    // holding a name and a phone number was accepted before).
    const struct
    {
        const QString &text;
        int max;
        const char *field;
    } bounded[] = {{t.title, 300, "title"},         {t.authors, 300, "authors"},
                   {t.publisher, 200, "publisher"}, {t.edition, 100, "edition"},
                   {t.subcote, 40, "subcote"},      {t.notes, 2000, "notes"}};
    for (const auto &b : bounded) {
        if (b.text.size() > b.max)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The field %1 has %2 characters; at most %3 are kept in the "
                                "catalogue.")
                                 .arg(QLatin1String(b.field))
                                 .arg(b.text.size())
                                 .arg(b.max),
                             QLatin1String(b.field));
        // Notes may span lines; nothing else of a control character is kept.
        if (hasControlCharacters(QString(b.text)
                                     .remove(QLatin1Char('\n'))
                                     .remove(QLatin1Char('\r'))
                                     .remove(QLatin1Char('\t'))))
            return makeError(
                ErrorCode::InvalidArgument,
                tr("The field %1 holds a control character.").arg(QLatin1String(b.field)),
                QLatin1String(b.field));
    }
    if (t.theme.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The theme is missing; valid themes: %1.").arg(themeCodes()),
                         QStringLiteral("theme"));
    bool known = false;
    for (const Category &theme : themes())
        known = known || theme.code == t.theme;
    if (!known)
        return makeError(
            ErrorCode::UnknownCode,
            tr("Unknown theme \"%1\"; valid themes: %2.").arg(shown(t.theme), themeCodes()),
            QStringLiteral("theme"));
    if (!t.isbn.trimmed().isEmpty()) {
        Result<QString> isbn = Isbn::normalise(t.isbn);
        if (!isbn)
            return isbn.error();
        t.isbn = *isbn;
    } else {
        t.isbn.clear();
    }
    if (t.year != 0 && (t.year < 1450 || t.year > today().year() + 1))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The year %1 is not a publication year.").arg(t.year),
                         QStringLiteral("year"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
    if (t.language.isEmpty())
        t.language = QStringLiteral("fr");
    if (!language.match(t.language).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The language \"%1\" is not a language code such as fr or en.")
                             .arg(shown(t.language)),
                         QStringLiteral("language"));
    return {};
}

Status Fonds::validate(const Copy &c) const
{
    const QString inventory = c.inventory.trimmed();
    if (inventory.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The inventory number is missing."),
                         QStringLiteral("inventory"));
    for (const QChar ch : inventory)
        if (ch.isSpace() || !ch.isPrint())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The inventory number \"%1\" contains a space or an invisible "
                                "character.")
                                 .arg(shown(inventory)),
                             QStringLiteral("inventory"));
    if (inventory.size() > 40)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The inventory number has more than 40 characters."),
                         QStringLiteral("inventory"));
    if (c.acquired.isValid() && c.acquired > today())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The acquisition date %1 is in the future.").arg(c.acquired.toString(Qt::ISODate)),
            QStringLiteral("acquired"));
    return {};
}

Status Fonds::checkUnique(const Title &t) const
{
    if (t.isbn.isEmpty())
        return {};
    Result<std::optional<Title>> other = titleByIsbn(t.isbn);
    if (!other)
        return other.error();
    if (*other && (*other)->id != t.id)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("ISBN %1 is already in the catalogue: \"%2\".").arg(t.isbn, (*other)->title),
            QStringLiteral("isbn"));
    return {};
}

Status Fonds::checkUnique(const Copy &c) const
{
    Result<std::optional<Copy>> other = copyByInventory(c.inventory);
    if (!other)
        return other.error();
    if (*other && (*other)->id != c.id)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("Inventory number %1 is already used by another copy.").arg(c.inventory),
            QStringLiteral("inventory"));
    return {};
}

Result<Title> Fonds::addTitle(Title t)
{
    Result<Identity> who = identity();
    if (!who)
        return who.error();
    if (Status s = validate(t); !s)
        return s.error();
    if (Status s = checkUnique(t); !s)
        return s.error();
    t.id = newId();
    t.revision = 1;
    t.deleted = false;
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Status s = writeTitle(t, true, *who); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

Result<Title> Fonds::updateTitle(Title t)
{
    if (Status s = validate(t); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Title> current = title(t.id);
    if (!current)
        return current;
    if (Status s = checkUnique(t); !s)
        return s.error();
    t.revision = current->revision + 1;
    t.deleted = current->deleted;
    if (Status s = writeTitle(t, false, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

Result<Title> Fonds::title(const QString &id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT * FROM fonds_title WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readTitle, tr("Reading title %1").arg(id),
                     tr("No title with id \"%1\".").arg(id));
}

Result<std::optional<Title>> Fonds::titleByIsbn(const QString &isbn13) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT * FROM fonds_title WHERE isbn = :isbn AND deleted = 0"));
    q.bindValue(QStringLiteral(":isbn"), isbn13);
    if (!q.exec())
        return sqlError(q, tr("Looking up ISBN %1").arg(isbn13));
    if (!q.next())
        return std::optional<Title>();
    return std::optional<Title>(readTitle(q));
}

Result<QList<Title>> Fonds::titles() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT * FROM fonds_title WHERE deleted = 0 ORDER BY title, id"));
    return selectAll(q, readTitle, tr("Reading the catalogue"));
}

Result<Copy> Fonds::addCopy(Copy c)
{
    Result<Identity> who = identity();
    if (!who)
        return who.error();
    c.inventory = c.inventory.trimmed();
    c.location = c.location.simplified();
    if (Status s = validate(c); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Result<Title> t = title(c.titleId); !t)
        return t.error();
    if (Status s = checkUnique(c); !s)
        return s.error();
    c.id = newId();
    c.revision = 1;
    c.deleted = false;
    if (!c.statusDate.isValid())
        c.statusDate = today();
    if (Status s = writeCopy(c, true, *who); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Copy> Fonds::updateCopy(Copy c)
{
    c.inventory = c.inventory.trimmed();
    c.location = c.location.simplified();
    if (Status s = validate(c); !s)
        return s.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<Copy> current = copy(c.id);
    if (!current)
        return current;
    if (Result<Title> t = title(c.titleId); !t)
        return t.error();
    if (Status s = checkUnique(c); !s)
        return s.error();
    if (c.status != current->status)
        c.statusDate = today();
    c.revision = current->revision + 1;
    c.deleted = current->deleted;
    if (Status s = writeCopy(c, false, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Copy> Fonds::addCopyOf(const QString &titleId)
{
    Copy c;
    c.titleId = titleId;
    c.inventory = nextInventoryNumber();
    c.acquired = today();
    return addCopy(c);
}

Result<Copy> Fonds::copy(const QString &id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT * FROM fonds_copy WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readCopy, tr("Reading copy %1").arg(id),
                     tr("No copy with id \"%1\".").arg(id));
}

Result<std::optional<Copy>> Fonds::copyByInventory(const QString &inventory) const
{
    // Inventory numbers are compared without case: "doc12" typed is "DOC12" scanned.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT * FROM fonds_copy WHERE inventory = :inventory COLLATE NOCASE AND deleted = 0"));
    q.bindValue(QStringLiteral(":inventory"), inventory.trimmed());
    if (!q.exec())
        return sqlError(q, tr("Looking up inventory number %1").arg(inventory));
    if (!q.next())
        return std::optional<Copy>();
    return std::optional<Copy>(readCopy(q));
}

Result<QList<Copy>> Fonds::copiesOf(const QString &titleId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT * FROM fonds_copy WHERE title_id = :title AND deleted = 0 ORDER BY inventory"));
    q.bindValue(QStringLiteral(":title"), titleId);
    return selectAll(q, readCopy, tr("Reading the copies of %1").arg(titleId));
}

Result<QList<Copy>> Fonds::copies() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT * FROM fonds_copy WHERE deleted = 0 ORDER BY inventory"));
    return selectAll(q, readCopy, tr("Reading the copies"));
}

Status Fonds::setStatus(const QStringList &copyIds, CopyStatus status, const QString &note)
{
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    for (const QString &id : copyIds) {
        Result<Copy> current = copy(id);
        if (!current)
            return current.error();
        Copy c = std::move(current).value();
        if (c.status == status && c.statusNote == note)
            continue;
        c.status = status;
        c.statusDate = today();
        c.statusNote = note;
        c.revision += 1;
        if (Status s = writeCopy(c, false, {}); !s)
            return s;
    }
    return tx.commit();
}

QString Fonds::nextInventoryNumber() const
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT inventory FROM fonds_copy"));
    QString prefix;
    qint64 highest = -1;
    int width = 6;
    if (q.exec()) {
        while (q.next()) {
            const QRegularExpressionMatch m = numbered.match(q.value(0).toString());
            if (!m.hasMatch())
                continue;
            bool ok = false;
            const qint64 n = m.captured(2).toLongLong(&ok);
            if (ok && n > highest) {
                highest = n;
                prefix = m.captured(1);
                width = int(m.captured(2).size());
            }
        }
    }
    return prefix +
           QStringLiteral("%1").arg(highest + 1 < 1 ? 1 : highest + 1, width, 10, QLatin1Char('0'));
}

Status Fonds::addAll(const QList<Title> &newTitles, const QList<Copy> &newCopies)
{
    Result<Identity> who = identity();
    if (!who)
        return who.error();
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    for (Title t : newTitles)
        if (Status s = writeTitle(t, true, *who); !s)
            return s;
    for (Copy c : newCopies) {
        if (!c.statusDate.isValid())
            c.statusDate = today();
        if (Status s = writeCopy(c, true, *who); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<CatalogueRow>> Fonds::search(const QString &query) const
{
    Result<QList<Title>> all = titles();
    if (!all)
        return all.error();
    Result<QList<Copy>> copyList = copies();
    if (!copyList)
        return copyList.error();
    QHash<QString, int> index;
    QList<CatalogueRow> rows;
    for (const Title &t : *all) {
        index.insert(t.id, int(rows.size()));
        rows.append(CatalogueRow{t, 0, 0, {}});
    }
    for (const Copy &c : *copyList) {
        const int i = index.value(c.titleId, -1);
        if (i < 0 || c.status == CopyStatus::Withdrawn)
            continue;
        rows[i].copies += 1;
        rows[i].onShelf += c.status == CopyStatus::OnShelf ? 1 : 0;
        rows[i].inventories << c.inventory;
    }

    const QStringList words = CommuneIndex::fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // An ISBN typed with hyphens folds to several words: also try it compacted.
    const QString compactQuery = Isbn::looksLikeIsbn(query) ? digitsOnly(query) : QString();
    const Result<QString> normalisedQuery = Isbn::normalise(query);
    const QString queryIsbn = normalisedQuery ? *normalisedQuery : compactQuery;
    QList<CatalogueRow> result;
    for (const CatalogueRow &row : rows) {
        const Title &t = row.title;
        if (!compactQuery.isEmpty() && !t.isbn.isEmpty() &&
            (t.isbn == queryIsbn || Isbn::toIsbn10(t.isbn) == compactQuery)) {
            result.append(row);
            continue;
        }
        const QString haystack = CommuneIndex::fold(
            QStringList{t.title, t.authors, t.publisher, t.cote(), t.isbn, Isbn::toIsbn10(t.isbn),
                        row.inventories.join(QLatin1Char(' '))}
                .join(QLatin1Char(' ')));
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return haystack.contains(word);
        });
        if (matches)
            result.append(row);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const CatalogueRow &a, const CatalogueRow &b) {
                         return QString::localeAwareCompare(a.title.title, b.title.title) < 0;
                     });
    return result;
}

ScanResult Fonds::resolveScan(const QString &scanned) const
{
    ScanResult r;
    r.input = scanned.trimmed();
    if (r.input.isEmpty()) {
        r.reason = tr("Nothing was scanned.");
        return r;
    }
    Result<std::optional<Copy>> copy = copyByInventory(r.input);
    if (!copy) {
        r.reason = copy.error().message;
        return r;
    }
    if (*copy) {
        Result<Title> t = title((*copy)->titleId);
        if (t) {
            r.kind = ScanResult::Kind::KnownCopy;
            r.copy = **copy;
            r.title = *t;
            r.isbn = t->isbn;
            return r;
        }
    }
    if (!Isbn::looksLikeIsbn(r.input)) {
        r.reason =
            tr("\"%1\" is neither an inventory number of the catalogue nor an ISBN.").arg(r.input);
        return r;
    }
    Result<QString> isbn = Isbn::normalise(r.input);
    if (!isbn) {
        r.reason = isbn.error().message;
        return r;
    }
    r.isbn = *isbn;
    Result<std::optional<Title>> known = titleByIsbn(r.isbn);
    if (!known) {
        r.reason = known.error().message;
        return r;
    }
    if (*known) {
        r.kind = ScanResult::Kind::KnownIsbn;
        r.title = **known;
    } else {
        r.kind = ScanResult::Kind::NewIsbn;
    }
    return r;
}

// --- Consultations ---------------------------------------------------------------------

Result<Consultation> Fonds::writeConsultation(Consultation c, bool insert)
{
    QVariantMap row{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("local_date"), c.date.toString(Qt::ISODate)},
        {QStringLiteral("local_time"), c.time.toString(Qt::ISODate)},
        {QStringLiteral("theme"), c.theme},
        {QStringLiteral("title_id"), nullableText(c.titleId)},
        {QStringLiteral("copy_id"), nullableText(c.copyId)},
        {QStringLiteral("count"), c.count},
        {QStringLiteral("revision"), c.revision},
        {QStringLiteral("deleted"), c.deleted ? 1 : 0},
    };
    Transaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (insert) {
        Result<Identity> who = identity();
        if (!who)
            return who.error();
        row.insert(QStringLiteral("site"), who->site);
        row.insert(QStringLiteral("desk"), who->desk);
        row.insert(QStringLiteral("utc_offset"), now().offsetFromUtc());
        row.insert(QStringLiteral("recorded_utc"), isoUtcNow());
    }
    if (Status s = writeRow(QStringLiteral("fonds_consultation"), row, insert); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Consultation> Fonds::consultTitle(const QString &titleId, const QString &copyId, int count)
{
    Result<Title> t = title(titleId);
    if (!t)
        return t.error();
    if (count < 1 || count > 999)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The count must be between 1 and 999 (got %1).").arg(count),
                         QStringLiteral("count"));
    const QDateTime at = now();
    Consultation c;
    c.id = newId();
    c.date = at.date();
    c.time = QTime(at.time().hour(), at.time().minute(), at.time().second());
    c.theme = t->theme;
    c.titleId = titleId;
    c.copyId = copyId;
    c.count = count;
    return writeConsultation(c, true);
}

Result<Consultation> Fonds::consultTheme(const QString &theme, int count)
{
    Title probe; // the theme check of a title
    probe.title = QStringLiteral("-");
    probe.theme = theme;
    if (Status s = validate(probe); !s)
        return s.error();
    if (count < 1 || count > 999)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The count must be between 1 and 999 (got %1).").arg(count),
                         QStringLiteral("count"));
    const QDateTime at = now();
    Consultation c;
    c.id = newId();
    c.date = at.date();
    c.time = QTime(at.time().hour(), at.time().minute(), at.time().second());
    c.theme = probe.theme;
    c.count = count;
    return writeConsultation(c, true);
}

Result<Consultation> Fonds::consultScan(const QString &scanned)
{
    const ScanResult r = resolveScan(scanned);
    switch (r.kind) {
    case ScanResult::Kind::KnownCopy:
        return consultTitle(r.title->id, r.copy->id);
    case ScanResult::Kind::KnownIsbn:
        return consultTitle(r.title->id);
    case ScanResult::Kind::NewIsbn:
        return makeError(ErrorCode::NotFound,
                         tr("ISBN %1 is not in the catalogue; catalogue it first, or count the "
                            "consultation on its theme.")
                             .arg(r.isbn));
    case ScanResult::Kind::Invalid:
        break;
    }
    return makeError(ErrorCode::InvalidArgument, r.reason);
}

Result<Consultation> Fonds::removeConsultation(const QString &id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT * FROM fonds_consultation WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, tr("Reading consultation %1").arg(id));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("No consultation with id \"%1\".").arg(id));
    Consultation c = readConsultation(q);
    q.finish();
    if (c.deleted)
        return makeError(ErrorCode::NotFound,
                         tr("Consultation \"%1\" is already deleted.").arg(id));
    c.deleted = true;
    c.revision += 1;
    return writeConsultation(c, false);
}

Result<QList<Consultation>> Fonds::consultationsOn(const QDate &date) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT * FROM fonds_consultation WHERE local_date = :date AND deleted = 0 "
                       "ORDER BY local_time DESC, recorded_utc DESC"));
    q.bindValue(QStringLiteral(":date"), date.toString(Qt::ISODate));
    return selectAll(q, readConsultation, tr("Reading the consultations"));
}

Result<TallyReport> Fonds::consultationReport(int year, ConsultationsBy by, const QString &site,
                                              const QString &desk) const
{
    if (year < 1900 || year > 9999)
        return makeError(ErrorCode::InvalidArgument, tr("Invalid year %1.").arg(year));
    const QString key = by == ConsultationsBy::Theme ? QStringLiteral("theme")
                                                     : QStringLiteral("substr(local_date, 6, 2)");
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 AS code, SUM(count) FROM fonds_consultation "
                                    "WHERE local_date >= :from AND local_date < :to "
                                    "AND deleted = 0 "
                                    "AND (IFNULL(:site, '') = '' OR site = :site) "
                                    "AND (IFNULL(:desk, '') = '' OR desk = :desk) "
                                    "GROUP BY code")
                         .arg(key));
    q.bindValue(QStringLiteral(":site"), site);
    q.bindValue(QStringLiteral(":desk"), desk);
    q.bindValue(QStringLiteral(":from"), yearStart(year));
    q.bindValue(QStringLiteral(":to"), yearStart(year + 1));
    if (!q.exec())
        return sqlError(q, tr("Counting the consultations"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());

    TallyReport report;
    report.year = year;
    if (by == ConsultationsBy::Theme) {
        report.by = QStringLiteral("theme");
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            report.rows.append(ReportRow{it.key(), themeLabel(it.key()), it.value()});
            report.total += it.value();
        }
        report.sortRows();
    } else {
        // Months stay in calendar order, all twelve: a year's curve, not a ranking.
        report.by = QStringLiteral("month");
        const QLocale locale(m_referential.language() == QLatin1String("en") ? QLocale::English
                                                                             : QLocale::French);
        for (int month = 1; month <= 12; ++month) {
            const QString code = QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
            const qint64 count = counts.value(code);
            report.rows.append(ReportRow{code, locale.standaloneMonthName(month), count});
            report.total += count;
        }
    }
    return report;
}

} // namespace passages
