// SPDX-License-Identifier: GPL-3.0-or-later
// The batch reader, on what anyone may drop on the share. Twice per input: as it is
// (a forged or damaged file stops at the header or the signature), and as the body of a
// format 3 file signed whole with the fuzzing desk's Ed25519 key, so the header checks
// and the row parsing behind the signature are reached too. Both go through
// BatchReader, line by line, as the consolidation reads a file from the share.
#include "fuzz_support.h"

#include "core/sync/batch.h"
#include "core/sync/trust.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    passages::fuzz::startQt();
    return 0;
}

namespace {

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

/// The file as the share hands it over: a line at a time, the result of finish().
void readStreamed(const QByteArray &file, const QByteArray &shareKey)
{
    using namespace passages;
    BatchReader reader;
    for (qsizetype start = 0; start < file.size();) {
        qsizetype end = file.indexOf('\n', start);
        end = end < 0 ? file.size() : end + 1;
        if (!reader.addLine(QByteArrayView(file).sliced(start, end - start)))
            return;
        start = end;
    }
    (void)reader.contentHash();
    (void)reader.finish(shareKey);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace passages;
    static const QByteArray shareKey(32, 'k');
    static const trust::KeyPair desk = trust::generateKeyPair();
    const QByteArray input = fuzz::bytes(data, size);
    (void)BatchCodec::declaredVersion(input);
    (void)BatchCodec::contentHash(input);
    (void)BatchCodec::decode(input, shareKey);
    readStreamed(input, shareKey);

    // The input as the header and rows of a file, closed by a format 3 trailer: the
    // desk's public key, the row count, the signature over every preceding byte and the
    // trailer without its "sig".
    QByteArray body = input;
    if (!body.endsWith('\n'))
        body += '\n';
    QJsonObject trailer;
    trailer.insert(QStringLiteral("end"), true);
    trailer.insert(QStringLiteral("key"), trust::toBase64(desk.publicKey));
    trailer.insert(QStringLiteral("rows"), int(body.count('\n')) - 1);
    const QByteArray signature = trust::sign(body + line(trailer), desk.secretKey);
    trailer.insert(QStringLiteral("sig"), trust::toBase64(signature));
    const QByteArray file = body + line(trailer);
    (void)BatchCodec::decode(file, shareKey);
    readStreamed(file, shareKey);
    return 0;
}
