// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/faulty_share_fs.h"

#include <QFile>

namespace passages::test {

namespace {

Error injected(const QString &what)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: Input/output error (injected)").arg(what));
}

} // namespace

void FaultyShareFs::inject(Op op, int call, Kind kind, bool persistent)
{
    m_faults[op] = Fault{m_calls[op] + call, kind, persistent};
}

void FaultyShareFs::clear()
{
    m_faults.clear();
    m_lag = false;
}

int FaultyShareFs::calls(Op op) const
{
    auto it = m_calls.find(op);
    return it == m_calls.end() ? 0 : it->second;
}

int FaultyShareFs::totalCalls() const
{
    int total = 0;
    for (const auto &[op, n] : m_calls)
        total += n;
    return total;
}

std::optional<FaultyShareFs::Kind> FaultyShareFs::hit(Op op)
{
    const int call = ++m_calls[op];
    auto it = m_faults.find(op);
    if (it == m_faults.end())
        return std::nullopt;
    const Fault &f = it->second;
    if (call == f.call || (f.persistent && call > f.call))
        return f.kind;
    return std::nullopt;
}

bool FaultyShareFs::exists(const QString &path)
{
    if (hit(Op::Exists))
        return false; // as an unmounted or unreachable share answers
    return m_real.exists(path);
}

Status FaultyShareFs::makeDirs(const QString &root, const QString &relative)
{
    if (hit(Op::MakeDirs))
        return injected(root + QLatin1Char('/') + relative);
    return m_real.makeDirs(root, relative);
}

Result<QStringList> FaultyShareFs::list(const QString &path, bool folders)
{
    if (hit(Op::List))
        return injected(path);
    Result<QStringList> now = m_real.list(path, folders);
    if (!now || !m_lag)
        return now;
    // SMB and NFS clients cache listings: answer what the folder held one call ago.
    const QString key = path + (folders ? QStringLiteral("|d") : QStringLiteral("|f"));
    auto previous = m_lastListing.find(key);
    QStringList answer = previous == m_lastListing.end() ? QStringList() : previous->second;
    m_lastListing[key] = *now;
    return answer;
}

Result<QByteArray> FaultyShareFs::read(const QString &path, qint64 maxBytes)
{
    if (hit(Op::Read))
        return injected(path);
    return m_real.read(path, maxBytes);
}

Status FaultyShareFs::readLines(const QString &path, qint64 maxBytes, qsizetype maxLineBytes,
                                const std::function<Status(QByteArrayView line)> &onLine)
{
    if (hit(Op::Read))
        return injected(path);
    return m_real.readLines(path, maxBytes, maxLineBytes, onLine);
}

Status FaultyShareFs::writeNew(const QString &path, const QByteArray &data)
{
    std::optional<Kind> fault = hit(Op::WriteNew);
    if (!fault)
        return m_real.writeNew(path, data);
    switch (*fault) {
    case Kind::ShortWrite:
        (void)m_real.writeNew(path, data.left(data.size() / 2));
        return injected(path);
    case Kind::SilentShortWrite:
        return m_real.writeNew(path, data.left(data.size() / 2));
    case Kind::NoSpaceAtClose:
        (void)m_real.writeNew(path, data);
        return makeError(
            ErrorCode::ShareFull,
            QStringLiteral("The share is full (%1): No space left on device").arg(path));
    default:
        return injected(path);
    }
}

Status FaultyShareFs::renameNoReplace(const QString &from, const QString &to)
{
    std::optional<Kind> fault = hit(Op::Rename);
    if (!fault)
        return m_real.renameNoReplace(from, to);
    if (*fault == Kind::RenameDoneButFails)
        (void)m_real.renameNoReplace(from, to);
    return injected(to);
}

Status FaultyShareFs::replace(const QString &path, const QByteArray &data)
{
    if (hit(Op::Replace))
        return injected(path);
    return m_real.replace(path, data);
}

Status FaultyShareFs::remove(const QString &path)
{
    if (hit(Op::Remove))
        return injected(path);
    return m_real.remove(path);
}

} // namespace passages::test
