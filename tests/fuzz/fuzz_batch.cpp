// SPDX-License-Identifier: GPL-3.0-or-later
// The batch reader, on what anyone may drop on the share. Twice per input: as it is
// (a forged or damaged file stops at the signature), and re-signed with the fuzzing key
// so the header and row parsing behind the signature are reached too.
#include "fuzz_support.h"

#include "core/sync/batch.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    passages::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace passages;
    static const QByteArray key(32, 'k');
    const QByteArray input = fuzz::bytes(data, size);
    (void)BatchCodec::declaredVersion(input);
    (void)BatchCodec::contentHash(input);
    (void)BatchCodec::decode(input, key);

    // The input as the body of a file (header and rows), closed by a trailer signed the
    // way format 1 and 2 files are.
    QByteArray body = input;
    if (!body.endsWith('\n'))
        body += '\n';
    const int version = BatchCodec::declaredVersion(body);
    QMessageAuthenticationCode mac(
        version <= 1 ? QCryptographicHash::Sha256 : QCryptographicHash::Blake2b_256, key);
    mac.addData(body);
    QJsonObject trailer;
    trailer.insert(QStringLiteral("end"), true);
    trailer.insert(QStringLiteral("rows"), int(body.count('\n')) - 1);
    trailer.insert(QStringLiteral("hmac"), QString::fromLatin1(mac.result().toHex()));
    (void)BatchCodec::decode(body + QJsonDocument(trailer).toJson(QJsonDocument::Compact) + '\n',
                             key);
    return 0;
}
