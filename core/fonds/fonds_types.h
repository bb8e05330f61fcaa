// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace passages {

/// What kind of document a title is.
enum class TitleType
{
    Book,
    Review,
    Daily,
    Dossier,
    Binder
};
/// Where a copy is: on the shelves, in the reserve, not found at the last inventory, or
/// withdrawn (weeded; the row stays, so history is kept).
enum class CopyStatus
{
    OnShelf,
    Reserve,
    Missing,
    Withdrawn
};
enum class CopySource
{
    Purchase,
    Gift,
    Free
};
/// How often a periodical appears; the default issues per year follow from it.
enum class Frequency
{
    Daily,
    Weekly,
    Fortnightly,
    Monthly,
    Bimonthly,
    Quarterly,
    HalfYearly,
    Yearly
};

/// Stable codes (database, CSV, CLI) and translated labels of the fonds enumerations.
class FondsCodes
{
    Q_DECLARE_TR_FUNCTIONS(FondsCodes)

public:
    static QString code(TitleType type);
    static QString code(CopyStatus status);
    static QString code(CopySource source);
    static QString code(Frequency frequency);
    static std::optional<TitleType> titleType(const QString &code);
    static std::optional<CopyStatus> copyStatus(const QString &code);
    static std::optional<CopySource> copySource(const QString &code);
    static std::optional<Frequency> frequency(const QString &code);
    static QString label(TitleType type);
    static QString label(CopyStatus status);
    static QString label(CopySource source);
    static QString label(Frequency frequency);
    static QList<TitleType> titleTypes();
    static QList<CopyStatus> copyStatuses();
    static QList<CopySource> copySources();
    static QList<Frequency> frequencies();
    /// "book|review|daily|dossier|binder" and the like, for messages.
    static QString titleTypeCodes();
    static QString copyStatusCodes();
    static QString copySourceCodes();
    static QString frequencyCodes();
    /// 312 for a daily (Monday to Saturday), 52 weekly, 26, 12, 6, 4, 2, 1.
    static int defaultIssuesPerYear(Frequency frequency);
};

/// A title of the catalogue (a book, a review, a dossier...).
struct Title
{
    QString id; ///< UUID
    QString title;
    QString authors;
    QString publisher;
    int year = 0; ///< publication year, 0 when unknown
    QString edition;
    QString isbn;  ///< 13 digits once saved, empty when none
    QString theme; ///< fonds theme code: MFO, MFP, MFF, MFC
    QString subcote;
    TitleType type = TitleType::Book;
    QString language = QStringLiteral("fr");
    QString notes;
    int revision = 1;
    bool deleted = false;

    /// The shelf mark: theme and sub-cote ("MFP 2.1").
    QString cote() const { return subcote.isEmpty() ? theme : theme + QLatin1Char(' ') + subcote; }
};

/// One physical copy of a title.
struct Copy
{
    QString id; ///< UUID
    QString titleId;
    QString inventory; ///< inventory number / barcode, unique among live copies
    CopyStatus status = CopyStatus::OnShelf;
    QDate statusDate; ///< last status change
    QString statusNote;
    QDate acquired;
    CopySource source = CopySource::Purchase;
    QString location;
    int revision = 1;
    bool deleted = false;
};

/// A line of the catalogue list: a title and how many copies it has.
struct CatalogueRow
{
    Title title;
    int copies = 0; ///< live copies not withdrawn
    int onShelf = 0;
    QStringList inventories; ///< of the copies not withdrawn
};

/// What a scanned (or typed) string is, for the scanner entry field.
struct ScanResult
{
    enum class Kind
    {
        KnownCopy, ///< an inventory number: that copy
        KnownIsbn, ///< an ISBN of the catalogue: add a copy of that title
        NewIsbn,   ///< a valid ISBN not in the catalogue: a new title, ISBN prefilled
        Invalid,   ///< none of these; `reason` says why
    };
    Kind kind = Kind::Invalid;
    QString input;
    QString isbn; ///< 13 digits (KnownIsbn, NewIsbn)
    std::optional<Title> title;
    std::optional<Copy> copy;
    QString reason;
};

/// One on-site consultation record: a scanned title, or a theme tally of `count`.
struct Consultation
{
    QString id;
    QDate date;
    QTime time;
    QString theme;
    QString titleId; ///< empty for a theme tally
    QString copyId;
    int count = 1;
    int revision = 1;
    bool deleted = false;
};

/// A periodical subscription.
struct Subscription
{
    QString id;
    QString titleId;
    Frequency frequency = Frequency::Monthly;
    int issuesPerYear = 12;
    QDate start;        ///< the first expected issue
    QDate end;          ///< invalid while running
    int keepIssues = 0; ///< retention: keep the last N issues (0: no such rule)
    int keepMonths = 0; ///< or the issues received in the last N months
    int revision = 1;
    bool deleted = false;
};

/// An issue checked in.
struct Issue
{
    QString id;
    QString subscriptionId;
    QString number;
    QDate received;
    QDate removed; ///< taken off the shelf (retention); invalid while on the shelf
    int revision = 1;
    bool deleted = false;
};

/// One expected issue of a subscription and what became of it.
struct ExpectedIssue
{
    enum class State
    {
        Received, ///< an issue was checked in for it
        Upcoming, ///< due, or due soon, within the grace delay
        Late,     ///< past its due date plus the grace delay
        Missing,  ///< a whole period later still not here: to claim
    };
    QDate due;
    State state = State::Upcoming;
    QString issueId; ///< Received only
};

/// A subscription's situation today.
struct PeriodicalStatus
{
    Subscription subscription;
    Title title;
    int received = 0;
    QDate lastReceived;
    QDate nextDue;
    QList<ExpectedIssue> lateOrMissing;
    QList<Issue> toRemove;
};

/// Weeding (désherbage) rules.
struct WeedingRules
{
    /// Per theme code: a copy is too old when its title's publication year (or, when
    /// unknown, its acquisition date) is more than this many years back. Missing: no rule.
    QHash<QString, int> maxAgeYears;
    /// A title with no consultation for this many years (and held for that long).
    int unusedYears = 3;

    /// MFO 5, MFP 5, MFF 3 (training rules change fast), MFC 3 years; unused 3 years.
    static WeedingRules defaults();
};

/// A copy proposed for weeding, with why.
struct WeedingCandidate
{
    enum Reason
    {
        TooOld = 1,
        Superseded = 2,
        Unused = 4
    };
    Copy copy;
    Title title;
    int reasons = 0;
    QString supersededBy; ///< the newer title's id
};

/// The outcome of an inventory (récolement) session.
struct InventoryResult
{
    QList<Copy> found;      ///< expected and scanned
    QList<Copy> missing;    ///< expected (on shelf, in scope) and not scanned
    QList<Copy> unexpected; ///< scanned but not expected: out of scope, missing, withdrawn...
    QStringList unknown;    ///< scanned strings matching no copy
};

/// Which copies an inventory session expects: on-shelf copies of a theme and/or a
/// location (empty: all).
struct InventoryScope
{
    QString theme;
    QString location;
};

} // namespace passages
