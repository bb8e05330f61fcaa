// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace passages {

/// The most a batch file may weigh: a year of one busy desk is ~30 MB.
constexpr qint64 kMaxBatchFileBytes = qint64(256) << 20;
/// The most a small share file (SHARE_ID, a receipt, a referential version) may weigh.
constexpr qint64 kMaxSmallFileBytes = qint64(16) << 20;

/// Every file operation the sync performs on the share, behind one small interface so
/// tests can inject failures at call N, short writes, ENOSPC at close, a rename that
/// succeeds but reports failure, an unmounted share or a lagging directory listing.
/// Paths are absolute.
///
/// The share is an office folder anyone on the network may write to, so the I/O rules are:
/// - reads look at the entry first (lstat): only a regular file under the caller's size
///   cap is read, never through a symbolic link, never a device or a pipe (opened
///   non-blocking, checked again on the open descriptor, read at most cap + 1 bytes). A
///   refused file is an Error with code ErrorCode::Refused (the file's fault, to be recorded as
///   its status), any other failure is the share's (retry later);
/// - readLines() reads the same files as a stream: a line over its cap refuses the file
///   as soon as it is seen, without reading the rest or holding more than the cap;
/// - makeDirs() creates folders one by one below the share root, never through a link
///   planted in place of a folder;
/// - every write (writeNew(), replace()) goes through one function that creates a new
///   file with O_CREAT | O_EXCL | O_NOFOLLOW, in a folder that is not a symbolic link,
///   then fsyncs and closes it: a link planted at the name is never followed;
/// - listings of folders skip symbolic links to folders; listings of files name every
///   non-folder entry (links, devices included) so each one gets a status.
class ShareFs
{
public:
    virtual ~ShareFs() = default;

    virtual bool exists(const QString &path) = 0;
    /// Creates `root`/`relative` and the folders between, each checked not to be a link
    /// (an existing link, even to a folder, is refused: it could lead anywhere on the
    /// PC). `root` itself, the share's mount point, may be reached through links.
    virtual Status makeDirs(const QString &root, const QString &relative) = 0;
    /// Names (not paths) of the entries of a folder; `folders` chooses sub-folders or files.
    virtual Result<QStringList> list(const QString &path, bool folders) = 0;
    /// The whole file, if it is a regular file (not a link) of at most `maxBytes`.
    virtual Result<QByteArray> read(const QString &path, qint64 maxBytes) = 0;
    /// The same file as read() accepts, handed to `onLine` one line at a time (its '\n'
    /// included; the last line may lack it) as it is read. A line longer than
    /// `maxLineBytes` refuses the file (field "refused") before the rest is read; an
    /// error returned by `onLine` stops the read and is returned as it is.
    virtual Status readLines(const QString &path, qint64 maxBytes, qsizetype maxLineBytes,
                             const std::function<Status(QByteArrayView line)> &onLine) = 0;
    /// Creates `path` (which must not exist) with `data`: write, flush, fsync, close.
    /// Any failure leaves no promise about the file: the caller removes it.
    virtual Status writeNew(const QString &path, const QByteArray &data) = 0;
    /// Renames without ever overwriting: fails when `to` exists.
    virtual Status renameNoReplace(const QString &from, const QString &to) = 0;
    /// Replaces `path` atomically (a new temporary file in the same folder, fsync, rename
    /// over `path`: a link at `path` is replaced, never followed), for small mutable files
    /// such as receipts.
    virtual Status replace(const QString &path, const QByteArray &data) = 0;
    virtual Status remove(const QString &path) = 0;
};

/// The real share: a mounted folder (SMB, NFS or local).
class LocalShareFs final : public ShareFs
{
    Q_DECLARE_TR_FUNCTIONS(LocalShareFs)

public:
    bool exists(const QString &path) override;
    Status makeDirs(const QString &root, const QString &relative) override;
    Result<QStringList> list(const QString &path, bool folders) override;
    Result<QByteArray> read(const QString &path, qint64 maxBytes) override;
    Status readLines(const QString &path, qint64 maxBytes, qsizetype maxLineBytes,
                     const std::function<Status(QByteArrayView line)> &onLine) override;
    Status writeNew(const QString &path, const QByteArray &data) override;
    Status renameNoReplace(const QString &from, const QString &to) override;
    Status replace(const QString &path, const QByteArray &data) override;
    Status remove(const QString &path) override;
};

} // namespace passages
