// SPDX-License-Identifier: GPL-3.0-or-later
// The one read-change-write of a stored, synchronised record (an attendance, an
// interview, a session): read it, change it and write it as its next revision in one
// transaction, so a correction or a deletion never interleaves with another writer.
#pragma once

#include "core/common/result.h"
#include "core/storage/database.h"

#include <utility>

namespace passages::record {

/// In one transaction: `find()` reads the record (a Result<T>, its error returned as is),
/// `change(T &)` edits it and answers a Result<bool> (an Error refuses and nothing is
/// written; false leaves the record as it is, unwritten), then its revision goes up by one
/// and `write(const T &)` (a Status) stores it. Returns the record as written.
template <typename T, typename Find, typename Change, typename Write>
Result<T> revise(const Database &db, Find &&find, Change &&change, Write &&write)
{
    Transaction tx(db);
    if (Status s = tx.begun(); !s)
        return s.error();
    Result<T> current = std::forward<Find>(find)();
    if (!current)
        return current;
    T record = std::move(current).value();
    const Result<bool> changed = std::forward<Change>(change)(record);
    if (!changed)
        return changed.error();
    if (!*changed)
        return record;
    record.revision += 1;
    if (Status s = std::forward<Write>(write)(std::as_const(record)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

/// revise() that deletes: a record already deleted is ErrorCode::NotFound with
/// `alreadyDeleted`; otherwise it becomes a tombstone (deleted, next revision).
template <typename T, typename Find, typename Write>
Result<T> tombstone(const Database &db, Find &&find, const QString &alreadyDeleted, Write &&write)
{
    return revise<T>(
        db, std::forward<Find>(find),
        [&alreadyDeleted](T &record) -> Result<bool> {
            if (record.deleted)
                return makeError(ErrorCode::NotFound, alreadyDeleted);
            record.deleted = true;
            return true;
        },
        std::forward<Write>(write));
}

} // namespace passages::record
