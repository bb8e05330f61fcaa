// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/consolidator.h"
#include "core/sync/consolidator_p.h"

#include "core/storage/database.h"
#include "core/sync/batch.h"
#include "core/sync/receipt.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/sqlite_consolidation_store.h"
#include "core/sync/trust.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

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

} // namespace

Consolidator::Consolidator(Database &cache, ShareFs &fs, QString shareRoot)
    : m_ownStore(std::make_unique<SqliteConsolidationStore>(cache)), m_store(m_ownStore.get()),
      m_fs(fs), m_root(std::move(shareRoot))
{}

Consolidator::Consolidator(ConsolidationStore &store, ShareFs &fs, QString shareRoot)
    : m_store(&store), m_fs(fs), m_root(std::move(shareRoot))
{}

Consolidator::~Consolidator() = default;

Status Consolidator::loadSynchronisedTables()
{
    if (!m_columns.empty())
        return {};
    Result<std::map<QString, QStringList>> tables = m_store->synchronisedTables();
    if (!tables)
        return tables.error();
    m_columns = std::move(tables).value();
    return {};
}

Result<ConsolidationSummary> Consolidator::run(const std::function<void(int, int)> &progress)
{
    if (Status locked = m_store->lockRun(); !locked)
        return locked.error();
    const auto unlock = qScopeGuard([this] { m_store->unlockRun(); });
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
        Result<Referential> local = m_store->referential();
        if (local && (*latest)->version() > local->version()) {
            if (Status s = m_store->saveReferential(**latest); !s)
                return s.error();
            summary.referentialUpdated = true;
        }
    }
    Result<Referential> inForce = m_store->referential();
    m_referential = inForce ? *inForce : Referential::defaultReferential();

    // Files held by a consolidator older than their batch format are read again by a
    // newer one (batch.h: format 4), once, when the reader's format first rises.
    const Result<QString> reader = m_store->meta(QStringLiteral("reader_format"));
    if (!reader)
        return reader.error();
    if (reader->toInt() < kBatchFormatVersion) {
        if (Status s = m_store->releaseHeld(); !s)
            return s.error();
        if (Status s = m_store->setMeta(QStringLiteral("reader_format"),
                                        QString::number(kBatchFormatVersion));
            !s)
            return s.error();
    }

    // What is already known of the share, read once: the files with a status; then, for
    // the new files' batches only, the content of each (desk, batch number) imported or
    // forked, against which a new file is a duplicate or a fork.
    QSet<QString> known;
    m_batches.clear();
    m_pendingFiles.clear();
    m_pendingDesks.clear();
    m_pendingDeskIndex.clear();
    if (Status s = m_store->knownNames([&](const QString &name) { known.insert(name); }); !s)
        return s.error();
    QList<Candidate> candidates;
    Result<QStringList> instances = m_fs.list(share.desksFolder(), true);
    if (!instances)
        return makeError(ErrorCode::ShareUnavailable, instances.error().message);
    for (const QString &instance : *instances) {
        Result<QList<std::pair<QString, QString>>> files = share.deskFiles(instance);
        if (!files)
            return files.error();
        for (const auto &[year, file] : *files) {
            if (file.startsWith(QLatin1Char('.'))) // a desk's temporary file, not yet final
                continue;
            const QString relative = QStringLiteral("desks/%1/%2/%3").arg(instance, year, file);
            if (known.contains(relative))
                continue;
            const std::optional<BatchName> name = BatchName::parse(file);
            candidates.append({relative, instance, name ? name->batchNo : 0});
        }
    }
    // Night by night across the desks (batch n of every desk is about the same night),
    // in batch order within a desk: the rows of a day then arrive together, so the date
    // index and the daily summaries grow at their end instead of everywhere at once.
    // (Any order gives the same result; a later batch arriving first is fine.)
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.batchNo != b.batchNo ? a.batchNo < b.batchNo : a.relative < b.relative;
    });
    std::map<QString, QList<qint64>> newBatches;
    for (const Candidate &c : std::as_const(candidates))
        if (c.batchNo > 0)
            newBatches[c.folderInstance].append(c.batchNo);
    for (const auto &[instance, numbers] : newBatches)
        if (Status s = m_store->knownBatches(
                instance, numbers,
                [&, instance = instance](qint64 batchNo, const QString &hash, const QString &name) {
                    m_batches[{instance, batchNo}].append({hash, name});
                });
            !s)
            return s.error();
    summary.filesSeen = int(candidates.size());
    if (Status s = loadSynchronisedTables(); !s)
        return s.error();

    // A large backlog (a first consolidation, a rebuild) defers the summary tables and
    // rebuilds them once at the end; a night's few files keep them up to date row by row.
    const bool bulk = candidates.size() >= m_bulkFiles || m_store->summariesDeferred();

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
    bool group = false;
    const auto rollback = qScopeGuard([&] {
        if (group)
            m_store->rollbackGroup();
    });
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
            group = true;
            if (Status s = m_store->beginGroup(bulk); !s)
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
            group = false;
            if (Status s = m_store->commitGroup(); !s)
                return s.error();
        }
        if (progress)
            progress(i + 1, int(candidates.size()));
    }
    // The receipts are written to the share (an fsync each) while the summary tables
    // are rebuilt here.
    const auto rebuildSummaries = [this]() -> Status {
        return m_store->finish();
    };
    if (Status s = writeReceipts(share, summary, rebuildSummaries); !s)
        return s.error();
    return summary;
}

void Consolidator::record(const Candidate &candidate, const QString &instance, qint64 batchNo,
                          const QString &hash, qint64 size, const QString &status,
                          const QString &reason, int rows, int implausibleRows,
                          const QString &createdUtc)
{
    m_pendingFiles.append({candidate.relative, instance, batchNo, hash, size, status, reason, rows,
                           implausibleRows, createdUtc,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (status == QLatin1String("imported") || status == QLatin1String("fork"))
        m_batches[{instance, batchNo}].append({hash, candidate.relative});
}

Status Consolidator::writeGroupBookkeeping()
{
    if (Status s = m_store->writeBookkeeping(m_pendingFiles, m_pendingDesks); !s)
        return s;
    m_pendingFiles.clear();
    m_pendingDesks.clear();
    m_pendingDeskIndex.clear();
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
        if (Status s = m_store->hold(instance, batch->site, batch->desk, reason); !s)
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

Status Consolidator::apply(const Prepared &file)
{
    const BatchHeader &h = *file.header;
    // Newer revision wins, all or nothing: the store's (consolidation_store.h).
    if (Status s = checkOrigins(file); !s)
        return s;
    if (Status s = m_store->apply(h.instance, file.rows); !s)
        return s;
    // The desk's latest header, written with the group (see writeGroupBookkeeping()).
    auto index = m_pendingDeskIndex.constFind(h.instance);
    if (index == m_pendingDeskIndex.constEnd()) {
        index = m_pendingDeskIndex.insert(h.instance, m_pendingDesks.size());
        m_pendingDesks.append({h.instance, {}, {}, {}, {}});
    }
    ConsolidationDesk &pending = m_pendingDesks[*index];
    pending.parent = h.parent;
    pending.site = h.site;
    pending.desk = h.desk;
    pending.lastCreatedUtc = std::max(pending.lastCreatedUtc, h.createdUtc);
    return {};
}

Status Consolidator::writeReceipts(Share &share, ConsolidationSummary &summary,
                                   const std::function<Status()> &meanwhile)
{
    const Result<QString> consolidator = sync_detail::consolidatorId(*m_store);
    if (!consolidator)
        return consolidator.error();
    const Result<QStringList> due = m_store->receiptsDue();
    if (!due)
        return due.error();
    const QStringList &instances = *due;

    // Every receipt is made from the cache first; then a thread writes them to the share
    // while `meanwhile` runs here.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<QPair<QString, QByteArray>> receipts; // path, content
    for (const QString &instance : std::as_const(instances)) {
        Result<QList<ReceiptEntry>> entries = m_store->receiptEntries(instance);
        if (!entries)
            return entries.error();
        const Receipt receipt{instance, *consolidator, now, *entries};
        receipts.append(
            {share.receiptsFolder() + QLatin1Char('/') + Receipt::fileName(instance, *consolidator),
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

    for (qsizetype i = 0; i < receipts.size(); ++i) {
        // A share this consolidation may only read, or a full one: the import stands;
        // the receipt is written at the next run.
        if (!written.at(i)) {
            summary.receiptsError = written.at(i).error().message;
            continue;
        }
        if (Status s = m_store->markReceipt(instances.at(i), now); !s)
            return s;
        summary.receiptsWritten += 1;
    }
    return {};
}

Result<QList<DeskHealth>> Consolidator::health(const QDateTime &nowUtc) const
{
    return m_store->health(nowUtc);
}

Result<QList<ShareFileStatus>> Consolidator::problems() const
{
    return m_store->problems();
}

} // namespace passages
