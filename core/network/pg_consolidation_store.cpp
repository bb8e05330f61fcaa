// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/pg_consolidation_store.h"

#include "core/storage/database.h"
#include "core/sync/consolidation_rows_p.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QThread>

#include <mutex>

namespace passages {

namespace {

/// Files' statuses per statement.
constexpr int kFileRows = 200;

/// A PostgreSQL array literal of `values`, each quoted: ids come from the share, so a
/// comma, brace or quote in one stays inside its element.
QString textArray(const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (QString value : values)
        quoted << QLatin1Char('"') +
                      value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                      QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

/// The columns a desk's synchronised tables have (what its batches may carry): read from
/// a desk schema made here in memory, so the network database knows every kind of record
/// the desks of this version send. Made once per process (the schema is this program's).
Result<std::map<QString, QStringList>> deskTables()
{
    static std::mutex mutex;
    static std::optional<std::map<QString, QStringList>> made;
    std::lock_guard lock(mutex);
    if (made)
        return *made;
    Result<std::unique_ptr<Database>> desk = Database::open(
        QStringLiteral(":memory:"), Database::Check::Skip, Database::Durability::Cache);
    if (!desk)
        return desk.error();
    QSqlQuery tables = (*desk)->prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    const Result<QStringList> names = selectTexts(tables, {});
    if (!names)
        return names.error();
    std::map<QString, QStringList> result;
    QSqlQuery info = (*desk)->prepare(QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
    for (const QString &table : *names) {
        info.bindValue(QStringLiteral(":table"), table);
        const Result<QStringList> columns = selectTexts(info, {});
        if (!columns)
            return columns.error();
        if (columns->contains(QLatin1String("id")) &&
            columns->contains(QLatin1String("revision")) &&
            columns->contains(QLatin1String("deleted")) && columns->size() <= 64)
            result.emplace(table, *columns);
    }
    made = result;
    return result;
}

} // namespace

PgConsolidationStore::PgConsolidationStore(NetworkDatabase &db, QString cite)
    : m_db(db), m_cite(std::move(cite))
{}

QSqlQuery PgConsolidationStore::query(const QString &sql) const
{
    QSqlQuery q = m_db.prepare(sql);
    q.bindValue(QStringLiteral(":cite"), m_cite);
    return q;
}

QString PgConsolidationStore::describe() const
{
    return tr("the network database (%1), Cité %2").arg(m_db.describe(), m_cite);
}

Status PgConsolidationStore::bind(const QString &shareId)
{
    const QString doing = tr("Binding Cité %1 to its share").arg(m_cite);
    // Either insert fails quietly on a conflict (the code or the share already bound);
    // what is bound is then read back, under the unique keys, not by luck.
    QSqlQuery insert = query(
        QStringLiteral("INSERT INTO cite (code, share_id, bound_utc) VALUES (:cite, :share, :now) "
                       "ON CONFLICT DO NOTHING"));
    insert.bindValue(QStringLiteral(":share"), shareId);
    insert.bindValue(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec()) {
        // insufficient_privilege: the coordinators' read-only login (README, "Network").
        if (insert.lastError().nativeErrorCode() == QLatin1String("42501"))
            return makeError(ErrorCode::Database,
                             tr("This login may only read the network database: consolidating "
                                "needs the consolidation role's login (README, \"Network\"). "
                                "Nothing was written."));
        if (insert.lastError().nativeErrorCode() == QLatin1String("23514"))
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"%1\" is not a valid Cité code (lower-case letters, digits, "
                                "'-' and '_', up to 40).")
                                 .arg(m_cite.left(60)));
        return sqlError(insert, doing);
    }
    QSqlQuery bound = query(
        QStringLiteral("SELECT code, share_id FROM cite WHERE code = :cite OR share_id = :share"));
    bound.bindValue(QStringLiteral(":share"), shareId);
    if (!bound.exec())
        return sqlError(bound, doing);
    while (bound.next()) {
        const QString code = bound.value(0).toString();
        const QString share = bound.value(1).toString();
        if (code == m_cite && share != shareId)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Cité %1 is bound to another share (SHARE_ID %2), not this one "
                                "(%3): a Cité is consolidated from its own share only.")
                                 .arg(m_cite, share, shareId));
        if (code != m_cite)
            return makeError(ErrorCode::InvalidArgument,
                             tr("This share (SHARE_ID %1) is already consolidated as Cité %2: "
                                "consolidating it as %3 too would count it twice.")
                                 .arg(shareId, code, m_cite));
    }
    return {};
}

Status PgConsolidationStore::clear()
{
    NetworkTransaction tx(m_db);
    if (Status s = tx.begun(); !s)
        return s;
    for (const char *table : {"passage", "record", "share_file", "share_instance", "share_approval",
                              "record_origin", "cite_referential"}) {
        QSqlQuery q =
            query(QStringLiteral("DELETE FROM %1 WHERE cite = :cite").arg(QLatin1String(table)));
        if (Status s = exec(q, tr("Starting Cité %1 again").arg(m_cite)); !s)
            return s;
    }
    return tx.commit();
}

Status PgConsolidationStore::lockRun()
{
    // Statements are prepared once and run for every file: a plan PostgreSQL kept from
    // the run's first files (an empty Cité: a scan is cheapest) would be kept while the
    // tables grow by a million rows. Each execution is planned for the tables as they are.
    if (Status s = m_db.run(QStringLiteral("SET plan_cache_mode = force_custom_plan"),
                            tr("Starting the consolidation"));
        !s)
        return s;
    // hashtext() of the Cité's code: one lock per Cité, the other Cités run freely.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery q =
            query(QStringLiteral("SELECT pg_try_advisory_lock(hashtext('passages-cite:' || "
                                 ":cite))"));
        if (!q.exec() || !q.next())
            return sqlError(q, tr("Starting the consolidation"));
        if (q.value(0).toBool()) {
            m_locked = true;
            return {};
        }
        if (waited.elapsed() > qint64(m_lockWait) * 1000)
            return makeError(ErrorCode::Busy,
                             tr("A consolidation of Cité %1 into the network database is "
                                "already in progress; try again when it ends.")
                                 .arg(m_cite));
        QThread::msleep(200);
    }
}

void PgConsolidationStore::unlockRun()
{
    if (!m_locked)
        return;
    QSqlQuery q =
        query(QStringLiteral("SELECT pg_advisory_unlock(hashtext('passages-cite:' || :cite))"));
    (void)q.exec();
    m_locked = false;
}

Result<QString> PgConsolidationStore::meta(const QString &key)
{
    QSqlQuery q = query(QStringLiteral("SELECT value FROM cite_meta WHERE cite = :cite AND "
                                       "key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return sqlError(q, tr("Reading the consolidation state"));
    return q.next() ? q.value(0).toString() : QString(QLatin1String(""));
}

Status PgConsolidationStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = query(
        QStringLiteral("INSERT INTO cite_meta (cite, key, value) VALUES (:cite, :key, :value) "
                       "ON CONFLICT (cite, key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    return exec(q, tr("Recording the consolidation state"));
}

Result<Referential> PgConsolidationStore::referential()
{
    QSqlQuery q = query(QStringLiteral("SELECT document FROM cite_referential WHERE cite = :cite"));
    if (!q.exec())
        return sqlError(q, tr("Reading the referential"));
    if (!q.next())
        return Referential::defaultReferential();
    Result<Referential> stored = Referential::fromJson(q.value(0).toString().toUtf8());
    if (!stored)
        return makeError(stored.error().code,
                         tr("The referential of Cité %1 in the network database is invalid: %2")
                             .arg(m_cite, stored.error().message));
    return stored;
}

Status PgConsolidationStore::saveReferential(const Referential &referential)
{
    QSqlQuery q = query(QStringLiteral(
        "INSERT INTO cite_referential (cite, version, document) VALUES (:cite, :version, "
        ":document) ON CONFLICT (cite) DO UPDATE SET version = excluded.version, "
        "document = excluded.document"));
    q.bindValue(QStringLiteral(":version"), referential.version());
    q.bindValue(QStringLiteral(":document"), QString::fromUtf8(referential.toJson()));
    return exec(q, tr("Saving the referential"));
}

Result<QHash<QString, QString>> PgConsolidationStore::judgedApprovals()
{
    QSqlQuery q = query(
        QStringLiteral("SELECT instance_id, approved_utc FROM share_approval WHERE cite = :cite"));
    if (!q.exec())
        return sqlError(q, tr("Reading the consolidation state"));
    QHash<QString, QString> judged;
    while (q.next())
        judged.insert(q.value(0).toString(), q.value(1).toString());
    return judged;
}

Status PgConsolidationStore::releaseHeld()
{
    QSqlQuery q =
        query(QStringLiteral("DELETE FROM share_file WHERE cite = :cite AND status = 'held'"));
    return exec(q, tr("Reading the consolidation state"));
}

Status PgConsolidationStore::rejudge(const QString &instance, const QString &approvedUtc)
{
    QSqlQuery again = query(
        QStringLiteral("DELETE FROM share_file WHERE cite = :cite AND status = 'unapproved' AND "
                       "instance_id = :instance"));
    again.bindValue(QStringLiteral(":instance"), instance);
    if (Status s = exec(again, tr("Reading the consolidation state")); !s)
        return s;
    QSqlQuery remember = query(QStringLiteral(
        "INSERT INTO share_approval (cite, instance_id, approved_utc) VALUES (:cite, "
        ":instance, :approved) ON CONFLICT (cite, instance_id) DO UPDATE SET approved_utc = "
        "excluded.approved_utc"));
    remember.bindValue(QStringLiteral(":instance"), instance);
    remember.bindValue(QStringLiteral(":approved"), approvedUtc);
    return exec(remember, tr("Reading the consolidation state"));
}

Status PgConsolidationStore::knownNames(const std::function<void(const QString &)> &seen)
{
    QSqlQuery q = query(QStringLiteral("SELECT name FROM share_file WHERE cite = :cite"));
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Reading the consolidation state"));
    while (q.next())
        seen(q.value(0).toString());
    return {};
}

Status PgConsolidationStore::knownBatches(
    const QString &instance, const QList<qint64> &batchNos,
    const std::function<void(qint64, const QString &, const QString &)> &seen)
{
    QStringList numbers;
    for (const qint64 n : batchNos)
        numbers << QString::number(n);
    QSqlQuery q = query(QStringLiteral(
        "SELECT batch_no, content_hash, name FROM share_file WHERE cite = :cite AND instance_id "
        "= :instance AND batch_no = ANY(CAST(:numbers AS bigint[])) AND status IN ('imported', "
        "'fork')"));
    q.bindValue(QStringLiteral(":instance"), instance);
    q.bindValue(QStringLiteral(":numbers"),
                QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}'));
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Reading the consolidation state"));
    while (q.next())
        seen(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString());
    return {};
}

Result<std::map<QString, QStringList>> PgConsolidationStore::synchronisedTables()
{
    if (!m_columns.empty())
        return m_columns;
    Result<std::map<QString, QStringList>> desk = deskTables();
    if (!desk)
        return desk.error();
    // Walk-ins: the network table's own columns (its Cité aside), which this version's
    // desks send; any other record: the desk schema's columns, kept whole as JSON.
    // From the catalog itself: information_schema's views take tens of milliseconds, paid
    // by every Cité of a night.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
        "CAST('passage' AS regclass) AND attnum > 0 AND NOT attisdropped AND attname <> 'cite' "
        "ORDER BY attnum"));
    if (!q.exec())
        return sqlError(q, tr("Reading the network database"));
    QStringList columns;
    m_passageTypes.clear();
    while (q.next()) {
        columns << q.value(0).toString();
        m_passageTypes << q.value(1).toString();
    }
    m_columns = std::move(desk).value();
    m_columns[QStringLiteral("passage")] = columns;
    return m_columns;
}

Status PgConsolidationStore::beginGroup(bool)
{
    m_group.emplace(m_db);
    if (Status s = m_group->begun(); !s) {
        m_group.reset();
        return s;
    }
    return {};
}

Status PgConsolidationStore::commitGroup()
{
    const Status committed = m_group ? m_group->commit() : Status();
    m_group.reset();
    return committed;
}

void PgConsolidationStore::rollbackGroup()
{
    m_group.reset();
}

Result<QList<std::pair<QString, QString>>>
PgConsolidationStore::foreignOwners(const QStringList &ids, const QString &instance)
{
    // One lookup of the whole key per id (LATERAL, LIMIT 1: never flattened into a join):
    // the plan cannot fall back to reading
    // every origin of the Cité and filtering the ids, which PostgreSQL chose while a first
    // consolidation outgrew the table's statistics (4 ms a file at 20 000 rows, growing).
    QSqlQuery &q = reused(QStringLiteral(
        "SELECT j.id, o.instance_id FROM unnest(CAST(:ids AS text[])) AS j(id) CROSS JOIN "
        "LATERAL (SELECT instance_id FROM record_origin WHERE cite = :cite AND id = j.id LIMIT 1) "
        "o "
        "WHERE o.instance_id <> :instance"));
    q.bindValue(QStringLiteral(":ids"), textArray(ids));
    q.bindValue(QStringLiteral(":instance"), instance);
    if (!q.exec())
        return sqlError(q, tr("Reading where records come from"));
    QList<std::pair<QString, QString>> found;
    while (q.next())
        found.append({q.value(0).toString(), q.value(1).toString()});
    return found;
}

QSqlQuery &PgConsolidationStore::reused(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(sql, query(sql)).first;
    found->second.bindValue(QStringLiteral(":cite"), m_cite);
    return found->second;
}

Status PgConsolidationStore::applyPassages(const QList<const ConsolidationRow *> &rows)
{
    const QStringList &columns = m_columns.at(QStringLiteral("passage"));
    for (qsizetype first = 0; first < rows.size();) {
        // One statement per run of rows carrying the same columns, each id once: a
        // file may log a walk-in and correct it, and PostgreSQL refuses to change a row
        // twice in one statement (SQLite applies them in order; so do these statements).
        const quint64 present = rows.at(first)->present;
        QSet<QString> ids{rows.at(first)->id};
        qsizetype count = 1;
        while (first + count < rows.size() && rows.at(first + count)->present == present &&
               !ids.contains(rows.at(first + count)->id))
            ids.insert(rows.at(first + count++)->id);
        // The rows travel as one JSON parameter read by jsonb_to_recordset: the statement
        // is the same for every file carrying these columns, prepared once per run
        // (instead of a statement of a few thousand parameters parsed for each file).
        QStringList used, typed, updates;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!(present & (quint64(1) << c)))
                continue;
            used << columns.at(c);
            typed << columns.at(c) + QLatin1Char(' ') + m_passageTypes.at(c);
            if (columns.at(c) != QLatin1String("id"))
                updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(c));
        }
        // Newer revision wins: an older or equal revision changes nothing.
        QSqlQuery &upsert = reused(
            QStringLiteral("INSERT INTO passage AS p (cite, %1) SELECT CAST(:cite AS text), %1 "
                           "FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(%2) ON CONFLICT "
                           "(cite, id) DO UPDATE SET %3 WHERE excluded.revision > p.revision")
                .arg(used.join(QLatin1String(", ")), typed.join(QLatin1String(", ")),
                     updates.join(QLatin1String(", "))));
        QJsonArray array;
        for (qsizetype r = first; r < first + count; ++r)
            array.append(rowImage(used, *rows.at(r)));
        upsert.bindValue(QStringLiteral(":rows"),
                         QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        if (!upsert.exec())
            return makeError(ErrorCode::Rejected, tr("a record is refused by the database: %1")
                                                      .arg(sqlErrorText(upsert.lastError())));
        first += count;
    }
    return {};
}

QJsonObject PgConsolidationStore::rowImage(const QStringList &used, const ConsolidationRow &row)
{
    QJsonObject image;
    for (qsizetype c = 0; c < used.size() && c < row.values.size(); ++c) {
        // A null value stays JSON null (QJsonValue::fromVariant() would make it "").
        const QVariant &value = row.values.at(c);
        image.insert(used.at(c), value.isNull() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue::fromVariant(value));
    }
    return image;
}

Status PgConsolidationStore::applyRecord(const ConsolidationRow &row)
{
    const QStringList &columns = m_columns.at(row.entity);
    QStringList used;
    for (qsizetype c = 0; c < columns.size(); ++c)
        if (row.present & (quint64(1) << c))
            used << columns.at(c);
    const QJsonObject image = rowImage(used, row);
    QSqlQuery &upsert = reused(QStringLiteral(
        "INSERT INTO record AS r (cite, entity, id, revision, deleted, row) VALUES (:cite, "
        ":entity, :id, :revision, :deleted, CAST(:row AS jsonb)) ON CONFLICT (cite, entity, id) "
        "DO UPDATE SET revision = excluded.revision, deleted = excluded.deleted, row = "
        "excluded.row WHERE excluded.revision > r.revision"));
    upsert.bindValue(QStringLiteral(":entity"), row.entity);
    upsert.bindValue(QStringLiteral(":id"), row.id);
    upsert.bindValue(QStringLiteral(":revision"), image.value(QStringLiteral("revision")).toInt(1));
    upsert.bindValue(QStringLiteral(":deleted"), image.value(QStringLiteral("deleted")).toInt(0));
    upsert.bindValue(QStringLiteral(":row"),
                     QString::fromUtf8(QJsonDocument(image).toJson(QJsonDocument::Compact)));
    if (!upsert.exec())
        return makeError(ErrorCode::Rejected, tr("record %1 is refused by the database: %2")
                                                  .arg(row.id, sqlErrorText(upsert.lastError())));
    return {};
}

Status PgConsolidationStore::apply(const QString &instance, const QList<ConsolidationRow> &rows)
{
    // A savepoint per file: PostgreSQL aborts a whole transaction on an error, so a
    // refused row must be undone alone to keep the group's other files.
    if (Status s = m_db.run(QStringLiteral("SAVEPOINT file"), tr("Importing a file")); !s)
        return s;
    const auto undo = [this] {
        (void)m_db.run(QStringLiteral("ROLLBACK TO SAVEPOINT file"), {});
        (void)m_db.run(QStringLiteral("RELEASE SAVEPOINT file"), {});
    };
    QList<const ConsolidationRow *> passages;
    for (const ConsolidationRow &row : rows) {
        if (row.entity == QLatin1String("passage")) {
            passages.append(&row);
        } else if (Status s = applyRecord(row); !s) {
            undo();
            return s;
        }
    }
    if (Status s = applyPassages(passages); !s) {
        undo();
        return s;
    }
    QSqlQuery &own = reused(QStringLiteral(
        "INSERT INTO record_origin (cite, id, instance_id) SELECT :cite, v, :instance FROM "
        "unnest(CAST(:ids AS text[])) j(v) ON CONFLICT DO NOTHING"));
    QStringList ids;
    ids.reserve(rows.size());
    for (const ConsolidationRow &row : rows)
        ids << row.id;
    own.bindValue(QStringLiteral(":instance"), instance);
    own.bindValue(QStringLiteral(":ids"), textArray(ids));
    if (Status s = exec(own, tr("Recording where records come from")); !s) {
        undo();
        return s;
    }
    return m_db.run(QStringLiteral("RELEASE SAVEPOINT file"), tr("Importing a file"));
}

Status PgConsolidationStore::hold(const QString &instance, const QString &site, const QString &desk,
                                  const QString &reason)
{
    QSqlQuery q = query(QStringLiteral(
        "INSERT INTO share_instance (cite, instance_id, site, desk, held, held_reason) VALUES "
        "(:cite, :instance, :site, :desk, 1, :reason) ON CONFLICT (cite, instance_id) DO "
        "UPDATE SET held = 1, held_reason = excluded.held_reason"));
    q.bindValue(QStringLiteral(":instance"), instance);
    q.bindValue(QStringLiteral(":site"), site);
    q.bindValue(QStringLiteral(":desk"), desk);
    q.bindValue(QStringLiteral(":reason"), reason);
    return exec(q, tr("Holding desk %1").arg(instance));
}

Status PgConsolidationStore::writeBookkeeping(const QList<ConsolidationFileRecord> &files,
                                              const QList<ConsolidationDesk> &desks)
{
    for (qsizetype first = 0; first < files.size(); first += kFileRows) {
        const qsizetype count = std::min<qsizetype>(kFileRows, files.size() - first);
        QStringList tuples;
        int number = 0;
        for (qsizetype r = 0; r < count; ++r) {
            QStringList names{QStringLiteral(":cite")};
            for (int c = 0; c < 11; ++c)
                names << placeholder(number++);
            tuples << QLatin1Char('(') + names.join(QLatin1String(", ")) + QLatin1Char(')');
        }
        QSqlQuery insert =
            query(QStringLiteral("INSERT INTO share_file (cite, name, instance_id, batch_no, "
                                 "content_hash, size, status, reason, row_count, implausible, "
                                 "created_utc, seen_utc) VALUES %1")
                      .arg(tuples.join(QLatin1String(", "))));
        int position = 0;
        for (qsizetype r = first; r < first + count; ++r) {
            const ConsolidationFileRecord &f = files.at(r);
            for (const QVariant &value :
                 {QVariant(f.name), QVariant(f.instance), QVariant(f.batchNo), QVariant(f.hash),
                  QVariant(f.size), QVariant(f.status), QVariant(f.reason), QVariant(f.rows),
                  QVariant(f.implausible), QVariant(f.createdUtc), QVariant(f.seenUtc)})
                insert.bindValue(placeholder(position++), value);
        }
        if (Status s = exec(insert, tr("Recording the files of the share")); !s)
            return s;
    }
    QSqlQuery upsert = query(QStringLiteral(
        "INSERT INTO share_instance AS i (cite, instance_id, parent_instance, site, desk, "
        "last_created_utc) VALUES (:cite, :instance, :parent, :site, :desk, :created) ON "
        "CONFLICT (cite, instance_id) DO UPDATE SET site = excluded.site, desk = excluded.desk, "
        "parent_instance = excluded.parent_instance, last_created_utc = "
        "GREATEST(COALESCE(i.last_created_utc, ''), excluded.last_created_utc)"));
    for (const ConsolidationDesk &d : desks) {
        upsert.bindValue(QStringLiteral(":cite"), m_cite);
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

Status PgConsolidationStore::finish()
{
    QSqlQuery q =
        query(QStringLiteral("UPDATE cite SET last_consolidation_utc = :now WHERE code = :cite"));
    q.bindValue(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return exec(q, tr("Recording the consolidation"));
}

Result<QStringList> PgConsolidationStore::receiptsDue()
{
    QSqlQuery q = query(QStringLiteral(
        "SELECT DISTINCT instance_id FROM share_file WHERE cite = :cite AND receipt_utc IS NULL "
        "AND COALESCE(instance_id, '') <> '' ORDER BY instance_id"));
    return selectTexts(q, tr("Reading the receipts to write"));
}

Result<QList<ReceiptEntry>> PgConsolidationStore::receiptEntries(const QString &instance)
{
    QSqlQuery q = query(QStringLiteral(
        "SELECT name, batch_no, content_hash, status, COALESCE(reason, ''), "
        "COALESCE(row_count, 0) FROM share_file WHERE cite = :cite AND instance_id = :instance "
        "ORDER BY batch_no, name"));
    q.bindValue(QStringLiteral(":instance"), instance);
    return selectAll(
        q,
        [](const QSqlQuery &row) {
            return ReceiptEntry{row.value(0).toString().section(QLatin1Char('/'), -1),
                                row.value(1).toLongLong(),
                                row.value(2).toString(),
                                row.value(3).toString(),
                                row.value(4).toString(),
                                row.value(5).toInt()};
        },
        tr("Reading the receipts to write"));
}

Status PgConsolidationStore::markReceipt(const QString &instance, const QString &nowUtc)
{
    QSqlQuery q = query(QStringLiteral(
        "UPDATE share_file SET receipt_utc = :now WHERE cite = :cite AND instance_id = "
        ":instance"));
    q.bindValue(QStringLiteral(":now"), nowUtc);
    q.bindValue(QStringLiteral(":instance"), instance);
    return exec(q, tr("Recording the receipts"));
}

Result<QList<DeskHealth>> PgConsolidationStore::health(const QDateTime &nowUtc)
{
    QList<DeskHealth> result;
    QSqlQuery desks = query(QStringLiteral(
        "SELECT i.instance_id, COALESCE(i.parent_instance, ''), COALESCE(i.site, ''), "
        "COALESCE(i.desk, ''), i.held, COALESCE(i.held_reason, ''), "
        "(SELECT MAX(batch_no) FROM share_file f WHERE f.cite = i.cite AND f.instance_id = "
        " i.instance_id AND f.status IN ('imported', 'duplicate')), "
        "(SELECT MAX(created_utc) FROM share_file f WHERE f.cite = i.cite AND f.instance_id = "
        " i.instance_id AND f.status = 'imported'), "
        "(SELECT COUNT(*) FROM share_file f WHERE f.cite = i.cite AND f.instance_id = "
        " i.instance_id AND f.status = 'quarantined'), "
        "(SELECT COALESCE(SUM(implausible), 0) FROM share_file f WHERE f.cite = i.cite AND "
        " f.instance_id = i.instance_id) "
        "FROM share_instance i WHERE i.cite = :cite ORDER BY i.site, i.desk, i.instance_id"));
    if (!desks.exec())
        return sqlError(desks, tr("Reading the desks' health"));
    while (desks.next()) {
        result.append(deskHealthRow(desks));
    }
    QSqlQuery seen = query(QStringLiteral(
        "SELECT batch_no, MAX(created_utc) FROM share_file WHERE cite = :cite AND instance_id = "
        ":instance AND status IN ('imported', 'duplicate', 'held', 'fork') GROUP BY batch_no "
        "ORDER BY batch_no"));
    for (DeskHealth &h : result) {
        seen.bindValue(QStringLiteral(":cite"), m_cite);
        seen.bindValue(QStringLiteral(":instance"), h.instance);
        if (!seen.exec())
            return sqlError(seen, tr("Reading the desks' health"));
        h.missing = missingBatches(seen, nowUtc);
    }
    return result;
}

Result<QList<ShareFileStatus>> PgConsolidationStore::problems()
{
    QSqlQuery q = query(QStringLiteral(
        "SELECT name, COALESCE(instance_id, ''), COALESCE(batch_no, 0), status, "
        "COALESCE(reason, '') FROM share_file WHERE cite = :cite AND status IN ('quarantined', "
        "'held', 'fork', 'unapproved') ORDER BY name"));
    if (!q.exec())
        return sqlError(q, tr("Reading the share's problems"));
    QList<ShareFileStatus> result;
    while (q.next())
        result.append(shareFileStatusRow(q));
    return result;
}

} // namespace passages
