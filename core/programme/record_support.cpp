// SPDX-License-Identifier: GPL-3.0-or-later
#include "programme/record_support.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace passages::record {

Result<Desk> deskOf(const Database &db)
{
    Desk desk{db.meta(QStringLiteral("site")), db.meta(QStringLiteral("desk"))};
    if (desk.site.isEmpty() || desk.desk.isEmpty())
        return makeError(ErrorCode::NotInitialised,
                         QCoreApplication::translate(
                             "Programme", "This desk has no site and desk label yet; set them "
                                          "first (passages-cli init --site CODE --desk LABEL)."));
    return desk;
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

QString yearStart(int year)
{
    return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
}

} // namespace passages::record
