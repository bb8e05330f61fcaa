// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/sqlite_consolidation_store.h"

#include "core/referential/referential_store.h"
#include "core/report/summaries.h"
#include "core/sync/consolidation_rows_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace passages {

namespace {

/// Rows per statement of a file mixing tables or columns.
constexpr int kBlockRows = 16;
/// A file of one table and set of columns up to this size is one statement (SQLite takes
/// 32 766 values per statement).
constexpr int kMaxStatementRows = 256;
static_assert(kMaxStatementRows * 64 <= kMaxPlaceholders);

QString idsJson(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace

QList<qint64> missingBatches(const QList<std::pair<qint64, QString>> &seen, const QDateTime &nowUtc)
{
    QList<qint64> missing;
    qint64 expected = 1;
    for (const auto &[no, createdText] : seen) {
        const QDateTime created = QDateTime::fromString(createdText, Qt::ISODate);
        const bool graceOver = !created.isValid() || created.secsTo(nowUtc) > 600;
        for (; expected < no; ++expected)
            if (graceOver)
                missing << expected;
        expected = no + 1;
    }
    return missing;
}

QList<qint64> missingBatches(QSqlQuery &seen, const QDateTime &nowUtc)
{
    QList<std::pair<qint64, QString>> batches;
    while (seen.next())
        batches.append({seen.value(0).toLongLong(), seen.value(1).toString()});
    return missingBatches(batches, nowUtc);
}

DeskHealth deskHealthRow(const QSqlQuery &row)
{
    DeskHealth h;
    h.instance = row.value(0).toString();
    h.parent = row.value(1).toString();
    h.site = row.value(2).toString();
    h.desk = row.value(3).toString();
    h.held = row.value(4).toInt() != 0;
    h.heldReason = row.value(5).toString();
    h.lastImported = row.value(6).toLongLong();
    h.lastBatchCreated = QDateTime::fromString(row.value(7).toString(), Qt::ISODate);
    h.quarantined = row.value(8).toInt();
    h.implausibleDates = row.value(9).toInt();
    return h;
}

ShareFileStatus shareFileStatusRow(const QSqlQuery &row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toLongLong(),
            row.value(3).toString(), row.value(4).toString()};
}

SqliteConsolidationStore::SqliteConsolidationStore(Database &cache) : m_cache(cache) {}

SqliteConsolidationStore::~SqliteConsolidationStore() = default;

QString SqliteConsolidationStore::describe() const
{
    return m_cache.path();
}

Status SqliteConsolidationStore::lockRun()
{
    // One consolidation per cache at a time (the GUI's and a scheduled CLI run): the
    // second says so in plain words instead of failing on the first's rows. A lock left
    // by a crashed run is taken over (QLockFile checks its process is gone).
    m_lock = std::make_unique<QLockFile>(m_cache.path() + QStringLiteral(".consolidating"));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return {};
    qint64 pid = 0;
    QString host, application;
    m_lock->getLockInfo(&pid, &host, &application);
    m_lock.reset();
    return makeError(ErrorCode::Busy,
                     tr("A consolidation into %1 is already in progress (process %2 on %3); "
                        "its figures will be there when it ends. Try again then.")
                         .arg(m_cache.path())
                         .arg(pid)
                         .arg(host));
}

void SqliteConsolidationStore::unlockRun()
{
    m_lock.reset();
}

Result<QString> SqliteConsolidationStore::meta(const QString &key)
{
    return m_cache.readMeta(key); // a read error is not an absent key (a pinned admin key)
}

Status SqliteConsolidationStore::setMeta(const QString &key, const QString &value)
{
    return m_cache.setMeta(key, value);
}

Result<Referential> SqliteConsolidationStore::referential()
{
    return loadReferential(m_cache);
}

Status SqliteConsolidationStore::saveReferential(const Referential &referential)
{
    return passages::saveReferential(m_cache, referential);
}

Result<QHash<QString, QString>> SqliteConsolidationStore::judgedApprovals()
{
    QSqlQuery known =
        m_cache.prepare(QStringLiteral("SELECT instance_id, approved_utc FROM share_approval"));
    if (!known.exec())
        return sqlError(known, tr("Reading the consolidation state"));
    QHash<QString, QString> judged;
    while (known.next())
        judged.insert(known.value(0).toString(), known.value(1).toString());
    return judged;
}

Status SqliteConsolidationStore::releaseHeld()
{
    QSqlQuery q = m_cache.prepare(QStringLiteral("DELETE FROM share_file WHERE status = 'held'"));
    return exec(q, tr("Reading the consolidation state"));
}

Status SqliteConsolidationStore::rejudge(const QString &instance, const QString &approvedUtc)
{
    QSqlQuery &again = statement(QStringLiteral("rejudge"), [] {
        return QStringLiteral(
            "DELETE FROM share_file WHERE status = 'unapproved' AND instance_id = :instance");
    });
    QSqlQuery &remember = statement(QStringLiteral("remember"), [] {
        return QStringLiteral("INSERT OR REPLACE INTO share_approval (instance_id, approved_utc) "
                              "VALUES (:instance, :approved)");
    });
    again.bindValue(QStringLiteral(":instance"), instance);
    remember.bindValue(QStringLiteral(":instance"), instance);
    remember.bindValue(QStringLiteral(":approved"), approvedUtc);
    if (Status s = exec(again, tr("Reading the consolidation state")); !s)
        return s;
    return exec(remember, tr("Reading the consolidation state"));
}

Status SqliteConsolidationStore::knownNames(const std::function<void(const QString &)> &seen)
{
    QSqlQuery q = m_cache.prepare(QStringLiteral("SELECT name FROM share_file"));
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Reading the consolidation state"));
    while (q.next())
        seen(q.value(0).toString());
    return {};
}

Status SqliteConsolidationStore::knownBatches(
    const QString &instance, const QList<qint64> &batchNos,
    const std::function<void(qint64, const QString &, const QString &)> &seen)
{
    QJsonArray numbers;
    for (const qint64 n : batchNos)
        numbers.append(n);
    QSqlQuery q = m_cache.prepare(QStringLiteral(
        "SELECT batch_no, content_hash, name FROM share_file WHERE instance_id = :instance AND "
        "batch_no IN (SELECT value FROM json_each(:numbers)) AND status IN ('imported', "
        "'fork')"));
    q.bindValue(QStringLiteral(":instance"), instance);
    q.bindValue(QStringLiteral(":numbers"),
                QString::fromUtf8(QJsonDocument(numbers).toJson(QJsonDocument::Compact)));
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Reading the consolidation state"));
    while (q.next())
        seen(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
    return {};
}

Result<std::map<QString, QStringList>> SqliteConsolidationStore::synchronisedTables()
{
    if (!m_columns.empty())
        return m_columns;
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
    return m_columns;
}

Status SqliteConsolidationStore::beginGroup(bool bulk)
{
    m_group.emplace(m_cache);
    if (Status s = m_group->begun(); !s) {
        m_group.reset();
        return s;
    }
    if (bulk && !summaries::deferred(m_cache))
        return summaries::defer(m_cache);
    return {};
}

Status SqliteConsolidationStore::commitGroup()
{
    const Status committed = m_group ? m_group->commit() : Status();
    m_group.reset();
    return committed;
}

void SqliteConsolidationStore::rollbackGroup()
{
    m_group.reset();
}

bool SqliteConsolidationStore::summariesDeferred()
{
    return summaries::deferred(m_cache);
}

Result<QList<std::pair<QString, QString>>>
SqliteConsolidationStore::foreignOwners(const QStringList &ids, const QString &instance)
{
    QSqlQuery &owners = statement(QStringLiteral("origin-check"), [] {
        return QStringLiteral("SELECT o.id, o.instance_id FROM json_each(:ids) j JOIN "
                              "record_origin o ON o.id = j.value WHERE o.instance_id <> :instance");
    });
    owners.bindValue(QStringLiteral(":ids"), idsJson(ids));
    owners.bindValue(QStringLiteral(":instance"), instance);
    if (!owners.exec())
        return sqlError(owners, tr("Reading where records come from"));
    QList<std::pair<QString, QString>> found;
    while (owners.next())
        found.append({owners.value(0).toString(), owners.value(1).toString()});
    owners.finish();
    return found;
}

QSqlQuery &SqliteConsolidationStore::upsertFor(const QString &entity, quint64 present, int rows)
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

Status SqliteConsolidationStore::apply(const QString &instance, const QList<ConsolidationRow> &rows)
{
    // Newer revision wins, row by row; an older or equal revision changes nothing, so
    // order and repetition do not matter. Only the columns the row image carries are
    // written (a desk on an older schema leaves newer columns to their defaults).
    // A file whose rows share one table and set of columns (the usual night) is one
    // statement, all or nothing by itself. Others go in blocks of kBlockRows rows inside a
    // savepoint, undone together when a row is refused.
    const bool oneShape = rows.size() <= kMaxStatementRows &&
                          std::all_of(rows.cbegin(), rows.cend(), [&rows](const auto &row) {
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
        const ConsolidationRow &row = rows.at(first);
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
    QStringList ids;
    ids.reserve(rows.size());
    for (const ConsolidationRow &row : rows)
        ids << row.id;
    own.bindValue(QStringLiteral(":instance"), instance);
    own.bindValue(QStringLiteral(":ids"), idsJson(ids));
    return exec(own, tr("Recording where records come from"));
}

Status SqliteConsolidationStore::hold(const QString &instance, const QString &site,
                                      const QString &desk, const QString &reason)
{
    QSqlQuery &hold = statement(QStringLiteral("hold"), [] {
        return QStringLiteral(
            "INSERT INTO share_instance (instance_id, site, desk, held, held_reason) VALUES "
            "(:instance, :site, :desk, 1, :reason) ON CONFLICT (instance_id) DO UPDATE SET "
            "held = 1, held_reason = excluded.held_reason");
    });
    hold.bindValue(QStringLiteral(":instance"), instance);
    hold.bindValue(QStringLiteral(":site"), site);
    hold.bindValue(QStringLiteral(":desk"), desk);
    hold.bindValue(QStringLiteral(":reason"), reason);
    return exec(hold, tr("Holding desk %1").arg(instance));
}

Status SqliteConsolidationStore::writeBookkeeping(const QList<ConsolidationFileRecord> &files,
                                                  const QList<ConsolidationDesk> &desks)
{
    QVariantList values;
    values.reserve(files.size() * 11);
    for (const ConsolidationFileRecord &f : files)
        values << f.name << f.instance << f.batchNo << f.hash << f.size << f.status << f.reason
               << f.rows << f.implausible << f.createdUtc << f.seenUtc;
    if (Status s = insertMany(
            m_cache, QStringLiteral("share_file"),
            {QStringLiteral("name"), QStringLiteral("instance_id"), QStringLiteral("batch_no"),
             QStringLiteral("content_hash"), QStringLiteral("size"), QStringLiteral("status"),
             QStringLiteral("reason"), QStringLiteral("row_count"), QStringLiteral("implausible"),
             QStringLiteral("created_utc"), QStringLiteral("seen_utc")},
            values, tr("Recording the files of the share"));
        !s)
        return s;
    QSqlQuery &upsert = statement(QStringLiteral("instance"), [] {
        return QStringLiteral(
            "INSERT INTO share_instance (instance_id, parent_instance, site, desk, "
            "last_created_utc) VALUES (:instance, :parent, :site, :desk, :created) ON CONFLICT "
            "(instance_id) DO UPDATE SET site = excluded.site, desk = excluded.desk, "
            "parent_instance = excluded.parent_instance, last_created_utc = "
            "MAX(COALESCE(last_created_utc, ''), excluded.last_created_utc)");
    });
    for (const ConsolidationDesk &d : desks) {
        upsert.bindValue(QStringLiteral(":instance"), d.instance);
        upsert.bindValue(QStringLiteral(":parent"), d.parent);
        upsert.bindValue(QStringLiteral(":site"), d.site);
        upsert.bindValue(QStringLiteral(":desk"), d.desk);
        upsert.bindValue(QStringLiteral(":created"), d.lastCreatedUtc);
        if (Status s = exec(upsert, tr("Recording desk %1").arg(d.instance)); !s)
            return s;
    }
    return {};
}

Status SqliteConsolidationStore::finish()
{
    if (!summaries::deferred(m_cache))
        return {};
    Transaction tx(m_cache);
    if (Status begun = tx.begun(); !begun)
        return begun;
    if (Status rebuilt = summaries::rebuild(m_cache); !rebuilt)
        return rebuilt;
    return tx.commit();
}

Result<QStringList> SqliteConsolidationStore::receiptsDue()
{
    QSqlQuery dueQuery = m_cache.prepare(
        QStringLiteral("SELECT DISTINCT instance_id FROM share_file WHERE receipt_utc IS NULL AND "
                       "COALESCE(instance_id, '') <> '' ORDER BY instance_id"));
    return selectTexts(dueQuery, tr("Reading the receipts to write"));
}

Result<QList<ReceiptEntry>> SqliteConsolidationStore::receiptEntries(const QString &instance)
{
    QSqlQuery &files = statement(QStringLiteral("receipt-files"), [] {
        return QStringLiteral("SELECT name, batch_no, content_hash, status, COALESCE(reason, ''), "
                              "COALESCE(row_count, 0) FROM share_file WHERE instance_id = "
                              ":instance ORDER BY batch_no, name");
    });
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
    files.finish();
    return entries;
}

Status SqliteConsolidationStore::markReceipt(const QString &instance, const QString &nowUtc)
{
    QSqlQuery &mark = statement(QStringLiteral("receipt-mark"), [] {
        return QStringLiteral(
            "UPDATE share_file SET receipt_utc = :now WHERE instance_id = :instance");
    });
    mark.bindValue(QStringLiteral(":now"), nowUtc);
    mark.bindValue(QStringLiteral(":instance"), instance);
    return exec(mark, tr("Recording the receipts"));
}

Result<QList<DeskHealth>> SqliteConsolidationStore::health(const QDateTime &nowUtc)
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
        result.append(deskHealthRow(desks));
    }
    desks.finish();
    for (DeskHealth &h : result) {
        QSqlQuery seen = m_cache.prepare(QStringLiteral(
            "SELECT DISTINCT batch_no, MAX(created_utc) FROM share_file WHERE instance_id = "
            ":instance AND status IN ('imported', 'duplicate', 'held', 'fork') GROUP BY batch_no "
            "ORDER BY batch_no"));
        seen.bindValue(QStringLiteral(":instance"), h.instance);
        if (!seen.exec())
            return sqlError(seen, tr("Reading the desks' health"));
        h.missing = missingBatches(seen, nowUtc);
    }
    return result;
}

Result<QList<ShareFileStatus>> SqliteConsolidationStore::problems()
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
        result.append(shareFileStatusRow(q));
    return result;
}

QSqlQuery &SqliteConsolidationStore::statement(const QString &key,
                                               const std::function<QString()> &sql)
{
    auto found = m_statements.find(key);
    if (found == m_statements.end())
        found = m_statements.emplace(key, m_cache.prepare(sql())).first;
    return found->second;
}

} // namespace passages
