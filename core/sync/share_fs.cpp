// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/share_fs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
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
            ErrorCode::ShareFull,
            LocalShareFs::tr("The share is full (%1): %2").arg(what, systemError(error)));
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, systemError(error)));
}

/// A file the share holds but Passages will not read: its own fault, recorded as its status.
Error refused(const QString &message)
{
    return makeError(ErrorCode::Refused, message);
}

#ifndef Q_OS_WIN
/// The one way Passages writes a file on the share: a new file (O_CREAT | O_EXCL: a name
/// that exists, a planted link included, is refused; O_NOFOLLOW for good measure) in a
/// folder that is not itself a link, written whole, fsynced and closed, every result
/// checked (NFS and SMB report ENOSPC and write-back errors at fsync or close).
Status writeNoFollow(const QString &path, const QByteArray &data)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    struct stat folderInfo;
    if (::lstat(folder.constData(), &folderInfo) == 0 && S_ISLNK(folderInfo.st_mode))
        return makeError(ErrorCode::Io,
                         LocalShareFs::tr("Cannot create %1: its folder is a symbolic link, "
                                          "which Passages never follows on the share.")
                             .arg(path));
    const QByteArray native = QFile::encodeName(path);
    const int fd =
        ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0)
        return ioError(LocalShareFs::tr("Cannot create %1").arg(path), errno);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            return ioError(LocalShareFs::tr("Cannot write %1").arg(path), error);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return ioError(LocalShareFs::tr("Cannot flush %1 to the share").arg(path), error);
    }
    if (::close(fd) != 0)
        return ioError(LocalShareFs::tr("Cannot close %1").arg(path), errno);
    return {};
}
#endif

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
    // A link to a folder is never entered (it could lead anywhere on the PC); every other
    // entry that is not a folder is listed, links and devices included, to get a status.
    const QDir::Filters filters = (folders ? QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks
                                           : QDir::Files | QDir::System) |
                                  QDir::Hidden;
    return dir.entryList(filters, QDir::Name);
}

Result<QByteArray> LocalShareFs::read(const QString &path, qint64 maxBytes)
{
    const QString tooLarge = tr("%1 is larger than %2 MB: not read").arg(path).arg(maxBytes >> 20);
#ifdef Q_OS_WIN
    const QFileInfo entry(path);
    if (entry.isSymLink() || entry.isShortcut())
        return refused(tr("%1 is a link, which Passages never follows on the share").arg(path));
    if (entry.exists() && !entry.isFile())
        return refused(tr("%1 is not a regular file").arg(path));
    if (entry.size() > maxBytes)
        return refused(tooLarge);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (data.size() > maxBytes)
        return refused(tooLarge);
    return data;
#else
    // The entry first, without following a link: a link to /dev/zero, a 2 GiB sparse file
    // or a pipe never costs more than this check.
    const QByteArray native = QFile::encodeName(path);
    struct stat info;
    if (::lstat(native.constData(), &info) != 0)
        return ioError(tr("Cannot read %1").arg(path), errno);
    if (S_ISLNK(info.st_mode))
        return refused(
            tr("%1 is a symbolic link, which Passages never follows on the share").arg(path));
    if (!S_ISREG(info.st_mode))
        return refused(tr("%1 is not a regular file").arg(path));
    if (info.st_size > maxBytes)
        return refused(tooLarge);
    // Non-blocking: if the entry was swapped for a pipe since, open() does not wait.
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ELOOP)
            return refused(
                tr("%1 is a symbolic link, which Passages never follows on the share").arg(path));
        // A file this user may not read is the file's fault: refused once, not a share
        // failure that would stop every later run at the same file.
        if (errno == EACCES || errno == EPERM)
            return refused(tr("Cannot read %1: %2").arg(path, systemError(errno)));
        return ioError(tr("Cannot read %1").arg(path), errno);
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &info) != 0)
        return ioError(tr("Cannot read %1").arg(path), errno);
    if (!S_ISREG(info.st_mode))
        return refused(tr("%1 is not a regular file").arg(path));
    if (info.st_size > maxBytes)
        return refused(tooLarge);
    // The size may still grow while it is read: never more than the cap + 1 bytes. One
    // byte more than announced, so the end is seen without growing the buffer.
    QByteArray data(qsizetype(info.st_size) + 1, Qt::Uninitialized);
    qsizetype done = 0;
    for (;;) {
        if (done == data.size()) {
            if (data.size() > maxBytes)
                return refused(tooLarge);
            data.resize(std::min<qint64>(maxBytes + 1, data.size() * 2));
        }
        const ssize_t n = ::read(fd, data.data() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError(tr("Cannot read %1").arg(path), errno);
        }
        if (n == 0)
            break;
        done += n;
    }
    if (done > maxBytes)
        return refused(tooLarge);
    data.truncate(done);
    return data;
#endif
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
    return writeNoFollow(path, data);
#endif
}

Status LocalShareFs::renameNoReplace(const QString &from, const QString &to)
{
    // QFile::rename never overwrites an existing target; a link at `to` (even a dangling
    // one, which exists() does not see) counts as existing.
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return makeError(ErrorCode::Io, tr("%1 already exists.").arg(to), QStringLiteral("exists"));
    QFile file(from);
    if (!file.rename(to))
        return makeError(ErrorCode::Io,
                         tr("Cannot rename %1 to %2: %3").arg(from, to, file.errorString()));
    return {};
}

Status LocalShareFs::replace(const QString &path, const QByteArray &data)
{
#ifdef Q_OS_WIN
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
#else
    // Not QSaveFile: it resolves a link planted at `path` and overwrites its target (a
    // desk database...). A new file beside it, then rename(2), which replaces the entry
    // `path` itself, whatever it is.
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QStringLiteral("/.%1.%2.tmp")
                                                     .arg(target.fileName())
                                                     .arg(QRandomGenerator::system()->generate64(),
                                                          16, 16, QLatin1Char('0'));
    if (Status s = writeNoFollow(temp, data); !s) {
        (void)::unlink(QFile::encodeName(temp).constData());
        return s;
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        (void)::unlink(QFile::encodeName(temp).constData());
        return ioError(tr("Cannot write %1").arg(path), error);
    }
    return {};
#endif
}

Status LocalShareFs::remove(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return makeError(ErrorCode::Io, tr("Cannot remove %1: %2").arg(path, file.errorString()));
}

} // namespace passages
