// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/fonds: how the fonds types map to rows. ui and app never include a _p.h.
#pragma once

#include "core/fonds/fonds_types.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace passages::fonds_storage {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString isoUtcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

inline QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

inline QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString yearStart(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

Title readTitle(const QSqlQuery &q);
Copy readCopy(const QSqlQuery &q);
Consultation readConsultation(const QSqlQuery &q);
Subscription readSubscription(const QSqlQuery &q);
Issue readIssue(const QSqlQuery &q);

} // namespace passages::fonds_storage
