// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace passages {

/// Every file operation the sync performs on the share, behind one small interface so
/// tests can inject failures at call N, short writes, ENOSPC at close, a rename that
/// succeeds but reports failure, an unmounted share or a lagging directory listing.
/// Paths are absolute.
class ShareFs
{
public:
    virtual ~ShareFs() = default;

    virtual bool exists(const QString &path) = 0;
    virtual Status makeDirs(const QString &path) = 0;
    /// Names (not paths) of the entries of a folder; `folders` chooses sub-folders or files.
    virtual Result<QStringList> list(const QString &path, bool folders) = 0;
    virtual Result<QByteArray> read(const QString &path) = 0;
    /// Creates `path` (which must not exist) with `data`: write, flush, fsync, close.
    /// Any failure leaves no promise about the file: the caller removes it.
    virtual Status writeNew(const QString &path, const QByteArray &data) = 0;
    /// Renames without ever overwriting: fails when `to` exists.
    virtual Status renameNoReplace(const QString &from, const QString &to) = 0;
    /// Replaces `path` atomically (temporary file + rename), for small mutable files
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
    Status makeDirs(const QString &path) override;
    Result<QStringList> list(const QString &path, bool folders) override;
    Result<QByteArray> read(const QString &path) override;
    Status writeNew(const QString &path, const QByteArray &data) override;
    Status renameNoReplace(const QString &from, const QString &to) override;
    Status replace(const QString &path, const QByteArray &data) override;
    Status remove(const QString &path) override;
};

} // namespace passages
