// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of the fonds: titles, copies, search and the scanner entry.
#include "core/fonds/fonds_catalogue.h"

#include "core/common/text.h"
#include "core/fonds/fonds_shared_p.h"
#include "core/fonds/fonds_storage_p.h"
#include "core/fonds/isbn.h"
#include "core/referential/commune_index.h"
#include "core/storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace passages {

using namespace fonds_storage;

namespace {

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit() || c == QLatin1Char('X') || c == QLatin1Char('x'))
            out += c.toUpper();
    return out;
}

} // namespace

FondsCatalogue::FondsCatalogue(fonds_detail::FondsShared &shared) : m_shared(shared) {}

Status FondsCatalogue::writeTitle(Title &t, bool insert, const DeskIdentity &who)
{
    QVariantMap row{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("authors"), t.authors},
        {QStringLiteral("publisher"), t.publisher},
        {QStringLiteral("year"),
         t.year > 0 ? QVariant(t.year) : QVariant(QMetaType(QMetaType::Int))},
        {QStringLiteral("edition"), t.edition},
        {QStringLiteral("isbn"), record::nullable(t.isbn)},
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
    }
    return m_shared.writeRow(QStringLiteral("fonds_title"), row, insert);
}

Status FondsCatalogue::writeCopy(Copy &c, bool insert, const DeskIdentity &who)
{
    QVariantMap row{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("title_id"), c.titleId},
        {QStringLiteral("inventory"), c.inventory},
        {QStringLiteral("status"), FondsCodes::code(c.status)},
        {QStringLiteral("status_date"), record::nullableDate(c.statusDate)},
        {QStringLiteral("status_note"), c.statusNote},
        {QStringLiteral("acquired"), record::nullableDate(c.acquired)},
        {QStringLiteral("source"), FondsCodes::code(c.source)},
        {QStringLiteral("location"), c.location},
        {QStringLiteral("revision"), c.revision},
        {QStringLiteral("deleted"), c.deleted ? 1 : 0},
    };
    if (insert) {
        row.insert(QStringLiteral("site"), who.site);
        row.insert(QStringLiteral("desk"), who.desk);
    }
    return m_shared.writeRow(QStringLiteral("fonds_copy"), row, insert);
}

// --- Catalogue -------------------------------------------------------------------------

Status FondsCatalogue::validate(Title &t) const
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
                         tr("The theme is missing; valid themes: %1.").arg(m_shared.themeCodes()),
                         QStringLiteral("theme"));
    bool known = false;
    for (const Category &theme : m_shared.themes())
        known = known || theme.code == t.theme;
    if (!known)
        return makeError(ErrorCode::UnknownCode,
                         tr("Unknown theme \"%1\"; valid themes: %2.")
                             .arg(shown(t.theme), m_shared.themeCodes()),
                         QStringLiteral("theme"));
    if (!t.isbn.trimmed().isEmpty()) {
        Result<QString> isbn = Isbn::normalise(t.isbn);
        if (!isbn)
            return isbn.error();
        t.isbn = *isbn;
    } else {
        t.isbn.clear();
    }
    if (t.year != 0 && (t.year < 1450 || t.year > m_shared.today().year() + 1))
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

Status FondsCatalogue::validate(const Copy &c) const
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
    if (c.acquired.isValid() && c.acquired > m_shared.today())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The acquisition date %1 is in the future.").arg(c.acquired.toString(Qt::ISODate)),
            QStringLiteral("acquired"));
    return {};
}

Status FondsCatalogue::checkUnique(const Title &t) const
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

Status FondsCatalogue::checkUnique(const Copy &c) const
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

Result<Title> FondsCatalogue::addTitle(Title t)
{
    Result<DeskIdentity> who = m_shared.identity();
    if (!who)
        return who.error();
    if (Status s = validate(t); !s)
        return s.error();
    if (Status s = checkUnique(t); !s)
        return s.error();
    t.id = record::newId();
    t.revision = 1;
    t.deleted = false;
    Transaction tx(m_shared.db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Status s = writeTitle(t, true, *who); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

Result<Title> FondsCatalogue::updateTitle(Title t)
{
    if (Status s = validate(t); !s)
        return s.error();
    Transaction tx(m_shared.db);
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

Result<Title> FondsCatalogue::title(const QString &id) const
{
    QSqlQuery q = m_shared.db.prepare(QStringLiteral("SELECT * FROM fonds_title WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readTitle, tr("Reading title %1").arg(id),
                     tr("No title with id \"%1\".").arg(id));
}

Result<std::optional<Title>> FondsCatalogue::titleByIsbn(const QString &isbn13) const
{
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("SELECT * FROM fonds_title WHERE isbn = :isbn AND deleted = 0"));
    q.bindValue(QStringLiteral(":isbn"), isbn13);
    if (!q.exec())
        return sqlError(q, tr("Looking up ISBN %1").arg(isbn13));
    if (!q.next())
        return std::optional<Title>();
    return std::optional<Title>(readTitle(q));
}

Result<QList<Title>> FondsCatalogue::titles() const
{
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("SELECT * FROM fonds_title WHERE deleted = 0 ORDER BY title, id"));
    return selectAll(q, readTitle, tr("Reading the catalogue"));
}

Result<Copy> FondsCatalogue::addCopy(Copy c)
{
    Result<DeskIdentity> who = m_shared.identity();
    if (!who)
        return who.error();
    c.inventory = c.inventory.trimmed();
    c.location = c.location.simplified();
    if (Status s = validate(c); !s)
        return s.error();
    Transaction tx(m_shared.db);
    if (Status s = tx.begun(); !s)
        return s.error();
    if (Result<Title> t = title(c.titleId); !t)
        return t.error();
    if (Status s = checkUnique(c); !s)
        return s.error();
    c.id = record::newId();
    c.revision = 1;
    c.deleted = false;
    if (!c.statusDate.isValid())
        c.statusDate = m_shared.today();
    if (Status s = writeCopy(c, true, *who); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Copy> FondsCatalogue::updateCopy(Copy c)
{
    c.inventory = c.inventory.trimmed();
    c.location = c.location.simplified();
    if (Status s = validate(c); !s)
        return s.error();
    Transaction tx(m_shared.db);
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
        c.statusDate = m_shared.today();
    c.revision = current->revision + 1;
    c.deleted = current->deleted;
    if (Status s = writeCopy(c, false, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

Result<Copy> FondsCatalogue::addCopyOf(const QString &titleId)
{
    Copy c;
    c.titleId = titleId;
    c.inventory = nextInventoryNumber();
    c.acquired = m_shared.today();
    return addCopy(c);
}

Result<Copy> FondsCatalogue::copy(const QString &id) const
{
    QSqlQuery q = m_shared.db.prepare(QStringLiteral("SELECT * FROM fonds_copy WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return selectOne(q, readCopy, tr("Reading copy %1").arg(id),
                     tr("No copy with id \"%1\".").arg(id));
}

Result<std::optional<Copy>> FondsCatalogue::copyByInventory(const QString &inventory) const
{
    // Inventory numbers are compared without case: "doc12" typed is "DOC12" scanned.
    QSqlQuery q = m_shared.db.prepare(QStringLiteral(
        "SELECT * FROM fonds_copy WHERE inventory = :inventory COLLATE NOCASE AND deleted = 0"));
    q.bindValue(QStringLiteral(":inventory"), inventory.trimmed());
    if (!q.exec())
        return sqlError(q, tr("Looking up inventory number %1").arg(inventory));
    if (!q.next())
        return std::optional<Copy>();
    return std::optional<Copy>(readCopy(q));
}

Result<QList<Copy>> FondsCatalogue::copiesOf(const QString &titleId) const
{
    QSqlQuery q = m_shared.db.prepare(QStringLiteral(
        "SELECT * FROM fonds_copy WHERE title_id = :title AND deleted = 0 ORDER BY inventory"));
    q.bindValue(QStringLiteral(":title"), titleId);
    return selectAll(q, readCopy, tr("Reading the copies of %1").arg(titleId));
}

Result<QList<Copy>> FondsCatalogue::copies() const
{
    QSqlQuery q = m_shared.db.prepare(
        QStringLiteral("SELECT * FROM fonds_copy WHERE deleted = 0 ORDER BY inventory"));
    return selectAll(q, readCopy, tr("Reading the copies"));
}

Status FondsCatalogue::setStatus(const QStringList &copyIds, CopyStatus status, const QString &note)
{
    Transaction tx(m_shared.db);
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
        c.statusDate = m_shared.today();
        c.statusNote = note;
        c.revision += 1;
        if (Status s = writeCopy(c, false, {}); !s)
            return s;
    }
    return tx.commit();
}

QString FondsCatalogue::nextInventoryNumber() const
{
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QSqlQuery q = m_shared.db.prepare(QStringLiteral("SELECT inventory FROM fonds_copy"));
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

Status FondsCatalogue::addAll(const QList<Title> &newTitles, const QList<Copy> &newCopies)
{
    Result<DeskIdentity> who = m_shared.identity();
    if (!who)
        return who.error();
    Transaction tx(m_shared.db);
    if (Status s = tx.begun(); !s)
        return s;
    for (Title t : newTitles)
        if (Status s = writeTitle(t, true, *who); !s)
            return s;
    for (Copy c : newCopies) {
        if (!c.statusDate.isValid())
            c.statusDate = m_shared.today();
        if (Status s = writeCopy(c, true, *who); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<CatalogueRow>> FondsCatalogue::search(const QString &query) const
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

ScanResult FondsCatalogue::resolveScan(const QString &scanned) const
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

QStringList FondsCatalogue::spineLabel(const Title &title)
{
    QStringList lines{title.theme};
    if (!title.subcote.isEmpty())
        lines << title.subcote;
    // "Dupré, Hélène" -> DUP; "Le guide des métiers" (no author) -> GUI: the leading
    // article does not order a shelf.
    static const QStringList articles{
        QStringLiteral("le"), QStringLiteral("la"),  QStringLiteral("les"), QStringLiteral("l"),
        QStringLiteral("un"), QStringLiteral("une"), QStringLiteral("des"), QStringLiteral("the"),
        QStringLiteral("a"),  QStringLiteral("an")};
    const QString source =
        title.authors.isEmpty() ? title.title : title.authors.section(QLatin1Char(','), 0, 0);
    QStringList words = CommuneIndex::fold(source).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (title.authors.isEmpty() && words.size() > 1 && articles.contains(words.first()))
        words.removeFirst();
    if (!words.isEmpty())
        lines << words.first().left(3).toUpper();
    return lines;
}

} // namespace passages
