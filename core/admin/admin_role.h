// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace passages {

class Database;
class Share;

/// The actions a desk agent's daily work never needs and that only the Cité's
/// administrator may take (issue 17). Logging, correcting and deleting today's entries,
/// interviews, the programme and the reports stay open to everyone.
enum class AdminAction
{
    EditReferential,    ///< the referential editor, `referential import`
    EditClosures,       ///< closed days
    SyncSettings,       ///< the share folder and the nightly time
    DeleteEarlierEntry, ///< deleting an entry of another day than today
    RebuildFromShare,   ///< "Rebuild from the share"
    Settings,           ///< site, desk, optional fields, language
};

/// The rule, owned by core: the action `deleting an entry dated entryDay on today` needs
/// the admin role when the entry is not of today.
bool deletionNeedsAdmin(const QDate &entryDay, const QDate &today);

/// A human name of an action, for "needs the administrator password to ..." messages.
QString adminActionName(AdminAction action);

/// The Cité's admin password as this database knows it: only an Argon2id hash
/// (libsodium's crypto_pwhash_str: algorithm, cost, random salt and hash in one string),
/// kept in the `meta` table. The password itself is never stored.
namespace admin_password {

/// At least this many characters: Argon2id slows each guess, a short password still
/// falls to a few guesses.
constexpr int kMinLength = 8;

/// Whether this database holds an admin password hash: an Error (ErrorCode::Database)
/// when the `meta` table cannot be read, never "not set". A guarded action refuses on an
/// error: a read failure must not look like a desk with no password, which lets anyone
/// choose one (or, at the CLI, skip the password).
Result<bool> hasPassword(const Database &db);
/// Stores the hash of `password` (replacing an earlier one). A too short password is an
/// ErrorCode::InvalidArgument on field "password" and nothing changes.
Status set(Database &db, const QString &password);
/// Whether `password` matches the stored hash (false when none is set or it cannot be
/// read: AdminSession::unlock() says which).
bool check(const Database &db, const QString &password);
/// "From the share": a desk joining a Cité whose share already has an admin key takes
/// that key's password as its admin password. `password` is checked by unsealing the
/// share's admin key (Share::unlockAdmin); only then is its hash stored here. Errors: the
/// share's, or InvalidArgument on field "password" for a wrong one.
Status adoptFromShare(Database &db, Share &share, const QString &password);
/// The stored hash string ("$argon2id$v=19$m=...$salt$hash"), empty when none is set, an
/// Error when it cannot be read.
Result<QString> storedHash(const Database &db);

} // namespace admin_password

/// An unlocked admin session: after the password was typed, guarded actions are allowed
/// for a few minutes (kDefaultTimeout from the unlock, never extended), then the password
/// is asked again. The password is not kept, only the time it was typed.
class AdminSession
{
public:
    static constexpr std::chrono::minutes kDefaultTimeout{5};

    explicit AdminSession(Database &db, Clock clock = {},
                          std::chrono::seconds timeout = kDefaultTimeout);

    /// Checks `password` against the stored hash and unlocks. Errors: no admin password
    /// is set yet (ErrorCode::NotInitialised), or a wrong one (ErrorCode::InvalidArgument
    /// on field "password").
    Status unlock(const QString &password);
    void lock();
    bool isUnlocked() const;
    /// Allowed (unlocked) or an error naming the action (ErrorCode::Refused).
    Status authorize(AdminAction action) const;
    /// The same for a deletion: an entry of today needs nothing.
    Status authorizeDeletion(const QDate &entryDay) const;

    Database &database() const { return m_db; }

private:
    QDateTime now() const;

    Database &m_db;
    Clock m_clock;
    std::chrono::seconds m_timeout;
    QDateTime m_unlockedAt; ///< invalid while locked
};

} // namespace passages
