// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fonds/fonds_csv.h"

#include "core/common/text.h"
#include "core/fonds/fonds.h"
#include "core/fonds/isbn.h"
#include "core/io/csv.h"
#include "core/referential/commune_index.h"
#include "core/storage/record.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace passages {

namespace {

/// The notes of a title with `more` added on a line of their own, unless already there.
QString mergeNotes(const QString &notes, const QString &more)
{
    if (more.isEmpty() || notes.split(QLatin1Char('\n')).contains(more))
        return notes;
    if (notes.isEmpty() || more.split(QLatin1Char('\n')).contains(notes))
        return more;
    return notes + QLatin1Char('\n') + more;
}

/// ISO ("2024-03-05") or French ("05/03/2024") dates as spreadsheets write them.
std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression french(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    QRegularExpressionMatch m = iso.match(text);
    QDate date;
    if (m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else {
        m = french.match(text);
        if (m.hasMatch())
            date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

/// What makes two rows copies of one title.
QString titleKey(const Title &t)
{
    if (!t.isbn.isEmpty())
        return QStringLiteral("isbn:") + t.isbn;
    return QStringLiteral("work:%1|%2|%3|%4")
        .arg(CommuneIndex::fold(t.title), CommuneIndex::fold(t.publisher))
        .arg(t.year)
        .arg(CommuneIndex::fold(t.edition));
}

} // namespace

QStringList FondsCsv::columns()
{
    return {QStringLiteral("inventory"), QStringLiteral("isbn"),      QStringLiteral("title"),
            QStringLiteral("authors"),   QStringLiteral("publisher"), QStringLiteral("year"),
            QStringLiteral("edition"),   QStringLiteral("theme"),     QStringLiteral("subcote"),
            QStringLiteral("type"),      QStringLiteral("language"),  QStringLiteral("status"),
            QStringLiteral("acquired"),  QStringLiteral("source"),    QStringLiteral("location"),
            QStringLiteral("notes")};
}

Result<FondsImportReport> FondsCsv::importFile(Fonds &fonds, const QString &path)
{
    Result<QByteArray> data = readImportFile(path);
    if (!data)
        return data.error();
    return importData(fonds, *data, path);
}

Result<FondsImportReport> FondsCsv::importData(Fonds &fonds, const QByteArray &data,
                                               const QString &sourceName)
{
    Result<CsvTable> parsed = parseCsv(data);
    if (!parsed)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1: %2").arg(sourceName, parsed.error().message));
    const CsvTable &table = *parsed;
    FondsImportReport report;
    if (table.records.isEmpty()) {
        report.problems << tr("%1: the file is empty (expected a header line: %2).")
                               .arg(sourceName, columns().join(QLatin1Char(',')));
        return report;
    }

    QHash<QString, int> index;
    const QStringList header = table.records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!columns().contains(name)) {
            report.problems << tr("%1, line 1: unknown column \"%2\" (expected: %3).")
                                   .arg(sourceName, shown(header.at(i)),
                                        columns().join(QLatin1Char(',')));
            continue;
        }
        if (index.contains(name))
            report.problems
                << tr("%1, line 1: column \"%2\" appears twice.").arg(sourceName, shown(name));
        index.insert(name, i);
    }
    for (const char *required : {"title", "theme"})
        if (!index.contains(QLatin1String(required)))
            report.problems << tr("%1, line 1: the required column \"%2\" is missing.")
                                   .arg(sourceName, QLatin1String(required));
    if (!report.problems.isEmpty())
        return report;

    // What the catalogue already holds: titles by key, inventory numbers.
    Result<QList<Title>> existingTitles = fonds.catalogue().titles();
    if (!existingTitles)
        return existingTitles.error();
    Result<QList<Copy>> existingCopies = fonds.catalogue().copies();
    if (!existingCopies)
        return existingCopies.error();
    QHash<QString, Title> known; // key -> title (stored or new in this file)
    for (const Title &t : *existingTitles)
        known.insert(titleKey(t), t);
    QSet<QString> storedInventories;
    for (const Copy &c : *existingCopies)
        storedInventories.insert(c.inventory.toLower());

    QList<Title> newTitles;
    QList<Copy> newCopies;
    QHash<QString, Title> updatedTitles; // stored titles whose notes this file adds to
    QHash<QString, int> titleLine;       // key -> line that introduced it in this file
    QHash<QString, int> inventoryLine;   // lower-case inventory -> line
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvRecord &record = table.records.at(r);
        auto field = [&](const char *name) {
            const int i = index.value(QLatin1String(name), -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        bool bad = false;
        auto problem = [&](const QString &name, const QString &reason) {
            report.problems << tr("%1, line %2, field %3: %4")
                                   .arg(sourceName)
                                   .arg(record.line)
                                   .arg(name, shown(reason, 200));
            bad = true;
        };
        if (record.fields.size() > header.size()) {
            problem(QStringLiteral("-"),
                    tr("%1 fields for %2 columns.").arg(record.fields.size()).arg(header.size()));
            continue;
        }

        Title t;
        t.title = field("title");
        t.authors = field("authors");
        t.publisher = field("publisher");
        t.edition = field("edition");
        t.isbn = field("isbn");
        t.theme = field("theme");
        t.subcote = field("subcote");
        t.language = field("language");
        t.notes = field("notes");
        const QString year = field("year");
        if (!year.isEmpty()) {
            static const QRegularExpression digits(QStringLiteral("^\\d{4}$"));
            if (digits.match(year).hasMatch())
                t.year = year.toInt();
            else
                problem(QStringLiteral("year"), tr("\"%1\" is not a year such as 2024.").arg(year));
        }
        const QString type = field("type");
        if (!type.isEmpty()) {
            if (std::optional<TitleType> parsedType = FondsCodes::titleType(type))
                t.type = *parsedType;
            else
                problem(QStringLiteral("type"), tr("unknown type \"%1\"; valid types: %2.")
                                                    .arg(type, FondsCodes::titleTypeCodes()));
        }
        if (Status s = fonds.catalogue().validate(t); !s)
            problem(s.error().field.isEmpty() ? QStringLiteral("-") : s.error().field,
                    s.error().message);

        Copy c;
        c.inventory = field("inventory");
        const QString status = field("status");
        if (!status.isEmpty()) {
            if (std::optional<CopyStatus> parsedStatus = FondsCodes::copyStatus(status))
                c.status = *parsedStatus;
            else
                problem(QStringLiteral("status"), tr("unknown status \"%1\"; valid statuses: %2.")
                                                      .arg(status, FondsCodes::copyStatusCodes()));
        }
        const QString source = field("source");
        if (!source.isEmpty()) {
            if (std::optional<CopySource> parsedSource = FondsCodes::copySource(source))
                c.source = *parsedSource;
            else
                problem(QStringLiteral("source"), tr("unknown source \"%1\"; valid sources: %2.")
                                                      .arg(source, FondsCodes::copySourceCodes()));
        }
        const QString acquired = field("acquired");
        if (!acquired.isEmpty()) {
            if (std::optional<QDate> date = parseDate(acquired))
                c.acquired = *date;
            else
                problem(
                    QStringLiteral("acquired"),
                    tr("\"%1\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY).").arg(acquired));
        }
        c.location = field("location");
        if (!c.inventory.isEmpty()) {
            if (Status s = fonds.catalogue().validate(c); !s)
                problem(s.error().field.isEmpty() ? QStringLiteral("-") : s.error().field,
                        s.error().message);
            const QString lower = c.inventory.toLower();
            if (storedInventories.contains(lower))
                problem(QStringLiteral("inventory"),
                        tr("inventory number %1 is already in the catalogue.").arg(c.inventory));
            else if (inventoryLine.contains(lower))
                problem(QStringLiteral("inventory"), tr("inventory number %1 is also on line %2.")
                                                         .arg(c.inventory)
                                                         .arg(inventoryLine.value(lower)));
            else
                inventoryLine.insert(lower, record.line);
        }
        if (bad)
            continue;

        const QString key = titleKey(t);
        auto existing = known.constFind(key);
        if (existing != known.cend()) {
            // The same ISBN must be the same book: a different title is a typing error.
            if (!t.isbn.isEmpty() &&
                CommuneIndex::fold(existing->title) != CommuneIndex::fold(t.title)) {
                problem(QStringLiteral("isbn"),
                        titleLine.contains(key)
                            ? tr("ISBN %1 is also on line %2 with another title (\"%3\").")
                                  .arg(t.isbn)
                                  .arg(titleLine.value(key))
                                  .arg(existing->title)
                            : tr("ISBN %1 is already in the catalogue with another title (\"%2\").")
                                  .arg(t.isbn, existing->title));
                continue;
            }
            t.id = existing->id;
            // Notes belong to the title but are typed on each copy's row: a second copy's
            // notes are added to the title's, not dropped.
            const QString merged = mergeNotes(existing->notes, t.notes);
            if (merged != existing->notes) {
                Title &stored = known[key];
                stored.notes = merged;
                if (titleLine.contains(key)) {
                    for (Title &n : newTitles)
                        if (n.id == stored.id)
                            n.notes = merged;
                } else {
                    updatedTitles.insert(stored.id, stored);
                }
            }
        } else {
            t.id = record::newId();
            known.insert(key, t);
            titleLine.insert(key, record.line);
            newTitles << t;
        }
        if (!c.inventory.isEmpty()) {
            c.id = record::newId();
            c.titleId = t.id;
            newCopies << c;
        }
    }
    if (!report.problems.isEmpty())
        return report;
    if (Status s = fonds.catalogue().addAll(newTitles, newCopies); !s)
        return s.error();
    for (const Title &t : std::as_const(updatedTitles))
        if (Result<Title> updated = fonds.catalogue().updateTitle(t); !updated)
            return updated.error();
    report.titles = int(newTitles.size());
    report.copies = int(newCopies.size());
    return report;
}

Result<QByteArray> FondsCsv::exportData(const Fonds &fonds, CsvFlavour flavour)
{
    Result<QList<Title>> allTitles = fonds.catalogue().titles();
    if (!allTitles)
        return allTitles.error();
    Result<QList<Copy>> allCopies = fonds.catalogue().copies();
    if (!allCopies)
        return allCopies.error();
    QList<Title> sorted = *allTitles;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Title &a, const Title &b) {
        return a.cote() != b.cote() ? a.cote() < b.cote() : a.title < b.title;
    });
    QHash<QString, QList<Copy>> copiesOf;
    for (const Copy &c : *allCopies)
        copiesOf[c.titleId] << c;

    CsvWriter writer(flavour);
    writer.writeRow(columns());
    for (const Title &t : sorted) {
        const QStringList titleFields{t.isbn,
                                      t.title,
                                      t.authors,
                                      t.publisher,
                                      t.year > 0 ? QString::number(t.year) : QString(),
                                      t.edition,
                                      t.theme,
                                      t.subcote,
                                      FondsCodes::code(t.type),
                                      t.language};
        auto write = [&](const Copy *c) {
            QStringList row{c ? c->inventory : QString()};
            row << titleFields;
            row << (c ? FondsCodes::code(c->status) : QString())
                << (c && c->acquired.isValid() ? c->acquired.toString(Qt::ISODate) : QString())
                << (c ? FondsCodes::code(c->source) : QString()) << (c ? c->location : QString())
                << t.notes;
            writer.writeRow(row);
        };
        const QList<Copy> copies = copiesOf.value(t.id);
        if (copies.isEmpty())
            write(nullptr);
        for (const Copy &c : copies)
            write(&c);
    }
    return writer.data();
}

} // namespace passages
