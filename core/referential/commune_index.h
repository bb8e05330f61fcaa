// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace passages {

/// One commune of the referential: an INSEE code (or `etranger` / `nr`) with what a desk
/// agent recognises it by.
struct Commune
{
    QString code;            ///< INSEE code ("94022"), or "etranger", or "nr"
    QString name;            ///< official name ("Choisy-le-Roi", "Paris 19e Arrondissement")
    QStringList postalCodes; ///< "94600"; may be several
    QString department;      ///< department code ("94", "2A", "971"); empty for specials
    int population = 0;

    /// "Choisy-le-Roi (94)": the label shown in lists and reports.
    QString displayLabel() const;
};

/// Every French commune and municipal arrondissement, plus `etranger` and `nr`, searchable
/// accent- and case-insensitively by name prefix or postal code.
///
/// Data comes from the `@etalab/decoupage-administratif` npm package, derived into
/// `resources/communes/communes.tsv` by `tools/communes/derive.mjs` (Licence Ouverte).
class CommuneIndex
{
    Q_DECLARE_TR_FUNCTIONS(CommuneIndex)

public:
    CommuneIndex();
    ~CommuneIndex();
    CommuneIndex(CommuneIndex &&) noexcept;
    CommuneIndex &operator=(CommuneIndex &&) noexcept;

    /// The embedded data set (resource `:/communes/communes.tsv`).
    static Result<CommuneIndex> loadDefault();
    /// A data set in the same TSV format; errors name the file and line.
    static Result<CommuneIndex> loadFile(const QString &path);

    /// Communes and arrondissements, plus the two specials `etranger` and `nr`.
    int size() const;
    bool contains(const QString &code) const;
    /// nullptr when unknown.
    const Commune *find(const QString &code) const;
    /// displayLabel() of a code, or the code itself when unknown.
    QString label(const QString &code) const;

    /// Candidates for what an agent typed: a prefix of the name or of any of its words
    /// ("choisy", "choisy le", "le roi", "roi" all find Choisy-le-Roi), or, when the query
    /// is digits (spaces ignored, "2A"/"2B" allowed), a postal code or INSEE code prefix.
    /// Accents, case, hyphens, apostrophes and other punctuation are ignored (see fold()),
    /// and the words "st" / "ste" followed by another word read "saint" / "sainte".
    /// Every length works, one character included (a few hundred microseconds at most);
    /// an empty query gives the desk's frequent communes, or nothing without history.
    ///
    /// Ordered by: frequency at this desk (`frequency`: code -> count, descending), then a
    /// postal code typed in full, then an INSEE code typed in full ("13001" is Marseille
    /// 1er's postal code before Aix-en-Provence's INSEE code; "75019" is Paris 19e before
    /// Paris, whose postal codes its arrondissements hold), then `etranger`/`nr`, then
    /// population (descending), then an exact name, then code. Exact name matches are
    /// not ranked above population ("choisy" gives Choisy-le-Roi before the small
    /// "Choisy" of Haute-Savoie) but are never crowded out: when `limit` > 1 they take
    /// the places of the lowest-ranked others. At most `limit` results; none if limit <= 0.
    /// Cost: binary search in sorted keys, then one pass over the matching range.
    std::vector<const Commune *> search(const QString &query, int limit,
                                        const QHash<QString, int> &frequency = {}) const;

    /// Folds accents, case and punctuation the way search() does ("Évry-Courcouronnes"
    /// -> "evry courcouronnes"): NFD without combining marks, lower case, œ -> oe,
    /// æ -> ae (ß, ø, ł, đ too), any other non-alphanumeric character -> one space, trimmed.
    static QString fold(const QString &text);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace passages
