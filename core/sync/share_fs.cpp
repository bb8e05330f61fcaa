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

Status LocalShareFs::makeDirs(const QString &root, const QString &relative)
{
    const QString path = root + QLatin1Char('/') + relative;
    const QStringList parts = QDir::cleanPath(relative).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (QDir::isAbsolutePath(relative) || parts.contains(QLatin1String("..")))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Cannot create the folder %1: it is not inside the share.").arg(path));
    const auto linked = [&path](const QString &part) {
        return makeError(ErrorCode::Refused,
                         tr("Cannot create the folder %1: %2 is a symbolic link or not a folder, "
                            "which Passages never follows on the share.")
                             .arg(path, part));
    };
#ifdef Q_OS_WIN
    QString current = root;
    for (const QString &part : parts) {
        current += QLatin1Char('/') + part;
        const QFileInfo entry(current);
        if (entry.isSymLink() || entry.isShortcut() || entry.isJunction() ||
            (entry.exists() && !entry.isDir()))
            return linked(part);
        if (!entry.exists() && !QDir().mkdir(current) && !QFileInfo(current).isDir())
            return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(current));
    }
    return {};
#else
    // Folder by folder from the root's descriptor: mkdirat, then openat with O_NOFOLLOW,
    // so a link planted in place of a folder (even between two steps) is never entered.
    int dir = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return ioError(tr("Cannot open the share folder %1").arg(root), errno);
    const auto closeDir = qScopeGuard([&dir] { ::close(dir); });
    for (const QString &part : parts) {
        if (part == QLatin1String("."))
            continue;
        const QByteArray name = QFile::encodeName(part);
        if (::mkdirat(dir, name.constData(), 0755) != 0 && errno != EEXIST)
            return ioError(tr("Cannot create the folder %1").arg(path), errno);
        const int next =
            ::openat(dir, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            if (errno == ELOOP || errno == ENOTDIR)
                return linked(part);
            return ioError(tr("Cannot create the folder %1").arg(path), errno);
        }
        ::close(dir);
        dir = next;
    }
    return {};
#endif
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

#ifndef Q_OS_WIN
namespace {

/// The descriptor of `path` if it may be read: looked at first without following a link
/// (a link to /dev/zero, a 2 GiB sparse file or a pipe never costs more than this
/// check), opened non-blocking (if the entry was swapped for a pipe since, open() does
/// not wait) and checked again on the open descriptor.
Result<int> openForRead(const QString &path, qint64 maxBytes)
{
    const QString tooLarge =
        LocalShareFs::tr("%1 is larger than %2 MB: not read").arg(path).arg(maxBytes >> 20);
    const QString link =
        LocalShareFs::tr("%1 is a symbolic link, which Passages never follows on the share")
            .arg(path);
    const QByteArray native = QFile::encodeName(path);
    struct stat info;
    if (::lstat(native.constData(), &info) != 0)
        return ioError(LocalShareFs::tr("Cannot read %1").arg(path), errno);
    if (S_ISLNK(info.st_mode))
        return refused(link);
    if (!S_ISREG(info.st_mode))
        return refused(LocalShareFs::tr("%1 is not a regular file").arg(path));
    if (info.st_size > maxBytes)
        return refused(tooLarge);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ELOOP)
            return refused(link);
        // A file this user may not read is the file's fault: refused once, not a share
        // failure that would stop every later run at the same file.
        if (errno == EACCES || errno == EPERM)
            return refused(LocalShareFs::tr("Cannot read %1: %2").arg(path, systemError(errno)));
        return ioError(LocalShareFs::tr("Cannot read %1").arg(path), errno);
    }
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return ioError(LocalShareFs::tr("Cannot read %1").arg(path), error);
    }
    if (!S_ISREG(info.st_mode) || info.st_size > maxBytes) {
        ::close(fd);
        return refused(S_ISREG(info.st_mode)
                           ? tooLarge
                           : LocalShareFs::tr("%1 is not a regular file").arg(path));
    }
    return fd;
}

/// read(2) that retries on EINTR.
ssize_t readSome(int fd, char *into, size_t size)
{
    for (;;) {
        const ssize_t n = ::read(fd, into, size);
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

} // namespace
#endif

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
    Result<int> opened = openForRead(path, maxBytes);
    if (!opened)
        return opened.error();
    const int fd = *opened;
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat info;
    if (::fstat(fd, &info) != 0)
        return ioError(tr("Cannot read %1").arg(path), errno);
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
        const ssize_t n = readSome(fd, data.data() + done, size_t(data.size() - done));
        if (n < 0)
            return ioError(tr("Cannot read %1").arg(path), errno);
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

Status LocalShareFs::readLines(const QString &path, qint64 maxBytes, qsizetype maxLineBytes,
                               const std::function<Status(QByteArrayView line)> &onLine)
{
    const auto lineTooLong = [&](qint64 number) {
        return refused(tr("line %1 of %2 is longer than %3 KB: not read further")
                           .arg(number)
                           .arg(path)
                           .arg(maxLineBytes >> 10));
    };
    const QString tooLarge = tr("%1 is larger than %2 MB: not read").arg(path).arg(maxBytes >> 20);
#ifdef Q_OS_WIN
    Result<QByteArray> data = read(path, maxBytes);
    if (!data)
        return data.error();
    qint64 number = 0;
    for (qsizetype start = 0; start < data->size();) {
        qsizetype end = data->indexOf('\n', start);
        end = end < 0 ? data->size() : end + 1;
        if (end - start > maxLineBytes)
            return lineTooLong(number + 1);
        ++number;
        if (Status s = onLine(QByteArrayView(*data).sliced(start, end - start)); !s)
            return s;
        start = end;
    }
    return {};
#else
    Result<int> opened = openForRead(path, maxBytes);
    if (!opened)
        return opened.error();
    const int fd = *opened;
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    // A chunk at a time; `line` holds only the current line's start, never more than the
    // line cap: a 100 MB one-line header costs this buffer, not 100 MB.
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    QByteArray line;
    qint64 total = 0;
    qint64 number = 1;
    for (;;) {
        const ssize_t n = readSome(fd, chunk.data(), size_t(chunk.size()));
        if (n < 0)
            return ioError(tr("Cannot read %1").arg(path), errno);
        if (n == 0)
            break;
        total += n;
        if (total > maxBytes)
            return refused(tooLarge);
        QByteArrayView rest(chunk.constData(), n);
        while (!rest.isEmpty()) {
            const qsizetype end = rest.indexOf('\n');
            const qsizetype take = end < 0 ? rest.size() : end + 1;
            if (line.size() + take > maxLineBytes)
                return lineTooLong(number);
            if (end >= 0 && line.isEmpty()) {
                // The whole line is in the chunk: no copy.
                if (Status s = onLine(rest.first(take)); !s)
                    return s;
            } else {
                line.append(rest.first(take));
                if (end >= 0) {
                    if (Status s = onLine(line); !s)
                        return s;
                    line.clear();
                }
            }
            if (end >= 0)
                ++number;
            rest = rest.sliced(take);
        }
    }
    if (!line.isEmpty())
        return onLine(line);
    return {};
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
