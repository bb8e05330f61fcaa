// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/batch.h"

#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace passages {

namespace {

const QString kFormat = QStringLiteral("passages-batch");

QByteArray line(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted: the same object always gives the same bytes.
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QCryptographicHash::Algorithm hashAlgorithm(int version)
{
    return version <= 1 ? QCryptographicHash::Sha256 : QCryptographicHash::Blake2b_256;
}

QByteArray hmac(QByteArrayView data, const QByteArray &key, int version)
{
    QMessageAuthenticationCode code(hashAlgorithm(version), key);
    code.addData(data.data(), data.size());
    return code.result().toHex();
}

QString prevHashKey(int version)
{
    return version <= 1 ? QStringLiteral("prev_sha256") : QStringLiteral("prev_hash");
}

/// Checked again before parsing (QJsonDocument costs ~10 times a line's size).
constexpr qsizetype kMaxLineBytes = kMaxBatchLineBytes;

Result<QJsonObject> parseLine(QByteArrayView bytes, int number)
{
    if (bytes.size() > kMaxLineBytes)
        return makeError(
            ErrorCode::Parse,
            BatchCodec::tr("line %1 is longer than %2 KB").arg(number).arg(kMaxLineBytes >> 10));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Parse, BatchCodec::tr("line %1 is not a JSON object (%2)")
                                               .arg(number)
                                               .arg(error.errorString()));
    return doc.object();
}

} // namespace

QString BatchName::fileName() const
{
    return QStringLiteral("%1_%2_%3_a%4.jsonl")
        .arg(instance)
        .arg(batchNo, 8, 10, QLatin1Char('0'))
        .arg(hashPrefix)
        .arg(attempt);
}

std::optional<BatchName> BatchName::parse(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_(\\d{8})_([0-9a-f]{16})"
        "_a(\\d{1,4})\\.jsonl$"));
    const QRegularExpressionMatch m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    BatchName name;
    name.instance = m.captured(1);
    name.batchNo = m.captured(2).toLongLong();
    name.hashPrefix = m.captured(3);
    name.attempt = m.captured(4).toInt();
    if (name.batchNo < 1 || name.attempt < 1)
        return std::nullopt;
    return name;
}

QString BatchCodec::contentHash(const QByteArray &data, int version)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, hashAlgorithm(version)).toHex());
}

int BatchCodec::declaredVersion(const QByteArray &data)
{
    const qsizetype end = data.indexOf('\n');
    Result<QJsonObject> header =
        parseLine(QByteArrayView(data).first(end < 0 ? data.size() : end), 1);
    return header ? header->value(QStringLiteral("version")).toInt() : 0;
}

QByteArray BatchCodec::encode(const Batch &batch, const QByteArray &key)
{
    const BatchHeader &h = batch.header;
    QJsonObject header;
    header.insert(QStringLiteral("format"), kFormat);
    header.insert(QStringLiteral("version"), h.version);
    header.insert(QStringLiteral("app"), h.app);
    header.insert(QStringLiteral("instance"), h.instance);
    header.insert(QStringLiteral("parent"), h.parent);
    header.insert(QStringLiteral("site"), h.site);
    header.insert(QStringLiteral("desk"), h.desk);
    header.insert(QStringLiteral("batch_no"), h.batchNo);
    header.insert(QStringLiteral("rows"), int(batch.changes.size()));
    header.insert(prevHashKey(h.version), h.prevHash);
    header.insert(QStringLiteral("created_utc"), h.createdUtc);
    QByteArray data = line(header);
    for (const BatchChange &c : batch.changes) {
        QJsonObject change;
        change.insert(QStringLiteral("seq"), c.seq);
        change.insert(QStringLiteral("entity"), c.entity);
        change.insert(QStringLiteral("id"), c.id);
        change.insert(QStringLiteral("revision"), c.revision);
        change.insert(QStringLiteral("row"), c.row);
        data += line(change);
    }
    QJsonObject trailer;
    trailer.insert(QStringLiteral("end"), true);
    trailer.insert(QStringLiteral("rows"), int(batch.changes.size()));
    if (h.version >= kSignedBatchFormat) {
        trailer.insert(QStringLiteral("key"), trust::toBase64(trust::publicKeyOf(key)));
        const QByteArray signature = trust::sign(data + line(trailer), key);
        trailer.insert(QStringLiteral("sig"), trust::toBase64(signature));
    } else {
        trailer.insert(QStringLiteral("hmac"), QString::fromLatin1(hmac(data, key, h.version)));
    }
    data += line(trailer);
    return data;
}

namespace {

/// The whole file's checks, once every byte is in (BatchReader::finish()).
Result<Batch> decodeWhole(const QByteArray &data, const QByteArray &shareKey)
{
    if (data.isEmpty())
        return makeError(ErrorCode::Parse, BatchCodec::tr("the file is empty"));
    if (!data.endsWith('\n'))
        return makeError(ErrorCode::Parse,
                         BatchCodec::tr("the file is truncated (no final line break)"));
    const qsizetype lastStart = data.lastIndexOf('\n', data.size() - 2) + 1;

    const qsizetype firstEnd = data.indexOf('\n');
    Result<QJsonObject> header = parseLine(QByteArrayView(data).first(firstEnd), 1);
    if (!header)
        return header.error();
    if (header->value(QStringLiteral("format")).toString() != kFormat)
        return makeError(ErrorCode::Parse, BatchCodec::tr("not a Passages batch file"));
    Batch batch;
    BatchHeader &h = batch.header;
    h.version = header->value(QStringLiteral("version")).toInt();
    if (h.version > kBatchFormatVersion)
        return makeError(
            ErrorCode::TooNew,
            BatchCodec::tr("batch format %1 is newer than this version of Passages (%2)")
                .arg(h.version)
                .arg(kBatchFormatVersion));
    if (h.version < 1)
        return makeError(ErrorCode::Parse, BatchCodec::tr("invalid batch format version"));
    h.app = header->value(QStringLiteral("app")).toString();
    h.instance = header->value(QStringLiteral("instance")).toString();
    h.parent = header->value(QStringLiteral("parent")).toString();
    h.site = header->value(QStringLiteral("site")).toString();
    h.desk = header->value(QStringLiteral("desk")).toString();
    h.batchNo = header->value(QStringLiteral("batch_no")).toInteger();
    h.rows = header->value(QStringLiteral("rows")).toInt(-1);
    h.prevHash = header->value(prevHashKey(h.version)).toString();
    h.createdUtc = header->value(QStringLiteral("created_utc")).toString();

    Result<QJsonObject> trailer = parseLine(
        QByteArrayView(data).sliced(lastStart, data.size() - lastStart - 1), int(data.count('\n')));
    if (lastStart <= firstEnd || !trailer || !trailer->value(QStringLiteral("end")).toBool())
        return makeError(ErrorCode::Parse, BatchCodec::tr("the file is truncated (no end line)"));
    // The trailer is part of what is signed: only its canonical bytes are accepted.
    if (data.mid(lastStart) != line(*trailer))
        return makeError(ErrorCode::Parse, BatchCodec::tr("the end line was altered"));
    if (h.version >= kSignedBatchFormat) {
        QJsonObject signedPart = *trailer;
        signedPart.remove(QStringLiteral("sig"));
        batch.signer = trust::fromBase64(trailer->value(QStringLiteral("key")));
        if (!trust::verify(data.left(lastStart) + line(signedPart),
                           trust::fromBase64(trailer->value(QStringLiteral("sig"))), batch.signer))
            return makeError(ErrorCode::Parse,
                             BatchCodec::tr("the signature does not match (damaged or altered)"));
    } else if (trailer->value(QStringLiteral("hmac")).toString().toLatin1() !=
               hmac(QByteArrayView(data).first(lastStart), shareKey, h.version)) {
        return makeError(
            ErrorCode::Parse,
            BatchCodec::tr("the signature does not match (damaged, or written for another share)"));
    }

    int number = 1;
    qsizetype start = firstEnd + 1;
    // Never more than the file's lines: `rows` is the file's word.
    batch.changes.reserve(std::clamp<qsizetype>(h.rows, 0, data.count('\n')));
    while (start < lastStart) {
        const qsizetype end = data.indexOf('\n', start);
        ++number;
        Result<QJsonObject> object =
            parseLine(QByteArrayView(data).sliced(start, end - start), number);
        if (!object)
            return object.error();
        BatchChange change;
        change.seq = object->value(QStringLiteral("seq")).toInteger();
        change.entity = object->value(QStringLiteral("entity")).toString();
        change.id = object->value(QStringLiteral("id")).toString();
        change.revision = object->value(QStringLiteral("revision")).toInt();
        change.row = object->value(QStringLiteral("row")).toObject();
        if (change.entity.isEmpty() || change.id.isEmpty() || change.revision < 1 ||
            change.row.value(QStringLiteral("id")).toString() != change.id)
            return makeError(ErrorCode::Parse,
                             BatchCodec::tr("line %1 is not a valid change").arg(number));
        batch.changes.append(std::move(change));
        start = end + 1;
    }
    if (batch.changes.size() != h.rows || trailer->value(QStringLiteral("rows")).toInt() != h.rows)
        return makeError(ErrorCode::Parse,
                         BatchCodec::tr("the header announces %1 rows, the file holds %2")
                             .arg(h.rows)
                             .arg(batch.changes.size()));
    return batch;
}

} // namespace

Status BatchReader::addLine(QByteArrayView line)
{
    ++m_lines;
    const QByteArrayView content = line.endsWith('\n') ? line.chopped(1) : line;
    if (content.size() > kMaxLineBytes)
        return makeError(
            ErrorCode::Parse,
            BatchCodec::tr("line %1 is longer than %2 KB").arg(m_lines).arg(kMaxLineBytes >> 10));
    m_data.append(line);
    if (m_lines == 1) {
        // The header decides whether the rest is worth reading at all.
        Result<QJsonObject> header = parseLine(content, 1);
        if (!header)
            return header.error();
        if (header->value(QStringLiteral("format")).toString() != kFormat)
            return makeError(ErrorCode::Parse, BatchCodec::tr("not a Passages batch file"));
        const int version = header->value(QStringLiteral("version")).toInt();
        m_hash.emplace(hashAlgorithm(
            version >= 1 && version <= kBatchFormatVersion ? version : kBatchFormatVersion));
    }
    m_hash->addData(line);
    return {};
}

Result<Batch> BatchReader::finish(const QByteArray &shareKey) const
{
    return decodeWhole(m_data, shareKey);
}

QString BatchReader::contentHash() const
{
    if (!m_hash)
        return BatchCodec::contentHash(m_data);
    return QString::fromLatin1(m_hash->result().toHex());
}

Status BatchReader::readFile(ShareFs &fs, const QString &path, BatchReader &reader)
{
    return fs.readLines(path, kMaxBatchFileBytes, kMaxBatchLineBytes + 1,
                        [&reader](QByteArrayView line) { return reader.addLine(line); });
}

Result<Batch> BatchCodec::decode(const QByteArray &data, const QByteArray &shareKey)
{
    // The same reader as a file on the share, over bytes already in memory.
    BatchReader reader;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        end = end < 0 ? data.size() : end + 1;
        if (Status s = reader.addLine(QByteArrayView(data).sliced(start, end - start)); !s)
            return s.error();
        start = end;
    }
    return reader.finish(shareKey);
}

} // namespace passages
