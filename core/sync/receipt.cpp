// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/receipt.h"

#include "core/sync/trust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passages {

namespace {

const QString kFormat = QStringLiteral("passages-receipt");
const QString kSuffix = QStringLiteral(".json");

} // namespace

QByteArray Receipt::encode() const
{
    QJsonArray entries;
    for (const ReceiptEntry &e : files) {
        QJsonObject entry;
        entry.insert(QStringLiteral("file"), e.file);
        entry.insert(QStringLiteral("batch_no"), e.batchNo);
        entry.insert(QStringLiteral("hash"), e.hash);
        entry.insert(QStringLiteral("status"), e.status);
        entry.insert(QStringLiteral("reason"), e.reason);
        entry.insert(QStringLiteral("rows"), e.rows);
        entries.append(entry);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("instance"), instance);
    root.insert(QStringLiteral("consolidator"), consolidator);
    root.insert(QStringLiteral("written_utc"), writtenUtc);
    root.insert(QStringLiteral("files"), entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray Receipt::encodeSigned(const QByteArray &secretKey) const
{
    return trust::signDocument(QJsonDocument::fromJson(encode()).object(), secretKey);
}

bool Receipt::verify(const QByteArray &data, const QByteArray &publicKey)
{
    return trust::verifyDocument(data, publicKey).ok();
}

Result<Receipt> Receipt::decode(const QByteArray &data, const QString &name)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(data, &error).object();
    if (error.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != kFormat ||
        !root.value(QStringLiteral("files")).isArray())
        return makeError(ErrorCode::Parse,
                         tr("The receipt %1 on the share is unreadable.").arg(name));
    Receipt receipt;
    receipt.instance = root.value(QStringLiteral("instance")).toString();
    receipt.consolidator = root.value(QStringLiteral("consolidator")).toString();
    receipt.writtenUtc = root.value(QStringLiteral("written_utc")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = value.toObject();
        receipt.files.append({entry.value(QStringLiteral("file")).toString(),
                              entry.value(QStringLiteral("batch_no")).toInteger(),
                              entry.value(QStringLiteral("hash")).toString(),
                              entry.value(QStringLiteral("status")).toString(),
                              entry.value(QStringLiteral("reason")).toString(),
                              entry.value(QStringLiteral("rows")).toInt()});
    }
    return receipt;
}

QString Receipt::fileName(const QString &instance, const QString &consolidator)
{
    return instance + QLatin1Char('.') + consolidator + kSuffix;
}

QString Receipt::instanceOf(const QString &fileName)
{
    if (!fileName.endsWith(kSuffix) || fileName.count(QLatin1Char('.')) != 2)
        return {};
    return fileName.section(QLatin1Char('.'), 0, 0);
}

} // namespace passages
