// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

#include <QByteArray>
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

    /// The label in `language`, falling back to French, then to the code.
    QString label(const QString &language) const;
};

/// The optional fields a Cité chooses to show at its desks (fewer fields, faster desks).
struct DeskFields
{
    bool publicField = true;
    bool channel = true;
    bool firstVisit = false;
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
    };
    static constexpr int kindCount = 10;

    /// The default referential shipped with Passages (Paris la Villette).
    static Referential defaultReferential();
    /// Parses and validates a referential document (JSON); errors name the problem.
    static Result<Referential> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }
    QString citeName() const;

    const QList<Category> &list(Kind kind) const;
    /// Entries offered at the desk (not retired), in referential order.
    QList<Category> active(Kind kind) const;
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
    QString m_language;
};

} // namespace passages
