// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/record.h"

#include "core/storage/database.h"
#include "core/storage/outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace passages::record {

Result<DeskIdentity> deskOf(const Database &db)
{
    DeskIdentity desk;
    // A meta table that cannot be read is a database failure, not a desk without identity.
    for (auto [key, value] : {std::pair{"instance_id", &desk.instanceId},
                              std::pair{"site", &desk.site}, std::pair{"desk", &desk.desk}}) {
        Result<QString> read = db.readMeta(QLatin1String(key));
        if (!read)
            return read.error();
        *value = std::move(read).value();
    }
    if (!desk.isSet())
        return makeError(
            ErrorCode::NotInitialised,
            QCoreApplication::translate("DeskIdentity",
                                        "This desk has no site and desk label yet; set them "
                                        "first (passages-cli init --site CODE --desk LABEL)."));
    return desk;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString utcStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm")))
                          : QVariant(QMetaType(QMetaType::QString));
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString yearStart(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

RowWriter::RowWriter(Database &db, QString table, QString createdColumn)
    : m_db(db), m_table(std::move(table)), m_createdColumn(std::move(createdColumn)),
      m_outbox(std::make_unique<Outbox>(db))
{}

RowWriter::~RowWriter() = default;

Status RowWriter::insert(const QVariantMap &row, const QString &doing)
{
    return write(Write::Insert, row, doing);
}

Status RowWriter::update(const QVariantMap &row, const QString &doing)
{
    return write(Write::Update, row, doing);
}

Status RowWriter::write(Write how, const QVariantMap &values, const QString &doing)
{
    const bool insert = how == Write::Insert;
    QVariantMap row = values;
    const QString id = row.value(QStringLiteral("id")).toString();
    Q_ASSERT(!id.isEmpty());
    const QString now = utcStamp();
    if (insert)
        row.insert(m_createdColumn, now);
    row.insert(QStringLiteral("updated_utc"), now);
    const QStringList columns = row.keys();
    const QString key =
        (insert ? QStringLiteral("I:") : QStringLiteral("U:")) + columns.join(QLatin1Char(','));
    auto statement = m_statements.find(key);
    if (statement == m_statements.end()) {
        QString sql;
        if (insert) {
            QStringList names;
            for (const QString &column : columns)
                names << QLatin1Char(':') + column;
            sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_table, columns.join(QLatin1String(", ")),
                           names.join(QLatin1String(", ")));
        } else {
            QStringList sets;
            for (const QString &column : columns)
                if (column != QLatin1String("id"))
                    sets << QStringLiteral("%1 = :%1").arg(column);
            sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
                      .arg(m_table, sets.join(QLatin1String(", ")));
        }
        statement = m_statements.emplace(key, m_db.prepare(sql)).first;
    }
    QSqlQuery &q = statement->second;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        // Qt Sql binds a null QString as SQL NULL: a text that is merely empty binds as ''.
        const QVariant &v = it.value();
        const bool emptyText =
            v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull();
        q.bindValue(QLatin1Char(':') + it.key(), emptyText ? QVariant(QStringLiteral("")) : v);
    }
    if (Status s = exec(q, doing); !s)
        return s;
    // An update of an unknown id finds no row to queue: the outbox says so (NotFound).
    return m_outbox->record(m_table, id);
}

} // namespace passages::record
