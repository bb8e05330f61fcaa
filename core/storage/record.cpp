// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/record.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace passages::record {

Result<DeskIdentity> deskOf(const Database &db)
{
    DeskIdentity desk{db.meta(QStringLiteral("instance_id")), db.meta(QStringLiteral("site")),
                      db.meta(QStringLiteral("desk"))};
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

RowWriter::RowWriter(const Database &db, const QString &table, const QStringList &columns)
    : m_columns(int(columns.size()))
{
    QStringList values, updates;
    for (int c = 0; c < m_columns; ++c) {
        values << placeholder(c);
        if (columns.at(c) != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(columns.at(c));
    }
    // The stamps come last, as two values (a name used twice costs Qt a search per value).
    values << placeholder(m_columns) << placeholder(m_columns + 1);
    updates << QStringLiteral("updated_utc = excluded.updated_utc");
    m_query =
        db.prepare(QStringLiteral("INSERT INTO %1 (%2, recorded_utc, updated_utc) VALUES "
                                  "(%3) ON CONFLICT (id) DO UPDATE SET %4")
                       .arg(table, columns.join(QLatin1String(", ")),
                            values.join(QLatin1String(", ")), updates.join(QLatin1String(", "))));
}

Status RowWriter::write(const QVariantList &values, const QString &doing)
{
    Q_ASSERT(values.size() == m_columns);
    for (int c = 0; c < m_columns; ++c)
        m_query.bindValue(placeholder(c), values.at(c));
    const QString now = utcStamp();
    m_query.bindValue(placeholder(m_columns), now);
    m_query.bindValue(placeholder(m_columns + 1), now);
    return exec(m_query, doing);
}

} // namespace passages::record
