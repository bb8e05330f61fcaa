// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace passages {

class Database;

/// The signatures that make a share anyone can write to trustworthy (docs/trust-model.md).
/// Everything here is libsodium: Ed25519 signatures (crypto_sign), Argon2id password
/// hashing (crypto_pwhash) and XSalsa20-Poly1305 (crypto_secretbox) for the admin's
/// secret key at rest. Nothing home-made: this file only names the calls and encodes
/// their results as base64 inside JSON.
namespace trust {

/// An Ed25519 key pair. The secret key is libsodium's 64 bytes (seed + public key).
struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes, never written to the share in clear
    bool isValid() const;
};

/// The roles an approval grants.
inline const QString kRoleDesk = QStringLiteral("desk");
inline const QString kRoleConsolidator = QStringLiteral("consolidator");

KeyPair generateKeyPair();
/// The public key inside a libsodium secret key.
QByteArray publicKeyOf(const QByteArray &secretKey);
/// A detached Ed25519 signature (64 bytes).
QByteArray sign(QByteArrayView message, const QByteArray &secretKey);
bool verify(QByteArrayView message, const QByteArray &signature, const QByteArray &publicKey);

/// The secret key sealed under a password: Argon2id derives a key from the password and a
/// random salt, crypto_secretbox encrypts and authenticates. The cost parameters travel
/// with the sealed key, so they can be raised later without breaking older files.
QJsonObject seal(const QByteArray &secretKey, const QString &password);
/// ErrorCode::InvalidArgument with field "password" for a wrong password.
Result<QByteArray> unseal(const QJsonObject &sealed, const QString &password);

/// A JSON document signed whole: its compact encoding (keys sorted) without "sig" is
/// the message, "sig" (base64) the signature. `signer` names the key that signed.
QByteArray signDocument(QJsonObject body, const QByteArray &secretKey);
/// The document's fields (without "sig") when it is one signed by `publicKey`.
Result<QJsonObject> verifyDocument(const QByteArray &data, const QByteArray &publicKey);
/// The fields of a signed document, unverified (to learn who claims to have signed it).
QJsonObject documentBody(const QByteArray &data);

/// A short printable fingerprint of a public key ("3F2A-91C0-..."), for people comparing
/// a request on the screen with the desk in front of them.
QString fingerprint(const QByteArray &publicKey);

QString toBase64(const QByteArray &bytes);
QByteArray fromBase64(const QJsonValue &value);

/// This database's own key pair (a desk's, or a consolidation cache's), made on first
/// use and kept in its `meta` table: never on the share.
Result<KeyPair> localKeys(Database &db);
/// The same over any store of small settings (the network database's, per Cité).
Result<KeyPair> localKeys(const std::function<Result<QString>(const QString &)> &meta,
                          const std::function<Status(const QString &, const QString &)> &setMeta);

/// The password to unlock the admin key, from PASSAGES_ADMIN_PASSWORD when set (scripts,
/// tests), never from a command-line argument (visible in `ps`).
QString passwordFromEnvironment();

} // namespace trust

} // namespace passages
