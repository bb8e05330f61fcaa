// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/fonds/fonds_types.h"
#include "core/io/csv.h"
#include "core/reception/passage.h"
#include "core/referential/referential.h"
#include "core/storage/outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>

namespace passages {

class Database;
struct TallyReport;

/// Yearly figures of the fonds for the bilan.
struct FondsStats
{
    struct Theme
    {
        QString code;
        QString label;
        int titles = 0;
        int copies = 0; ///< not withdrawn
        qint64 consultations = 0;
        qint64 previousConsultations = 0; ///< the year before
    };
    int year = 0;
    int titles = 0;
    int copies = 0; ///< not withdrawn
    QHash<CopyStatus, int> copiesByStatus;
    int acquired = 0;       ///< copies acquired during the year
    int withdrawn = 0;      ///< copies withdrawn during the year
    int periodicals = 0;    ///< running subscriptions
    int issuesReceived = 0; ///< during the year
    QList<Theme> themes;    ///< every fonds theme, referential order
    qint64 consultations = 0;
    qint64 previousConsultations = 0;
    QList<qint64> consultationsByMonth;         ///< 12 values
    QList<qint64> previousConsultationsByMonth; ///< 12 values, the year before

    QByteArray toJson() const;
    QByteArray toCsv(CsvFlavour flavour = CsvFlavour::Plain) const;
};

/// The documentation space's service: catalogue, copies, scanner entry, consultations,
/// periodicals (bulletinage), weeding, inventory and yearly figures. Every write is one
/// transaction that also appends the row images to the sync outbox.
class Fonds
{
    Q_DECLARE_TR_FUNCTIONS(Fonds)

public:
    enum class ConsultationsBy
    {
        Theme,
        Month
    };

    /// The database and referential must outlive the Fonds.
    Fonds(Database &db, const Referential &referential, Clock clock = {});
    ~Fonds();
    Fonds(const Fonds &) = delete;
    Fonds &operator=(const Fonds &) = delete;

    QDateTime now() const;
    QDate today() const { return now().date(); }
    Database &database() const { return m_db; }

    /// The fonds themes (MFO, MFP, MFF, MFC) of the referential; the default ones when
    /// the desk's stored referential predates them.
    QList<Category> themes() const;
    QString themeLabel(const QString &code) const;
    QString themeCodes() const;

    // --- Catalogue -------------------------------------------------------------------
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

    // --- Consultations ---------------------------------------------------------------
    /// One consultation of a title (a scan at reshelving); theme from the title.
    Result<Consultation> consultTitle(const QString &titleId, const QString &copyId = {},
                                      int count = 1);
    /// A tally for a theme when there is no time to scan.
    Result<Consultation> consultTheme(const QString &theme, int count = 1);
    /// Resolves a scan (copy or known ISBN) and records its consultation.
    Result<Consultation> consultScan(const QString &scanned);
    /// Tombstones a consultation (undo of a mistaken scan or tally).
    Result<Consultation> removeConsultation(const QString &id);
    /// Consultations of a day, newest first.
    Result<QList<Consultation>> consultationsOn(const QDate &date) const;
    /// Counts of `year` by theme (rows by count descending, like walk-ins) or by month
    /// (codes "01".."12", all twelve in calendar order, labels month names). Empty
    /// `site` / `desk`: all.
    Result<TallyReport> consultationReport(int year, ConsultationsBy by, const QString &site = {},
                                           const QString &desk = {}) const;

    // --- Periodicals -----------------------------------------------------------------
    Status validate(const Subscription &subscription) const;
    Result<Subscription> addSubscription(Subscription subscription);
    Result<Subscription> updateSubscription(Subscription subscription);
    Result<QList<Subscription>> subscriptions() const;
    /// Checks in one issue (bulletinage), received `received` (default today).
    Result<Issue> checkIn(const QString &subscriptionId, const QString &number,
                          QDate received = {});
    Result<QList<Issue>> issues(const QString &subscriptionId) const;
    /// Marks issues as taken off the shelf (retention), today.
    Status removeIssues(const QStringList &issueIds);
    /// Every running subscription's situation today.
    Result<QList<PeriodicalStatus>> periodicals() const;

    /// The due dates of a subscription's issues from its start up to `until` (and its
    /// end): calendar months for 1, 2, 3, 4, 6 or 12 issues a year, Monday to Saturday
    /// for about 300 (Monday to Friday about 250, every day 360+), otherwise every
    /// round(365.25 / n) days.
    static QList<QDate> dueDates(const Subscription &subscription, const QDate &until);
    /// Grace delay in days before an issue is late: half a period, at least one day.
    static int graceDays(const Subscription &subscription);
    /// Matches received issues to due dates: each issue covers the latest uncovered due
    /// date not after its reception (or the earliest uncovered one, when it came early). Uncovered
    /// due dates are Upcoming within the grace delay, Late after it, Missing a whole period later.
    static QList<ExpectedIssue> expectedIssues(const Subscription &subscription,
                                               const QList<Issue> &issues, const QDate &today);
    /// The issues on the shelf the retention rule says to remove: beyond the last
    /// `keepIssues` (by reception), or received more than `keepMonths` months ago.
    static QList<Issue> retention(const Subscription &subscription, const QList<Issue> &issues,
                                  const QDate &today);

    // --- Upkeep ----------------------------------------------------------------------
    WeedingRules weedingRules() const; ///< the desk's saved rules, or the defaults
    Status setWeedingRules(const WeedingRules &rules);
    /// Copies (on shelf or in reserve, books, dossiers and binders) proposed for weeding:
    /// too old for their theme, superseded (a newer edition of the same title, same
    /// publisher, is catalogued), or their title not consulted for `unusedYears` (and
    /// held that long). By cote, then title.
    Result<QList<WeedingCandidate>> weedingCandidates(const WeedingRules &rules) const;
    /// Marks copies withdrawn today with the reason; the rows stay (history).
    Status withdraw(const QStringList &copyIds, const QString &reason);

    /// The current inventory session's scans, kept in the database as they come (a
    /// session survives a restart): record one, list them in scan order, start anew.
    Status recordInventoryScan(const QString &code);
    Result<QStringList> inventoryScans() const;
    Status clearInventoryScans();

    /// Compares the scanned inventory numbers (or ISBNs of single-copy titles) with the
    /// on-shelf copies of the scope.
    Result<InventoryResult> inventory(const InventoryScope &scope,
                                      const QStringList &scanned) const;

    // --- Figures ---------------------------------------------------------------------
    Result<FondsStats> stats(int year) const;

    /// Weeding reasons (WeedingCandidate::Reason flags) as a short text.
    static QString reasonText(int weedingReasons);

    /// The lines of a title's spine label, as the shelves are ordered: the theme, the
    /// sub-cote (when any) and the first three letters of the first author (or of the
    /// title when there is none), upper case without accents: {"MFP", "1.2", "DUP"}.
    static QStringList spineLabel(const Title &title);

private:
    struct Identity
    {
        QString site;
        QString desk;
    };
    Result<Identity> identity() const;
    /// INSERT or UPDATE of one synchronised row (columns are code constants) plus its
    /// outbox image; inside the caller's transaction.
    Status writeRow(const QString &table, const QVariantMap &row, bool insert);
    Status writeTitle(Title &title, bool insert, const Identity &who);
    Status writeCopy(Copy &copy, bool insert, const Identity &who);
    Result<Consultation> writeConsultation(Consultation c, bool insert);
    Status checkUnique(const Title &title) const;
    Status checkUnique(const Copy &copy) const;

    Database &m_db;
    const Referential &m_referential;
    Clock m_clock;
    Outbox m_outbox;
};

} // namespace passages
