// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/consolidator.h"

#include "core/referential/referential_store.h"
#include "core/report/summaries.h"
#include "core/storage/database.h"
#include "core/sync/batch.h"
#include "core/sync/receipt.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSysInfo>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace passages {

namespace {

/// Files per transaction at most, and seconds: few enough that another writer (a second
/// consolidation, the GUI) waits briefly, many enough that commits stop dominating.
constexpr int kGroupFiles = 2000;
constexpr int kGroupMs = 2000;
/// A bulk import (a first consolidation, a rebuild) commits every 10 s instead: each
/// commit rewrites the id index's pages, scattered by random UUIDs (a third of a second
/// each at 600 000 tallies). Readers are never blocked (WAL); another consolidation
/// waits for the write lock (busy timeout) or is refused and runs again later.
constexpr int kBulkGroupMs = 10000;
/// Rows per statement of a file mixing tables or columns.
constexpr int kBlockRows = 16;
/// A file of one table and set of columns up to this size is one statement (SQLite takes
/// 32 766 values per statement).
constexpr int kMaxStatementRows = 256;
static_assert(kMaxStatementRows * 64 <= kMaxPlaceholders);

/// Bounds of the values checked at consolidation (a desk never writes beyond them).
constexpr qsizetype kMaxText = 200;
constexpr qsizetype kMaxLongText = 20000;

/// Control characters (C0, DEL, C1) that have no business in a stored field; line breaks
/// and tabs are allowed where `multiline`.
bool hasControl(const QString &text, bool multiline)
{
    return std::any_of(text.cbegin(), text.cend(), [multiline](QChar c) {
        const char16_t u = c.unicode();
        if (multiline && (u == u'\n' || u == u'\r' || u == u'\t'))
            return false;
        return u < 0x20 || (u >= 0x7f && u < 0xa0);
    });
}

/// A commune as a desk stores it: an INSEE code (Corsica 2A/2B, overseas 97x/98x),
/// "etranger" or "nr". Anything else (a name, an address) is refused.
bool isCommuneCode(const QString &code)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[0-9]{5}|2[AB][0-9]{3}|etranger|nr)$"));
    return pattern.match(code).hasMatch();
}

} // namespace

template <typename Rows> static QString idsJson(const Rows &rows)
{
    QJsonArray ids;
    for (const auto &row : rows)
        ids.append(row.id);
    return QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
}

Status Consolidator::loadTrust(Share &share, const ShareInfo &info, ConsolidationSummary &summary)
{
    if (info.format < 2)
        return makeError(ErrorCode::ShareOutdated,
                         tr("The share %1 was prepared before signatures: an administrator "
                            "upgrades it once with: passages-cli share upgrade --share %1")
                             .arg(m_root));
    // Pinned at the first run, like a desk does: a replaced SHARE_ID brings no new admin.
    const QString adminKey = trust::toBase64(info.adminKey);
    const QString pinned = m_cache.meta(QStringLiteral("share_admin_key"));
    if (pinned.isEmpty()) {
        if (Status s = m_cache.setMeta(QStringLiteral("share_admin_key"), adminKey); !s)
            return s;
    } else if (pinned != adminKey) {
        return makeError(ErrorCode::ShareDamaged,
                         tr("The administrator key in the share's SHARE_ID is not the one this "
                            "consolidation knows: the share was replaced or tampered with."));
    }
    QString consolidator = m_cache.meta(QStringLiteral("consolidator_id"));
    if (consolidator.isEmpty()) {
        consolidator = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = m_cache.setMeta(QStringLiteral("consolidator_id"), consolidator); !s)
            return s;
    }
    Result<trust::KeyPair> keys = trust::localKeys(m_cache);
    if (!keys)
        return keys.error();
    m_signingKey = keys->secretKey;
    const TrustState state = share.trust(info.adminKey);
    m_approved = state.approved;
    summary.trustProblems << state.problems;
    const auto mine = m_approved.constFind(consolidator);
    if (mine == m_approved.constEnd() || mine->request.key != keys->publicKey ||
        mine->request.role != trust::kRoleConsolidator) {
        summary.awaitingApproval = true;
        const bool asked =
            std::any_of(state.pending.cbegin(), state.pending.cend(), [&](const JoinRequest &r) {
                return r.instance == consolidator && r.key == keys->publicKey;
            });
        if (!asked) {
            JoinRequest request;
            request.instance = consolidator;
            request.role = trust::kRoleConsolidator;
            request.desk = QSysInfo::machineHostName().left(100);
            request.key = keys->publicKey;
            request.requestedUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            // A share this PC may only read: the request waits for the next run.
            (void)share.requestJoin(request, keys->secretKey);
        }
    }
    // Files refused for want of an approval are judged again once their desk has a new
    // one (once: the approval they were judged under is remembered).
    QSqlQuery known =
        m_cache.prepare(QStringLiteral("SELECT instance_id, approved_utc FROM share_approval"));
    if (!known.exec())
        return sqlError(known, tr("Reading the consolidation state"));
    QHash<QString, QString> judged;
    while (known.next())
        judged.insert(known.value(0).toString(), known.value(1).toString());
    known.finish();
    QSqlQuery again = m_cache.prepare(QStringLiteral(
        "DELETE FROM share_file WHERE status = 'unapproved' AND instance_id = :instance"));
    QSqlQuery remember = m_cache.prepare(
        QStringLiteral("INSERT OR REPLACE INTO share_approval (instance_id, approved_utc) "
                       "VALUES (:instance, :approved)"));
    for (auto it = m_approved.cbegin(); it != m_approved.cend(); ++it) {
        if (judged.value(it.key()) == it->approvedUtc)
            continue;
        again.bindValue(QStringLiteral(":instance"), it.key());
        remember.bindValue(QStringLiteral(":instance"), it.key());
        remember.bindValue(QStringLiteral(":approved"), it->approvedUtc);
        if (Status s = exec(again, tr("Reading the consolidation state")); !s)
            return s;
        if (Status s = exec(remember, tr("Reading the consolidation state")); !s)
            return s;
    }
    return {};
}

QString Consolidator::checkApproval(const Batch &batch) const
{
    const auto approval = m_approved.constFind(batch.header.instance);
    if (approval == m_approved.constEnd() || approval->request.role != trust::kRoleDesk)
        return tr("this desk's key is not approved by an administrator (yet)");
    if (batch.header.version >= kSignedBatchFormat) {
        if (approval->request.key != batch.signer)
            return tr("signed by a key that is not the one approved for this desk");
        return {};
    }
    // Before signatures a batch carries only the share's HMAC, which every desk knows:
    // accepted for the numbers the administrator approved, never beyond.
    if (batch.header.batchNo > approval->request.legacyBatches)
        return tr("an unsigned batch (older format) beyond the %n the administrator approved "
                  "for this desk",
                  nullptr, int(std::min<qint64>(approval->request.legacyBatches, INT_MAX)));
    return {};
}

QString Consolidator::checkValues(const BatchChange &change) const
{
    const QString line = tr("record %1: ").arg(change.id.left(36));
    if (change.id.size() > 64 || hasControl(change.id, false))
        return tr("a record id is not valid");
    for (auto it = change.row.constBegin(); it != change.row.constEnd(); ++it) {
        if (it->isString()) {
            const QString text = it->toString();
            const bool free = change.entity != QLatin1String("passage");
            if (text.size() > (free ? kMaxLongText : kMaxText) || hasControl(text, free))
                return line + tr("the field %1 is too long or holds control characters")
                                  .arg(it.key().left(40));
        } else if (it->isDouble()) {
            // Beyond 2^31 no count, revision or offset makes sense, and a sum of a year of
            // rows stays far from 2^63.
            const double value = it->toDouble();
            if (!(std::abs(value) <= 2147483647.0))
                return line + tr("the field %1 holds an impossible number").arg(it.key().left(40));
        }
    }
    if (change.entity != QLatin1String("passage"))
        return {};
    // A walk-in: what Reception::validate() checks at the desk, against the referential
    // in force here (retired codes stay valid: history stays reportable).
    using Kind = Referential::Kind;
    const QJsonObject &row = change.row;
    const auto text = [&row](const char *key) {
        return row.value(QLatin1String(key)).toString();
    };
    // The group maximum of the referential in force, as the desk checks it.
    const int count = row.value(QStringLiteral("count")).toInt(0);
    if (count < 1 || count > m_referential.maxGroupSize())
        return line + tr("a group of %1 is outside 1..%2")
                          .arg(row.value(QStringLiteral("count")).toVariant().toString().left(20))
                          .arg(m_referential.maxGroupSize());
    if (Status s = m_referential.checkPoleAndTheme(text("pole"), text("theme")); !s)
        return line + s.error().message;
    for (const auto &[kind, key] :
         {std::pair{Kind::AgeBand, "age_band"}, std::pair{Kind::Public, "public"},
          std::pair{Kind::Channel, "channel"}})
        if (text(key).isEmpty() ||
            (!m_referential.contains(kind, text(key)) && text(key) != QLatin1String("nr")))
            return line + tr("unknown %1 \"%2\"").arg(Referential::kindName(kind), text(key));
    if (!isCommuneCode(text("commune")))
        return line + tr("the commune is not a commune code");
    const QDate day = QDate::fromString(text("local_date"), Qt::ISODate);
    if (!day.isValid() || day.year() < 1990 || day.year() > 2200)
        return line +
               tr("the date \"%1\" is not a plausible date").arg(text("local_date").left(20));
    return {};
}

Status Consolidator::checkOrigins(const Prepared &file)
{
    const QString &instance = file.header->instance;
    QSqlQuery &owners = statement(QStringLiteral("origin-check"), [] {
        return QStringLiteral("SELECT o.id, o.instance_id FROM json_each(:ids) j JOIN "
                              "record_origin o ON o.id = j.value WHERE o.instance_id <> :instance");
    });
    owners.bindValue(QStringLiteral(":ids"), idsJson(file.rows));
    owners.bindValue(QStringLiteral(":instance"), instance);
    if (!owners.exec())
        return sqlError(owners, tr("Reading where records come from"));
    while (owners.next()) {
        // A desk forked from the owner (approved with that parent) continues its records.
        const QString owner = owners.value(1).toString();
        QString ancestor = instance;
        bool descends = false;
        for (int hops = 0; hops < 64 && !descends; ++hops) {
            const auto approval = m_approved.constFind(ancestor);
            if (approval == m_approved.constEnd() || approval->request.parent.isEmpty())
                break;
            ancestor = approval->request.parent;
            descends = ancestor == owner;
        }
        if (!descends) {
            const QString id = owners.value(0).toString();
            owners.finish();
            return makeError(ErrorCode::Rejected,
                             tr("record %1 belongs to another desk, which alone may change or "
                                "delete it")
                                 .arg(id));
        }
    }
    owners.finish();
    return {};
}

Consolidator::Consolidator(Database &cache, ShareFs &fs, QString shareRoot)
    : m_cache(cache), m_fs(fs), m_root(std::move(shareRoot))
{}

Status Consolidator::loadSynchronisedTables()
{
    if (!m_columns.empty())
        return {};
    QSqlQuery tables = m_cache.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    const Result<QStringList> names = selectTexts(tables, tr("Reading the database's tables"));
    if (!names)
        return names.error();
    QSqlQuery info = m_cache.prepare(QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
    for (const QString &table : *names) {
        info.bindValue(QStringLiteral(":table"), table);
        const Result<QStringList> columns =
            selectTexts(info, tr("Reading the columns of %1").arg(table));
        if (!columns)
            return columns.error();
        // Only tables that follow the synchronised-table convention may be written to.
        if (columns->contains(QLatin1String("id")) &&
            columns->contains(QLatin1String("revision")) &&
            columns->contains(QLatin1String("deleted")) && columns->size() <= 64)
            m_columns.emplace(table, *columns);
    }
    return {};
}

Result<ConsolidationSummary> Consolidator::run(const std::function<void(int, int)> &progress)
{
    // One consolidation per cache at a time (the GUI's and a scheduled CLI run): the
    // second says so in plain words instead of failing on the first's rows. A lock left
    // by a crashed run is taken over (QLockFile checks its process is gone).
    QLockFile running(m_cache.path() + QStringLiteral(".consolidating"));
    running.setStaleLockTime(0);
    if (!running.tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        running.getLockInfo(&pid, &host, &application);
        return makeError(ErrorCode::Busy,
                         tr("A consolidation into %1 is already in progress (process %2 on %3); "
                            "its figures will be there when it ends. Try again then.")
                             .arg(m_cache.path())
                             .arg(pid)
                             .arg(host));
    }
    Share share(m_fs, m_root);
    Result<ShareInfo> info = share.open();
    if (!info)
        return info.error();
    ConsolidationSummary summary;
    if (Status s = loadTrust(share, *info, summary); !s)
        return s.error();

    // The Cité's referential comes along, for labels and the value checks: only a
    // version signed by the admin key.
    if (Result<std::optional<Referential>> latest =
            share.latestReferential(info->adminKey, &summary.trustProblems);
        latest && latest->has_value()) {
        Result<Referential> local = loadReferential(m_cache);
        if (local && (*latest)->version() > local->version()) {
            if (Status s = saveReferential(m_cache, **latest); !s)
                return s.error();
            summary.referentialUpdated = true;
        }
    }
    Result<Referential> inForce = loadReferential(m_cache);
    m_referential = inForce ? *inForce : Referential::defaultReferential();

    // What is already known of the share, read once: the files with a status, and the
    // content of each (desk, batch number) imported or forked, against which a new file
    // is a duplicate or a fork.
    QSet<QString> known;
    m_batches.clear();
    m_pendingFiles.clear();
    m_pendingOrder.clear();
    m_pendingInstances.clear();
    {
        QSqlQuery q = m_cache.prepare(QStringLiteral(
            "SELECT name, instance_id, batch_no, content_hash, status FROM share_file"));
        q.setForwardOnly(true);
        if (!q.exec())
            return sqlError(q, tr("Reading the consolidation state"));
        while (q.next()) {
            known.insert(q.value(0).toString());
            const QString status = q.value(4).toString();
            if (status == QLatin1String("imported") || status == QLatin1String("fork"))
                m_batches[{q.value(1).toString(), q.value(2).toLongLong()}].append(
                    {q.value(3).toString(), q.value(0).toString()});
        }
    }
    QList<Candidate> candidates;
    Result<QStringList> instances = m_fs.list(share.desksFolder(), true);
    if (!instances)
        return makeError(ErrorCode::ShareUnavailable, instances.error().message);
    for (const QString &instance : *instances) {
        const QString deskFolder = share.deskFolder(instance);
        Result<QStringList> years = m_fs.list(deskFolder, true);
        if (!years)
            return makeError(ErrorCode::ShareUnavailable, years.error().message);
        for (const QString &year : *years) {
            Result<QStringList> files = m_fs.list(deskFolder + QLatin1Char('/') + year, false);
            if (!files)
                return makeError(ErrorCode::ShareUnavailable, files.error().message);
            for (const QString &file : *files) {
                if (file.startsWith(QLatin1Char('.'))) // a desk's temporary file, not yet final
                    continue;
                const QString relative = QStringLiteral("desks/%1/%2/%3").arg(instance, year, file);
                if (known.contains(relative))
                    continue;
                const std::optional<BatchName> name = BatchName::parse(file);
                candidates.append({relative, instance, name ? name->batchNo : 0});
            }
        }
    }
    // Night by night across the desks (batch n of every desk is about the same night),
    // in batch order within a desk: the rows of a day then arrive together, so the date
    // index and the daily summaries grow at their end instead of everywhere at once.
    // (Any order gives the same result; a later batch arriving first is fine.)
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.batchNo != b.batchNo ? a.batchNo < b.batchNo : a.relative < b.relative;
    });
    summary.filesSeen = int(candidates.size());
    if (Status s = loadSynchronisedTables(); !s)
        return s.error();

    // A large backlog (a first consolidation, a rebuild) defers the summary tables and
    // rebuilds them once at the end; a night's few files keep them up to date row by row.
    const bool bulk = candidates.size() >= m_bulkFiles || summaries::deferred(m_cache);

    // Reading, hashing and decoding run on a worker thread, one file ahead of the
    // database work on this one (two cores: about a third off a first consolidation).
    // The worker only reads the share and m_columns; everything else stays here.
    struct Queue
    {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<Prepared> files;
        /// Imported files go back to the worker to be freed: their memory came from its
        /// allocator arena, and freeing it here cost this thread a twentieth of its time.
        std::vector<Prepared> spent;
        bool stop = false;
    } queue;
    const QByteArray key = info->key;
    std::thread worker([&, this] {
        for (const Candidate &candidate : std::as_const(candidates)) {
            std::vector<Prepared> spent;
            {
                std::lock_guard lock(queue.mutex);
                spent.swap(queue.spent);
            }
            spent.clear();
            Prepared file = prepare(candidate, key);
            std::unique_lock lock(queue.mutex);
            queue.changed.wait(lock, [&] { return queue.stop || queue.files.size() < 16; });
            if (queue.stop)
                return;
            queue.files.push_back(std::move(file));
            queue.changed.notify_all();
        }
    });
    const auto stopWorker = qScopeGuard([&] {
        {
            std::lock_guard lock(queue.mutex);
            queue.stop = true;
        }
        queue.changed.notify_all();
        worker.join();
    });

    // Files are committed in groups, each file all or nothing (see apply()): an error that
    // stops the run loses at most the group, which the next run imports again.
    std::optional<Transaction> group;
    QElapsedTimer groupTimer;
    int inGroup = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        Prepared file;
        {
            std::unique_lock lock(queue.mutex);
            queue.changed.wait(lock, [&] { return !queue.files.empty(); });
            file = std::move(queue.files.front());
            queue.files.pop_front();
            queue.changed.notify_all();
        }
        if (!file.readError)
            return file.readError.error();
        if (!group) {
            group.emplace(m_cache);
            if (Status s = group->begun(); !s)
                return s.error();
            if (bulk && !summaries::deferred(m_cache))
                if (Status s = summaries::defer(m_cache); !s)
                    return s.error();
            groupTimer.start();
            inGroup = 0;
        }
        if (Status s = importFile(file, summary); !s)
            return s.error();
        {
            std::lock_guard lock(queue.mutex);
            queue.spent.push_back(std::move(file));
        }
        const bool groupFull = bulk ? groupTimer.elapsed() >= kBulkGroupMs
                                    : ++inGroup >= kGroupFiles || groupTimer.elapsed() >= kGroupMs;
        if (groupFull || i + 1 == candidates.size()) {
            if (Status s = writeGroupBookkeeping(); !s)
                return s.error();
            if (Status s = group->commit(); !s)
                return s.error();
            group.reset();
        }
        if (progress)
            progress(i + 1, int(candidates.size()));
    }
    // The receipts are written to the share (an fsync each) while the summary tables
    // are rebuilt here.
    const auto rebuildSummaries = [this]() -> Status {
        if (!summaries::deferred(m_cache))
            return {};
        Transaction tx(m_cache);
        if (Status begun = tx.begun(); !begun)
            return begun;
        if (Status rebuilt = summaries::rebuild(m_cache); !rebuilt)
            return rebuilt;
        return tx.commit();
    };
    if (Status s = writeReceipts(share, summary, rebuildSummaries); !s)
        return s.error();
    return summary;
}

QSqlQuery &Consolidator::statement(const QString &key, const std::function<QString()> &sql)
{
    auto found = m_statements.find(key);
    if (found == m_statements.end())
        found = m_statements.emplace(key, m_cache.prepare(sql())).first;
    return found->second;
}

void Consolidator::record(const Candidate &candidate, const QString &instance, qint64 batchNo,
                          const QString &hash, qint64 size, const QString &status,
                          const QString &reason, int rows, int implausibleRows,
                          const QString &createdUtc)
{
    m_pendingFiles << candidate.relative << instance << batchNo << hash << size << status << reason
                   << rows << implausibleRows << createdUtc
                   << QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (status == QLatin1String("imported") || status == QLatin1String("fork"))
        m_batches[{instance, batchNo}].append({hash, candidate.relative});
}

Status Consolidator::writeGroupBookkeeping()
{
    if (Status s = insertMany(
            m_cache, QStringLiteral("share_file"),
            {QStringLiteral("name"), QStringLiteral("instance_id"), QStringLiteral("batch_no"),
             QStringLiteral("content_hash"), QStringLiteral("size"), QStringLiteral("status"),
             QStringLiteral("reason"), QStringLiteral("row_count"), QStringLiteral("implausible"),
             QStringLiteral("created_utc"), QStringLiteral("seen_utc")},
            m_pendingFiles, tr("Recording the files of the share"));
        !s)
        return s;
    m_pendingFiles.clear();
    QSqlQuery &upsert = statement(QStringLiteral("instance"), [] {
        return QStringLiteral(
            "INSERT INTO share_instance (instance_id, parent_instance, site, desk, "
            "last_created_utc) VALUES (:instance, :parent, :site, :desk, :created) ON CONFLICT "
            "(instance_id) DO UPDATE SET site = excluded.site, desk = excluded.desk, "
            "parent_instance = excluded.parent_instance, last_created_utc = "
            "MAX(COALESCE(last_created_utc, ''), excluded.last_created_utc)");
    });
    for (const QString &instance : std::as_const(m_pendingOrder)) {
        const PendingInstance &p = m_pendingInstances[instance];
        upsert.bindValue(QStringLiteral(":instance"), instance);
        upsert.bindValue(QStringLiteral(":parent"), p.parent);
        upsert.bindValue(QStringLiteral(":site"), p.site);
        upsert.bindValue(QStringLiteral(":desk"), p.desk);
        upsert.bindValue(QStringLiteral(":created"), p.lastCreated);
        if (Status s = exec(upsert, tr("Recording desk %1").arg(instance)); !s)
            return s;
    }
    m_pendingOrder.clear();
    m_pendingInstances.clear();
    return {};
}

Consolidator::Prepared Consolidator::prepare(const Candidate &candidate,
                                             const QByteArray &key) const
{
    Prepared file;
    file.candidate = candidate;
    const QString fileName = candidate.relative.section(QLatin1Char('/'), -1);
    const std::optional<BatchName> name = BatchName::parse(fileName);

    // A file that cannot even be read gets no status: the share may be dropping; it is
    // retried next time. A file refused for what it is (a link, a device, too large, a
    // line over the cap: see share_fs.h) is quarantined once, never read again. It is
    // read as a stream (BatchReader): a first line that is no batch header stops it.
    BatchReader reader;
    const Status read =
        BatchReader::readFile(m_fs, m_root + QLatin1Char('/') + candidate.relative, reader);
    file.instance = name ? name->instance : QString();
    file.batchNo = name ? name->batchNo : 0;
    if (!read && read.error().code == ErrorCode::Refused) {
        file.reason = read.error().message;
        return file;
    }
    if (!read && read.error().code != ErrorCode::Parse) {
        file.readError = makeError(ErrorCode::ShareUnavailable, read.error().message);
        return file;
    }
    // The hash follows the format the file declares (format 1: SHA-256); a file too
    // damaged to declare one is hashed the current way and fails the name check.
    file.hash = reader.contentHash();
    file.size = reader.size();

    std::optional<Batch> batch;
    if (!name) {
        file.reason = tr("not a batch file name");
    } else if (name->instance != candidate.folderInstance) {
        file.reason = tr("the name's desk identity does not match its folder");
    } else if (!read) {
        file.reason = read.error().message; // not read to its end: its content's fault
    } else if (!file.hash.startsWith(name->hashPrefix)) {
        file.reason = tr("content does not match the hash in its name (truncated or damaged)");
    } else if (Result<Batch> decoded = reader.finish(key); !decoded) {
        file.reason = decoded.error().message;
        if (decoded.error().code == ErrorCode::TooNew)
            file.status = QStringLiteral("held");
    } else if (decoded->header.instance != name->instance ||
               decoded->header.batchNo != name->batchNo) {
        file.reason = tr("its header names another desk or batch number");
    } else if (const QString refused = checkApproval(*decoded); !refused.isEmpty()) {
        file.status = QStringLiteral("unapproved");
        file.reason = refused;
    } else {
        batch = std::move(decoded).value();
    }
    if (!batch)
        return file;

    // A local date after the batch was made (a desk clock set to a wrong, later date) or
    // before 2000 is flagged, never dropped: the date stays the bucketing key. Old dates
    // are plausible: a Cité imports its earlier tally sheets. ISO dates compare as text.
    const QDateTime created = QDateTime::fromString(batch->header.createdUtc, Qt::ISODate);
    const QString latest =
        created.isValid() ? created.date().addDays(1).toString(Qt::ISODate) : QString();
    const QString localDate = QStringLiteral("local_date");
    file.rows.reserve(batch->changes.size());
    for (const BatchChange &change : std::as_const(batch->changes)) {
        const auto table = m_columns.find(change.entity);
        if (table == m_columns.end()) {
            file.reason =
                tr("unknown kind of record \"%1\" (made by a newer Passages?)").arg(change.entity);
            file.rows.clear();
            return file;
        }
        if (const QString refused = checkValues(change); !refused.isEmpty()) {
            // One bad row and the whole file waits, as a damaged one would.
            file.reason = refused;
            file.rows.clear();
            return file;
        }
        BoundRow row;
        row.entity = change.entity;
        row.id = change.id;
        row.values.reserve(table->second.size());
        for (qsizetype c = 0; c < table->second.size(); ++c) {
            const auto value = change.row.constFind(table->second.at(c));
            if (value == change.row.constEnd())
                continue;
            row.present |= quint64(1) << c;
            // JSON null must reach SQLite as NULL (toVariant() would give a nullptr_t).
            row.values.append(value->isNull() ? QVariant(QMetaType(QMetaType::QString))
                                              : value->toVariant());
        }
        if (const QJsonValue date = change.row.value(localDate); date.isString()) {
            const QString day = date.toString();
            row.implausible =
                QDate::fromString(day, Qt::ISODate).isValid() &&
                ((!latest.isEmpty() && day > latest) || day < QLatin1String("2000-01-01"));
        }
        file.rows.append(std::move(row));
    }
    file.header = batch->header;
    return file;
}

Status Consolidator::importFile(Prepared &file, ConsolidationSummary &summary)
{
    const Candidate &candidate = file.candidate;
    const QString &instance = file.instance;
    const qint64 batchNo = file.batchNo;
    const QString &hash = file.hash;
    const qint64 size = file.size;
    QString &status = file.status;
    QString &reason = file.reason;
    std::optional<BatchHeader> &batch = file.header;

    QString forkOf;
    if (batch) {
        // Exactly one content per (identity, batch number): the same content again is a
        // duplicate; different content is a fork (a cloned or restored desk that did not
        // notice) and the identity is held until someone looks.
        for (const auto &[otherHash, otherName] : m_batches.value({instance, batchNo})) {
            if (otherHash == hash)
                status = QStringLiteral("duplicate");
            else
                forkOf = otherName;
        }
        if (status != QLatin1String("duplicate")) {
            if (forkOf.isEmpty()) {
                if (Status applied = apply(file); applied) {
                    const int implausible =
                        int(std::count_if(file.rows.cbegin(), file.rows.cend(),
                                          [](const BoundRow &row) { return row.implausible; }));
                    record(candidate, instance, batchNo, hash, size, QStringLiteral("imported"), {},
                           batch->rows, implausible, batch->createdUtc);
                    summary.imported += 1;
                    summary.rowsApplied += batch->rows;
                    return {};
                } else if (applied.error().code != ErrorCode::Rejected) {
                    return applied.error();
                } else {
                    reason = applied.error().message;
                    batch.reset();
                    // apply() undid what the file wrote; its status follows.
                }
            } else {
                status = QStringLiteral("fork");
                reason = tr("batch %1 of this desk exists with different content (%2): two "
                            "computers share one identity")
                             .arg(batchNo)
                             .arg(forkOf.section(QLatin1Char('/'), -1));
            }
        }
    }

    if (status == QLatin1String("fork")) {
        QSqlQuery &hold = statement(QStringLiteral("hold"), [] {
            return QStringLiteral(
                "INSERT INTO share_instance (instance_id, site, desk, held, held_reason) VALUES "
                "(:instance, :site, :desk, 1, :reason) ON CONFLICT (instance_id) DO UPDATE SET "
                "held = 1, held_reason = excluded.held_reason");
        });
        hold.bindValue(QStringLiteral(":instance"), instance);
        hold.bindValue(QStringLiteral(":site"), batch->site);
        hold.bindValue(QStringLiteral(":desk"), batch->desk);
        hold.bindValue(QStringLiteral(":reason"), reason);
        if (Status s = exec(hold, tr("Holding desk %1").arg(instance)); !s)
            return s;
    }
    if (status == QLatin1String("quarantined"))
        summary.quarantined += 1;
    else if (status == QLatin1String("held"))
        summary.held += 1;
    else if (status == QLatin1String("fork"))
        summary.forks += 1;
    else if (status == QLatin1String("unapproved"))
        summary.unapproved += 1;
    else
        summary.duplicates += 1;
    record(candidate, instance, batchNo, hash, size, status, reason, batch ? batch->rows : 0, 0,
           batch ? batch->createdUtc : QString());
    return {};
}

QSqlQuery &Consolidator::upsertFor(const QString &entity, quint64 present, int rows)
{
    const UpsertKey key{entity, present, rows};
    auto found = m_upserts.find(key);
    if (found != m_upserts.end())
        return found->second;
    const QStringList &columns = m_columns.at(entity);
    QStringList used, updates;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (!(present & (quint64(1) << c)))
            continue;
        used << columns.at(c);
        if (columns.at(c) != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(c));
    }
    // Named placeholders (see placeholder()): positional binding was a third of the time.
    QStringList tuples;
    int number = 0;
    for (int r = 0; r < rows; ++r) {
        QStringList names;
        for (qsizetype c = 0; c < used.size(); ++c)
            names << placeholder(number++);
        tuples << QLatin1Char('(') + names.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (id) DO UPDATE "
                       "SET %4 WHERE excluded.revision > %1.revision")
            .arg(entity, used.join(QLatin1String(", ")), tuples.join(QLatin1String(", ")),
                 updates.join(QLatin1String(", ")));
    return m_upserts.emplace(key, m_cache.prepare(sql)).first->second;
}

Status Consolidator::apply(const Prepared &file)
{
    const BatchHeader &h = *file.header;
    // Newer revision wins, row by row; an older or equal revision changes nothing, so
    // order and repetition do not matter. Only the columns the row image carries are
    // written (a desk on an older schema leaves newer columns to their defaults).
    // A file whose rows share one table and set of columns (the usual night) is one
    // statement, all or nothing by itself. Others go in blocks of kBlockRows rows inside a
    // savepoint, undone together when a row is refused.
    const QList<BoundRow> &rows = file.rows;
    if (Status s = checkOrigins(file); !s)
        return s;
    const bool oneShape = rows.size() <= kMaxStatementRows &&
                          std::all_of(rows.cbegin(), rows.cend(), [&rows](const BoundRow &row) {
                              return row.entity == rows.constFirst().entity &&
                                     row.present == rows.constFirst().present;
                          });
    std::optional<Savepoint> unit;
    if (!oneShape) {
        unit.emplace(m_cache);
        if (Status s = unit->begun(); !s)
            return s;
    }
    for (qsizetype first = 0; first < rows.size();) {
        const BoundRow &row = rows.at(first);
        qsizetype count = oneShape ? rows.size() : 1;
        while (!oneShape && count < kBlockRows && first + count < rows.size() &&
               rows.at(first + count).entity == row.entity &&
               rows.at(first + count).present == row.present)
            ++count;
        if (!oneShape && count != kBlockRows)
            count = 1; // the remainder goes one by one: two statements per shape, not 16
        QSqlQuery &upsert = upsertFor(row.entity, row.present, int(count));
        int position = 0;
        for (qsizetype r = first; r < first + count; ++r)
            for (const QVariant &value : rows.at(r).values)
                upsert.bindValue(placeholder(position++), value);
        if (!upsert.exec()) {
            // A row the schema refuses (a constraint): nothing of this file is kept.
            const QString error = sqlErrorText(upsert.lastError());
            return makeError(ErrorCode::Rejected,
                             count == 1
                                 ? tr("record %1 is refused by the database: %2").arg(row.id, error)
                                 : tr("a record is refused by the database: %1").arg(error));
        }
        first += count;
    }
    if (unit)
        if (Status s = unit->release(); !s)
            return s;
    // The records this file brings first are this desk identity's from now on.
    QSqlQuery &own = statement(QStringLiteral("origin-insert"), [] {
        return QStringLiteral("INSERT OR IGNORE INTO record_origin (id, instance_id) SELECT "
                              "value, :instance FROM json_each(:ids)");
    });
    own.bindValue(QStringLiteral(":instance"), h.instance);
    own.bindValue(QStringLiteral(":ids"), idsJson(rows));
    if (Status s = exec(own, tr("Recording where records come from")); !s)
        return s;
    // The desk's latest header, written with the group (see writeGroupBookkeeping()).
    if (!m_pendingInstances.contains(h.instance))
        m_pendingOrder << h.instance;
    PendingInstance &pending = m_pendingInstances[h.instance];
    pending.parent = h.parent;
    pending.site = h.site;
    pending.desk = h.desk;
    pending.lastCreated = std::max(pending.lastCreated, h.createdUtc);
    return {};
}

Status Consolidator::writeReceipts(Share &share, ConsolidationSummary &summary,
                                   const std::function<Status()> &meanwhile)
{
    QString consolidator = m_cache.meta(QStringLiteral("consolidator_id"));
    if (consolidator.isEmpty()) {
        consolidator = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status s = m_cache.setMeta(QStringLiteral("consolidator_id"), consolidator); !s)
            return s;
    }
    QSqlQuery dueQuery = m_cache.prepare(
        QStringLiteral("SELECT DISTINCT instance_id FROM share_file WHERE receipt_utc IS NULL AND "
                       "COALESCE(instance_id, '') <> '' ORDER BY instance_id"));
    const Result<QStringList> due = selectTexts(dueQuery, tr("Reading the receipts to write"));
    if (!due)
        return due.error();
    const QStringList &instances = *due;

    // Every receipt is made from the cache first; then a thread writes them to the share
    // while `meanwhile` runs here.
    QSqlQuery files = m_cache.prepare(QStringLiteral(
        "SELECT name, batch_no, content_hash, status, COALESCE(reason, ''), "
        "COALESCE(row_count, 0) FROM share_file WHERE instance_id = :instance ORDER BY "
        "batch_no, name"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<QPair<QString, QByteArray>> receipts; // path, content
    for (const QString &instance : std::as_const(instances)) {
        files.bindValue(QStringLiteral(":instance"), instance);
        Result<QList<ReceiptEntry>> entries = selectAll(
            files,
            [](const QSqlQuery &row) {
                return ReceiptEntry{row.value(0).toString().section(QLatin1Char('/'), -1),
                                    row.value(1).toLongLong(),
                                    row.value(2).toString(),
                                    row.value(3).toString(),
                                    row.value(4).toString(),
                                    row.value(5).toInt()};
            },
            tr("Reading the receipts to write"));
        if (!entries)
            return entries.error();
        files.finish();
        const Receipt receipt{instance, consolidator, now, *entries};
        receipts.append(
            {share.receiptsFolder() + QLatin1Char('/') + Receipt::fileName(instance, consolidator),
             receipt.encodeSigned(m_signingKey)});
    }

    QList<Status> written(receipts.size());
    std::thread writer([&] {
        if (!receipts.isEmpty() && !m_fs.exists(share.receiptsFolder()))
            (void)m_fs.makeDirs(share.root(), QStringLiteral("receipts"));
        for (qsizetype i = 0; i < receipts.size(); ++i)
            written[i] = m_fs.replace(receipts.at(i).first, receipts.at(i).second);
    });
    const Status done = meanwhile ? meanwhile() : Status();
    writer.join();
    if (!done)
        return done;

    QSqlQuery mark = m_cache.prepare(
        QStringLiteral("UPDATE share_file SET receipt_utc = :now WHERE instance_id = :instance"));
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        // A share this consolidation may only read, or a full one: the import stands;
        // the receipt is written at the next run.
        if (!written.at(i)) {
            summary.receiptsError = written.at(i).error().message;
            continue;
        }
        mark.bindValue(QStringLiteral(":now"), now);
        mark.bindValue(QStringLiteral(":instance"), instances.at(i));
        if (Status s = exec(mark, tr("Recording the receipts")); !s)
            return s;
        summary.receiptsWritten += 1;
    }
    return {};
}

Result<QList<DeskHealth>> Consolidator::health(const QDateTime &nowUtc) const
{
    QList<DeskHealth> result;
    QSqlQuery desks = m_cache.prepare(QStringLiteral(
        "SELECT i.instance_id, COALESCE(i.parent_instance, ''), COALESCE(i.site, ''), "
        "COALESCE(i.desk, ''), i.held, COALESCE(i.held_reason, ''), "
        "(SELECT MAX(batch_no) FROM share_file f WHERE f.instance_id = i.instance_id AND "
        " f.status IN ('imported', 'duplicate')), "
        "(SELECT MAX(created_utc) FROM share_file f WHERE f.instance_id = i.instance_id AND "
        " f.status = 'imported'), "
        "(SELECT COUNT(*) FROM share_file f WHERE f.instance_id = i.instance_id AND "
        " f.status = 'quarantined'), "
        "(SELECT COALESCE(SUM(implausible), 0) FROM share_file f WHERE f.instance_id = "
        " i.instance_id) "
        "FROM share_instance i ORDER BY i.site, i.desk, i.instance_id"));
    if (!desks.exec())
        return sqlError(desks, tr("Reading the desks' health"));
    while (desks.next()) {
        DeskHealth h;
        h.instance = desks.value(0).toString();
        h.parent = desks.value(1).toString();
        h.site = desks.value(2).toString();
        h.desk = desks.value(3).toString();
        h.held = desks.value(4).toInt() != 0;
        h.heldReason = desks.value(5).toString();
        h.lastImported = desks.value(6).toLongLong();
        h.lastBatchCreated = QDateTime::fromString(desks.value(7).toString(), Qt::ISODate);
        h.quarantined = desks.value(8).toInt();
        h.implausibleDates = desks.value(9).toInt();
        result.append(h);
    }
    desks.finish();
    // Missing batches: numbers below the highest seen that never arrived, once the
    // newer batch is old enough that directory caching (SMB/NFS: seconds) cannot explain it.
    for (DeskHealth &h : result) {
        QSqlQuery seen = m_cache.prepare(QStringLiteral(
            "SELECT DISTINCT batch_no, MAX(created_utc) FROM share_file WHERE instance_id = "
            ":instance AND status IN ('imported', 'duplicate', 'held', 'fork') GROUP BY batch_no "
            "ORDER BY batch_no"));
        seen.bindValue(QStringLiteral(":instance"), h.instance);
        if (!seen.exec())
            return sqlError(seen, tr("Reading the desks' health"));
        qint64 expected = 1;
        while (seen.next()) {
            const qint64 no = seen.value(0).toLongLong();
            const QDateTime created = QDateTime::fromString(seen.value(1).toString(), Qt::ISODate);
            const bool graceOver = !created.isValid() || created.secsTo(nowUtc) > 600;
            for (; expected < no; ++expected)
                if (graceOver)
                    h.missing << expected;
            expected = no + 1;
        }
    }
    return result;
}

Result<QList<ShareFileStatus>> Consolidator::problems() const
{
    QSqlQuery q = m_cache.prepare(QStringLiteral(
        "SELECT name, COALESCE(instance_id, ''), COALESCE(batch_no, 0), status, "
        "COALESCE(reason, '') FROM share_file WHERE status IN ('quarantined', 'held', 'fork', "
        "'unapproved') "
        "ORDER BY name"));
    if (!q.exec())
        return sqlError(q, tr("Reading the share's problems"));
    QList<ShareFileStatus> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toString(), q.value(4).toString()});
    return result;
}

} // namespace passages
