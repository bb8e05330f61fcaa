// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/app_paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace passages {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("passages"));
    QCoreApplication::setApplicationName(QStringLiteral("passages"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSAGES_VERSION));
}

QString configuredShareFolder()
{
    return QSettings().value(QLatin1String(kShareFolderSetting)).toString();
}

QString defaultDatabasePath()
{
    // GenericDataLocation/passages rather than AppDataLocation, which would nest the
    // organisation and application names (~/.local/share/passages/passages).
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(folder).filePath(QStringLiteral("passages/passages.sqlite"));
}

} // namespace passages

namespace passages {

QString defaultCachePath(const QString &shareId)
{
    // The id comes from the share, which anyone may write: only a UUID's canonical text
    // goes into the name; anything else is hashed, so no text of the share ever makes a
    // path ("../" would lead outside the data folder).
    const QUuid uuid = QUuid::fromString(shareId);
    const QString key =
        !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == shareId
            ? shareId
            : QString::fromLatin1(
                  QCryptographicHash::hash(shareId.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QFileInfo(defaultDatabasePath())
        .absoluteDir()
        .filePath(QStringLiteral("consolidated-%1.sqlite").arg(key));
}

} // namespace passages
