// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

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
public:
    CommuneIndex();
    ~CommuneIndex();
    CommuneIndex(CommuneIndex &&) noexcept;
    CommuneIndex &operator=(CommuneIndex &&) noexcept;

    /// The embedded data set (resource `:/communes/communes.tsv`).
    static Result<CommuneIndex> loadDefault();
    /// A data set in the same TSV format; errors name the file and line.
    static Result<CommuneIndex> loadFile(const QString &path);

    int size() const;
    bool contains(const QString &code) const;
    /// nullptr when unknown.
    const Commune *find(const QString &code) const;
    /// displayLabel() of a code, or the code itself when unknown.
    QString label(const QString &code) const;

    /// Candidates for what an agent typed: a name prefix (any word start too, so "roi"
    /// is not needed but "choisy" and "le roi" prefixes of words work), or a postal code
    /// prefix / INSEE code. Accents, case, hyphens and apostrophes are ignored.
    /// Ordered by: frequency at this desk (descending), then exact matches, then
    /// population (descending). At most `limit` results.
    std::vector<const Commune *> search(const QString &query, int limit,
                                        const QHash<QString, int> &frequency = {}) const;

    /// Folds accents, case and punctuation the way search() does ("Évry-Courcouronnes"
    /// -> "evry courcouronnes").
    static QString fold(const QString &text);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace passages
