// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/trust.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <sodium.h>

namespace passages::trust {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("passages::trust", text);
}

void ready()
{
    // sodium_init() is thread-safe and idempotent; it fails only without a random source.
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        qFatal("libsodium could not be initialised");
}

QByteArray compact(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted: the same fields always give the same bytes.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QString kSig = QStringLiteral("sig");

} // namespace

bool KeyPair::isValid() const
{
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           secretKey.size() == crypto_sign_SECRETKEYBYTES;
}

KeyPair generateKeyPair()
{
    ready();
    KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    ready();
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return pk;
}

QByteArray sign(QByteArrayView message, const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    ready();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool verify(QByteArrayView message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    ready();
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.data()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QJsonObject seal(const QByteArray &secretKey, const QString &password)
{
    ready();
    const QByteArray pass = password.toUtf8();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    // Interactive limits: about a tenth of a second and 64 MiB on a desk PC, once per
    // approval; enough against guessing since the sealed key sits on an open share.
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()),
                      pass.constData(), quint64(pass.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        qFatal("crypto_pwhash: out of memory");
    QByteArray box(secretKey.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                          reinterpret_cast<const unsigned char *>(secretKey.constData()),
                          quint64(secretKey.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    QJsonObject sealed;
    sealed.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
    sealed.insert(QStringLiteral("ops"), qint64(ops));
    sealed.insert(QStringLiteral("mem"), qint64(mem));
    sealed.insert(QStringLiteral("salt"), toBase64(salt));
    sealed.insert(QStringLiteral("nonce"), toBase64(nonce));
    sealed.insert(QStringLiteral("box"), toBase64(box));
    return sealed;
}

Result<QByteArray> unseal(const QJsonObject &sealed, const QString &password)
{
    ready();
    const QByteArray salt = fromBase64(sealed.value(QStringLiteral("salt")));
    const QByteArray nonce = fromBase64(sealed.value(QStringLiteral("nonce")));
    const QByteArray box = fromBase64(sealed.value(QStringLiteral("box")));
    const qint64 ops = sealed.value(QStringLiteral("ops")).toInteger();
    const qint64 mem = sealed.value(QStringLiteral("mem")).toInteger();
    // Bounds so a planted file cannot make the PC spend minutes or gigabytes.
    if (sealed.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13") ||
        salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
        box.size() != crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES ||
        ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || ops > 16 ||
        mem < qint64(crypto_pwhash_MEMLIMIT_MIN) || mem > qint64(1) << 30)
        return makeError(ErrorCode::Corrupt, tr("The sealed administrator key is damaged."));
    const QByteArray pass = password.toUtf8();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), quint64(key.size()),
                      pass.constData(), quint64(pass.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), quint64(ops),
                      size_t(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorCode::Io, tr("Not enough memory to check the password."));
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char *>(secret.data()),
        reinterpret_cast<const unsigned char *>(box.constData()), quint64(box.size()),
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    if (opened != 0)
        return makeError(ErrorCode::InvalidArgument, tr("Wrong administrator password."),
                         QStringLiteral("password"));
    return secret;
}

QByteArray signDocument(QJsonObject body, const QByteArray &secretKey)
{
    body.remove(kSig);
    const QByteArray signature = sign(compact(body), secretKey);
    body.insert(kSig, toBase64(signature));
    return compact(body);
}

QJsonObject documentBody(const QByteArray &data)
{
    QJsonObject object = QJsonDocument::fromJson(data).object();
    object.remove(kSig);
    return object;
}

Result<QJsonObject> verifyDocument(const QByteArray &data, const QByteArray &publicKey)
{
    QJsonParseError error;
    QJsonObject object = QJsonDocument::fromJson(data, &error).object();
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Parse, tr("not a JSON document (%1)").arg(error.errorString()));
    const QByteArray signature = fromBase64(object.value(kSig));
    object.remove(kSig);
    if (!verify(compact(object), signature, publicKey))
        return makeError(ErrorCode::Parse, tr("the signature does not verify"),
                         QStringLiteral("signature"));
    return object;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex =
        QCryptographicHash::hash(publicKey, QCryptographicHash::Blake2b_256).toHex().toUpper();
    QStringList groups;
    for (int i = 0; i < 16; i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QString toBase64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() > 4096)
        return {};
    QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

Result<KeyPair> localKeys(Database &db)
{
    return localKeys(
        [&db](const QString &key) { return db.readMeta(key); },
        [&db](const QString &key, const QString &value) { return db.setMeta(key, value); });
}

Result<KeyPair> localKeys(const std::function<Result<QString>(const QString &)> &meta,
                          const std::function<Status(const QString &, const QString &)> &setMeta)
{
    const Result<QString> secret = meta(QStringLiteral("sign_secret"));
    if (!secret)
        return secret.error();
    const QByteArray stored = QByteArray::fromBase64(secret->toLatin1());
    if (stored.size() == crypto_sign_SECRETKEYBYTES)
        return KeyPair{publicKeyOf(stored), stored};
    const KeyPair pair = generateKeyPair();
    if (Status s = setMeta(QStringLiteral("sign_secret"), toBase64(pair.secretKey)); !s)
        return s.error();
    if (Status s = setMeta(QStringLiteral("sign_public"), toBase64(pair.publicKey)); !s)
        return s.error();
    return pair;
}

QString passwordFromEnvironment()
{
    return QString::fromLocal8Bit(qgetenv("PASSAGES_ADMIN_PASSWORD"));
}

} // namespace passages::trust
