// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/admin_role.h"

#include "core/storage/database.h"
#include "core/sync/share.h"

#include <QCoreApplication>

#include <sodium.h>

namespace passages {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminRole)
};

const QString kHashKey = QStringLiteral("admin_password_hash");

void initSodium()
{
    // Idempotent and thread-safe; fails only without a random source.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

} // namespace

bool deletionNeedsAdmin(const QDate &entryDay, const QDate &today)
{
    return entryDay != today;
}

QString adminActionName(AdminAction action)
{
    switch (action) {
    case AdminAction::EditReferential:
        return Tr::tr("edit the referential");
    case AdminAction::EditClosures:
        return Tr::tr("change the closed days");
    case AdminAction::SyncSettings:
        return Tr::tr("change the synchronisation settings");
    case AdminAction::DeleteEarlierEntry:
        return Tr::tr("delete an entry of another day");
    case AdminAction::RebuildFromShare:
        return Tr::tr("rebuild from the share");
    case AdminAction::Settings:
        return Tr::tr("change the settings");
    }
    return {};
}

namespace admin_password {

Result<bool> hasPassword(const Database &db)
{
    const Result<QString> hash = storedHash(db);
    if (!hash)
        return hash.error();
    return !hash->isEmpty();
}

Result<QString> storedHash(const Database &db)
{
    return db.readMeta(kHashKey);
}

namespace {

Status storeHash(Database &db, const QString &password)
{
    initSodium();
    QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int failed =
        crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (failed != 0)
        return makeError(ErrorCode::Io, Tr::tr("Not enough memory to hash the admin password."));
    return db.setMeta(kHashKey, QString::fromLatin1(hash));
}

} // namespace

Status set(Database &db, const QString &password)
{
    if (password.size() < kMinLength)
        return makeError(ErrorCode::InvalidArgument,
                         Tr::tr("The admin password needs at least %1 characters.").arg(kMinLength),
                         QStringLiteral("password"));
    return storeHash(db, password);
}

bool check(const Database &db, const QString &password)
{
    const Result<QString> stored = storedHash(db);
    const QByteArray hash = stored ? stored->toLatin1() : QByteArray();
    if (hash.isEmpty())
        return false;
    initSodium();
    QByteArray utf8 = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

Status adoptFromShare(Database &db, Share &share, const QString &password)
{
    Result<QByteArray> secret = share.unlockAdmin(password);
    if (!secret)
        return secret.error();
    QByteArray key = std::move(secret).value();
    sodium_memzero(key.data(), size_t(key.size())); // only the proof was needed
    return storeHash(db, password);                 // the share's password, whatever its length
}

} // namespace admin_password

AdminSession::AdminSession(Database &db, Clock clock, std::chrono::seconds timeout)
    : m_db(db), m_clock(std::move(clock)), m_timeout(timeout)
{}

QDateTime AdminSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

Status AdminSession::unlock(const QString &password)
{
    const Result<bool> set = admin_password::hasPassword(m_db);
    if (!set)
        return set.error();
    if (!*set)
        return makeError(ErrorCode::NotInitialised,
                         Tr::tr("No admin password is set for this Cité yet."),
                         QStringLiteral("password"));
    if (!admin_password::check(m_db, password)) {
        lock();
        return makeError(ErrorCode::InvalidArgument, Tr::tr("Wrong admin password."),
                         QStringLiteral("password"));
    }
    m_unlockedAt = now();
    return {};
}

void AdminSession::lock()
{
    m_unlockedAt = QDateTime();
}

bool AdminSession::isUnlocked() const
{
    if (!m_unlockedAt.isValid())
        return false;
    const QDateTime at = now();
    // A clock set back (or forward past the timeout) locks: never a longer session.
    return at >= m_unlockedAt && m_unlockedAt.secsTo(at) < m_timeout.count();
}

Status AdminSession::authorize(AdminAction action) const
{
    if (isUnlocked())
        return {};
    return makeError(ErrorCode::Refused,
                     Tr::tr("Only the Cité's administrator may %1: the admin password is needed.")
                         .arg(adminActionName(action)),
                     QStringLiteral("password"));
}

Status AdminSession::authorizeDeletion(const QDate &entryDay) const
{
    if (!deletionNeedsAdmin(entryDay, now().date()))
        return {};
    return authorize(AdminAction::DeleteEarlierEntry);
}

} // namespace passages
