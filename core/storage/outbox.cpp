// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/outbox.h"

#include "core/storage/database.h"
#include "core/storage/record.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace passages {

Outbox::Outbox(Database &db) : m_db(db) {}

Status Outbox::record(const QString &table, const QString &id)
{
    auto select = m_selects.find(table);
    if (select == m_selects.end())
        select =
            m_selects
                .emplace(table,
                         m_db.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table)))
                .first;
    QSqlQuery &q = select->second;
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, tr("Reading %1 %2 for synchronisation").arg(table, id));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         tr("No %1 with id %2 to synchronise.").arg(table, id));
    const QSqlRecord record = q.record();
    QJsonObject image;
    for (int i = 0; i < record.count(); ++i)
        image.insert(record.fieldName(i), record.isNull(i)
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue::fromVariant(record.value(i)));
    const int revision = record.value(QStringLiteral("revision")).toInt();
    q.finish();

    if (!m_insert)
        m_insert = m_db.prepare(
            QStringLiteral("INSERT INTO outbox (entity, entity_id, revision, payload, created_utc) "
                           "VALUES (:entity, :id, :revision, :payload, :stamp)"));
    m_insert->bindValue(QStringLiteral(":entity"), table);
    m_insert->bindValue(QStringLiteral(":id"), id);
    m_insert->bindValue(QStringLiteral(":revision"), revision);
    m_insert->bindValue(QStringLiteral(":payload"),
                        QString::fromUtf8(QJsonDocument(image).toJson(QJsonDocument::Compact)));
    m_insert->bindValue(QStringLiteral(":stamp"), record::utcStamp());
    return exec(*m_insert, tr("Queueing %1 %2 for synchronisation").arg(table, id));
}

} // namespace passages
