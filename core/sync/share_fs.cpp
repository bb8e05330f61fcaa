// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/share_fs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace passages {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// ErrorCode::Io with a reason that distinguishes a full share: the user's fix differs.
Error ioError(const QString &what, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return makeError(
            ErrorCode::Io,
            LocalShareFs::tr("The share is full (%1): %2").arg(what, systemError(error)),
            QStringLiteral("share-full"));
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, systemError(error)));
}

} // namespace

bool LocalShareFs::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

Status LocalShareFs::makeDirs(const QString &path)
{
    if (QDir().mkpath(path))
        return {};
    return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(path));
}

Result<QStringList> LocalShareFs::list(const QString &path, bool folders)
{
    QDir dir(path);
    if (!dir.exists())
        return makeError(ErrorCode::Io, tr("The folder %1 does not exist.").arg(path));
    const QDir::Filters filters =
        (folders ? QDir::Dirs | QDir::NoDotAndDotDot : QDir::Files) | QDir::Hidden;
    return dir.entryList(filters, QDir::Name);
}

Result<QByteArray> LocalShareFs::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

Status LocalShareFs::writeNew(const QString &path, const QByteArray &data)
{
#ifdef Q_OS_WIN
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io, tr("Cannot create %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.flush() || ::_commit(file.handle()) != 0) {
        const QString reason = file.errorString();
        file.close();
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, reason));
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("Cannot close %1: %2").arg(path, file.errorString()));
    return {};
#else
    // POSIX calls rather than QFile: we need O_EXCL, the fsync result and close()'s
    // result (NFS and SMB report ENOSPC and write-back errors there).
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(tr("Cannot create %1").arg(path), errno);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return ioError(tr("Cannot write %1").arg(path), error);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return ioError(tr("Cannot flush %1 to the share").arg(path), error);
    }
    if (::close(fd) != 0)
        return ioError(tr("Cannot close %1").arg(path), errno);
    return {};
#endif
}

Status LocalShareFs::renameNoReplace(const QString &from, const QString &to)
{
    // QFile::rename never overwrites an existing target.
    if (QFileInfo::exists(to))
        return makeError(ErrorCode::Io, tr("%1 already exists.").arg(to), QStringLiteral("exists"));
    QFile file(from);
    if (!file.rename(to))
        return makeError(ErrorCode::Io,
                         tr("Cannot rename %1 to %2: %3").arg(from, to, file.errorString()));
    return {};
}

Status LocalShareFs::replace(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status LocalShareFs::remove(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return makeError(ErrorCode::Io, tr("Cannot remove %1: %2").arg(path, file.errorString()));
}

} // namespace passages
