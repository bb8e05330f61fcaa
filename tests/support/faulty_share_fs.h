// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/share_fs.h"

#include <QSet>

#include <map>

namespace passages::test {

/// A real local share with faults injected on demand: fail the N-th call of an operation
/// once or from then on, a short write, ENOSPC reported only at close, a rename that
/// succeeds but reports failure, a directory listing that lags one call behind.
class FaultyShareFs final : public ShareFs
{
public:
    enum class Op
    {
        Exists,
        MakeDirs,
        List,
        Read,
        WriteNew,
        Rename,
        Replace,
        Remove
    };
    enum class Kind
    {
        Fail,               ///< the call fails with an I/O error
        ShortWrite,         ///< writeNew writes half the data and then fails
        NoSpaceAtClose,     ///< writeNew writes everything, then close reports ENOSPC
        SilentShortWrite,   ///< writeNew writes half the data and reports success
        RenameDoneButFails, ///< the rename happens, then is reported failed
    };

    /// Fault the `call`-th call (1-based, counted from now) of `op`; persistent: that
    /// call and every later one.
    void inject(Op op, int call, Kind kind = Kind::Fail, bool persistent = false);
    void clear();
    void setListingLag(bool lag) { m_lag = lag; }
    int calls(Op op) const;
    int totalCalls() const;

    bool exists(const QString &path) override;
    Status makeDirs(const QString &root, const QString &relative) override;
    Result<QStringList> list(const QString &path, bool folders) override;
    Result<QByteArray> read(const QString &path, qint64 maxBytes) override;
    /// Counted and faulted as a read.
    Status readLines(const QString &path, qint64 maxBytes, qsizetype maxLineBytes,
                     const std::function<Status(QByteArrayView line)> &onLine) override;
    Status writeNew(const QString &path, const QByteArray &data) override;
    Status renameNoReplace(const QString &from, const QString &to) override;
    Status replace(const QString &path, const QByteArray &data) override;
    Status remove(const QString &path) override;

private:
    struct Fault
    {
        int call;
        Kind kind;
        bool persistent;
    };
    /// The fault for this call of `op`, if any (and counts the call).
    std::optional<Kind> hit(Op op);

    LocalShareFs m_real;
    std::map<Op, int> m_calls;
    std::map<Op, Fault> m_faults;
    bool m_lag = false;
    std::map<QString, QStringList> m_lastListing;
};

} // namespace passages::test
