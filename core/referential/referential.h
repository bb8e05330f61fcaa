// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace passages {

/// One entry of a referential list: a stable code (stored in the database, the CSV and
/// the sync) and translatable labels. A retired entry keeps its code and labels so
/// history stays reportable, but is no longer offered at the desk.
struct Category
{
    QString code;
    QHash<QString, QString> labels; ///< language ("fr", "en") -> label
    QString pole;                   ///< themes only: the pôle it belongs to
    QString color;                  ///< pôles only: "#rrggbb"
    bool main = false;              ///< sites only: the main site
    bool retired = false;
    /// Partners only: offered among the desks' "Referred to" targets. Off unless the
    /// document says so ("orientation_target": true), so a referential written before
    /// the flag offers only its fixed orientations rather than every partner.
    bool orientationTarget = false;

    /// The label in `language`, falling back to French, then to the code.
    QString label(const QString &language) const;
};

/// The optional fields a Cité chooses to show at its desks (fewer fields, faster desks).
struct DeskFields
{
    bool publicField = true;
    bool channel = true;
    bool firstVisit = false;
    /// Issue 17: the service level (information, conseil, accompagnement: the first and
    /// second levels of the CEP and the SPRO) and where the person was sent. Off unless
    /// the Cité turns them on; a walk-in without them records NULL ("not recorded").
    bool serviceLevel = false;
    bool orientation = false;
};

/// One problem found in a referential document: where (a JSON path such as
/// "themes[3].pole") and why.
struct ReferentialProblem
{
    QString path;
    QString reason;
};

/// The Cité's referential: pôles, themes, age bands, publics, channels and sites, and for
/// the programme and the counselling desks event types, event locations, partner
/// organisations and interview duration bands. Codes are stable identifiers; labels may
/// change.
class Referential
{
    Q_DECLARE_TR_FUNCTIONS(Referential)

public:
    enum class Kind
    {
        Pole,
        Theme,
        AgeBand,
        Public,
        Channel,
        Site,
        // Programme and interviews. Optional in a document: a referential stored before
        // they existed takes the default lists.
        EventType,
        Location,
        Partner,
        DurationBand,
        // Optional desk fields (issue 17). Optional in a document too.
        ServiceLevel,
        /// Where a person was sent ("orientation vers"). The offered targets are this
        /// list and the active partners flagged as targets (orientationTargets());
        /// find() and contains() look in this list and every partner, so any partner's
        /// code (flagged or not, e.g. one recorded before its flag was removed) stays a
        /// valid orientation.
        Orientation,
    };
    static constexpr int kindCount = 12;

    /// Codes A and B become C (issue 17): from `since` the desks offer only C (A and B
    /// are retired), and every report, over any period, counts A and B under C, so that
    /// a year-over-year comparison puts both years under C. The stored records keep
    /// their codes: undoing a merge is a new version without it.
    struct Merge
    {
        Kind kind = Kind::Theme;
        QStringList from;
        QString into;
        QDate since;
    };

    /// The default referential shipped with Passages (Paris la Villette).
    static Referential defaultReferential();
    /// Parses and validates a referential document (JSON); errors name the problem.
    /// `forPublishing`: also the checks of problems(true), every problem on its line.
    static Result<Referential> fromJson(const QByteArray &json, bool forPublishing = false);
    QByteArray toJson() const;

    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }
    QString citeName() const;

    const QList<Category> &list(Kind kind) const;
    /// Entries offered at the desk (not retired), in referential order.
    QList<Category> active(Kind kind) const;
    /// The orientation targets offered at the desk: the active orientations, then the
    /// active partners flagged as orientation targets whose code is not already there,
    /// and "aucune" (no orientation) last when the list has it.
    QList<Category> orientationTargets() const;
    /// The code of "sent nowhere" in the orientation list.
    static constexpr const char *kNoOrientation = "aucune";
    /// Active themes of one pôle.
    QList<Category> themesOf(const QString &pole) const;
    const Category *find(Kind kind, const QString &code) const;
    bool contains(Kind kind, const QString &code) const { return find(kind, code) != nullptr; }
    /// The label of a code in the current language; the code itself when unknown.
    QString label(Kind kind, const QString &code) const;
    /// Comma-separated active codes, for "valid codes are ..." messages.
    QString codeList(Kind kind) const;
    /// The pôle colour, "#808080" when unknown.
    QString poleColor(const QString &code) const;

    /// A reporting mapping: the Cité's codes of one list (pôles or themes) grouped into the
    /// categories of an external nomenclature ("Région — SPRO", "FSE+"), versioned with
    /// the referential (docs/referential.md). `report --mapping NAME` and
    /// `bilan --mapping NAME` print their tables in these categories.
    struct Mapping
    {
        QString name;
        Kind kind = Kind::Pole;
        QHash<QString, QString> description; ///< language -> what it is for
        QList<Category> categories;
        QHash<QString, QString> map; ///< the Cité's code -> a category code
    };
    /// The category code a mapping reports unmapped codes under.
    static constexpr const char *kUnmappedCategory = "autre";
    const QList<Mapping> &mappings() const { return m_mappings; }
    const Mapping *mapping(const QString &name) const;
    /// The category `code` counts under in `mapping`: merges are applied first, then the
    /// map; kUnmappedCategory when the map has neither.
    QString mappedCode(const Mapping &mapping, const QString &code) const;
    /// A category's label in the current language ("Other" for the unmapped).
    QString mappedLabel(const Mapping &mapping, const QString &category) const;
    /// Adds (or replaces, by name) a mapping; checked by problems().
    void setMapping(const Mapping &mapping);

    /// The code a report counts `code` under: the target of the merges it was part of
    /// (followed through chains: A into B, B into C counts A under C), else itself.
    QString reportCode(Kind kind, const QString &code) const;
    const QList<Merge> &merges() const { return m_merges; }
    /// Every code a report counts under the same code as `code` (itself, and each code
    /// of the merges that end there): what a filter on that category must match in the
    /// stored records, which keep their codes.
    QStringList codesReportedWith(Kind kind, const QString &code) const;

    // Editing (the referential editor, `referential import`). Each call checks its
    // arguments and changes nothing on error; problems() checks the whole.
    /// Adds an entry at the end of its list; its code must be new in that list.
    Status add(Kind kind, const Category &category);
    /// A new label in `language`; the code never changes.
    Status rename(Kind kind, const QString &code, const QString &language, const QString &label);
    /// Retired: no longer offered at the desks, still reported under its label.
    Status setRetired(Kind kind, const QString &code, bool retired);
    /// Moves an entry to `index` in its list (the desks' order).
    Status move(Kind kind, const QString &code, int index);
    Status setPoleColor(const QString &code, const QString &color);
    /// Whether partner `code` is offered among the desks' "Referred to" targets.
    Status setOrientationTarget(const QString &code, bool target);
    /// Merges `from` into `into` (an existing, active entry of the same kind) from
    /// `since`: the `from` entries are retired. Themes merge within one pôle.
    Status merge(Kind kind, const QStringList &from, const QString &into, const QDate &since);

    /// Everything wrong with this referential, each with its JSON path: duplicate or
    /// empty codes, a theme of an unknown pôle, an unreadable pôle colour, a merge of
    /// unknown codes, missing "nr" codes... Empty when it may be published.
    /// `forPublishing` false (reading a stored or shared document) leaves out the checks
    /// added with the editor (readable colours, a list with every entry retired), so that
    /// a version published before them still loads.
    QList<ReferentialProblem> problems(bool forPublishing = true) const;
    /// The smallest contrast ratio (WCAG) a pôle colour needs against the desks' white
    /// background: the pôle buttons and bars must stand out from the page.
    static constexpr double kMinPoleContrast = 2.0;
    /// The WCAG contrast ratio of two "#rrggbb" colours (1 to 21); 0 when one is invalid.
    static double contrast(const QString &color, const QString &other);
    /// The stable key of a kind in the document ("themes", "age_bands"...).
    static QString kindKey(Kind kind);

    /// The themes of the printed fonds (MFO, MFP, MFF, MFC): optional in a document
    /// ("fonds_themes"); empty when absent.
    const QList<Category> &fondsThemes() const { return m_fondsThemes; }

    /// The largest group one walk-in entry may count ("max_group_size", 500 unless set):
    /// checked at the desk (form, `log`, CSV import) and at consolidation alike. In the
    /// referential rather than in a share or desk setting because the referential is the
    /// one configuration the Cité's administrator signs and every desk and consolidating
    /// PC already shares: both sides check the same figure, and changing it is one new
    /// referential version.
    int maxGroupSize() const { return m_maxGroupSize; }
    /// From 1 to kMaxGroupSizeLimit; otherwise an error and nothing changes.
    Status setMaxGroupSize(int count);
    static constexpr int kDefaultMaxGroupSize = 500;
    static constexpr int kMaxGroupSizeLimit = 9999;

    const DeskFields &fields() const { return m_fields; }
    void setFields(const DeskFields &fields) { m_fields = fields; }
    /// The Cité's opening weekdays, 1 = Monday ... 7 = Sunday (Monday to Friday unless
    /// set): other days are shown as closed and left out of the averages.
    const QList<int> &openWeekdays() const { return m_openWeekdays; }
    /// At least one day, each from 1 to 7; otherwise an error and nothing changes.
    Status setOpenWeekdays(QList<int> weekdays);

    /// Labels follow this language ("fr" or "en"); defaults to the system locale.
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }

    /// A human name of a kind for messages ("pôle", "age band"...), translated.
    static QString kindName(Kind kind);

    /// An optional code of `kind`: empty or known. The error names `field` (the CSV
    /// column / CLI option) and lists the valid codes.
    Status checkCode(Kind kind, const QString &code, const char *field) const;
    /// A pôle (required) and an optional theme that must belong to it: the check every
    /// desk record (walk-in, interview) makes.
    Status checkPoleAndTheme(const QString &pole, const QString &theme) const;

private:
    int m_version = 1;
    QHash<QString, QString> m_cite;
    DeskFields m_fields;
    QList<int> m_openWeekdays{1, 2, 3, 4, 5};
    int m_maxGroupSize = kDefaultMaxGroupSize;
    QList<Category> m_lists[kindCount];
    QList<Category> m_fondsThemes;
    QList<Merge> m_merges;
    QList<Mapping> m_mappings;
    QString m_language;

    Category *findMutable(Kind kind, const QString &code);
};

} // namespace passages
