// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/fonds/fonds_types.h"

#include <QCoreApplication>
#include <QList>

namespace passages {

struct DeskIdentity;
namespace fonds_detail {
class FondsShared;
} // namespace fonds_detail

/// The fonds' catalogue: titles, their copies, search and what a scanned code is. Every
/// write is one transaction that also appends the row images to the sync outbox. Reached
/// through Fonds::catalogue().
class FondsCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(Fonds)

public:
    explicit FondsCatalogue(fonds_detail::FondsShared &shared);
    FondsCatalogue(const FondsCatalogue &) = delete;
    FondsCatalogue &operator=(const FondsCatalogue &) = delete;

    /// Checks a title (title, theme, ISBN, year, language); the error names the field.
    /// On success `title.isbn` is normalised to 13 digits.
    Status validate(Title &title) const;
    Status validate(const Copy &copy) const;
    Result<Title> addTitle(Title title);
    Result<Title> updateTitle(Title title);
    Result<Title> title(const QString &id) const;
    /// nullopt when no live title has this ISBN (13 digits).
    Result<std::optional<Title>> titleByIsbn(const QString &isbn13) const;
    /// Live titles, by title.
    Result<QList<Title>> titles() const;

    Result<Copy> addCopy(Copy copy);
    Result<Copy> updateCopy(Copy copy);
    /// A new copy of a title with the next inventory number, on the shelf, bought today.
    Result<Copy> addCopyOf(const QString &titleId);
    Result<Copy> copy(const QString &id) const;
    Result<std::optional<Copy>> copyByInventory(const QString &inventory) const;
    Result<QList<Copy>> copiesOf(const QString &titleId) const;
    /// Every live copy (withdrawn included), by inventory number.
    Result<QList<Copy>> copies() const;
    /// Sets the status of many copies in one transaction (weeding, inventory).
    Status setStatus(const QStringList &copyIds, CopyStatus status, const QString &note = {});
    /// The inventory number after the highest "PREFIX<digits>" one, same prefix and
    /// width ("DOC000123" -> "DOC000124"); "000001" for an empty catalogue.
    QString nextInventoryNumber() const;

    /// Adds titles and copies in one transaction (CSV import). Copies refer to titles by
    /// id; titles already stored (same id) are not rewritten.
    Status addAll(const QList<Title> &titles, const QList<Copy> &copies);

    /// Titles whose title, authors, publisher, ISBN (13 or 10), cote or inventory
    /// numbers contain every word of `query`, accents, case and punctuation ignored.
    /// An empty query lists everything. Sorted by title.
    Result<QList<CatalogueRow>> search(const QString &query) const;

    /// What a scanned string is: an inventory number first (barcodes may be digits),
    /// then an ISBN of the catalogue, then a new valid ISBN; otherwise Invalid with why.
    ScanResult resolveScan(const QString &scanned) const;

    /// The lines of a title's spine label, as the shelves are ordered: the theme, the
    /// sub-cote (when any) and the first three letters of the first author (or of the
    /// title when there is none), upper case without accents: {"MFP", "1.2", "DUP"}.
    static QStringList spineLabel(const Title &title);

private:
    Status writeTitle(Title &title, bool insert, const DeskIdentity &who);
    Status writeCopy(Copy &copy, bool insert, const DeskIdentity &who);
    Status checkUnique(const Title &title) const;
    Status checkUnique(const Copy &copy) const;

    fonds_detail::FondsShared &m_shared;
};

} // namespace passages
