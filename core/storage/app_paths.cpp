// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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
    return QFileInfo(defaultDatabasePath())
        .absoluteDir()
        .filePath(QStringLiteral("consolidated-%1.sqlite").arg(shareId));
}

} // namespace passages
