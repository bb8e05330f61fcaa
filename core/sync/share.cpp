// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/share.h"

#include "core/sync/share_fs.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace passages {

namespace {

const QString kSentinel = QStringLiteral("SHARE_ID");

QString joined(const QString &a, const QString &b)
{
    return a + QLatin1Char('/') + b;
}

bool isPlainUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

} // namespace

Share::Share(ShareFs &fs, QString root) : m_fs(fs), m_root(QDir::cleanPath(std::move(root))) {}

QString Share::desksFolder() const
{
    return joined(m_root, QStringLiteral("desks"));
}

QString Share::deskFolder(const QString &instance) const
{
    return joined(desksFolder(), instance);
}

QString Share::receiptsFolder() const
{
    return joined(m_root, QStringLiteral("receipts"));
}

Status Share::init(const Referential &referential)
{
    if (!m_fs.exists(m_root))
        return makeError(
            ErrorCode::Io,
            tr("The share folder %1 does not exist (is the share mounted?).").arg(m_root),
            QStringLiteral("share-unavailable"));
    if (m_fs.exists(joined(m_root, kSentinel)))
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is already a Passages share.").arg(m_root));
    for (const char *folder : {"desks", "receipts", "referential"})
        if (Status s = m_fs.makeDirs(joined(m_root, QLatin1String(folder))); !s)
            return s;
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    QJsonObject sentinel;
    sentinel.insert(QStringLiteral("format"), 1);
    sentinel.insert(QStringLiteral("share_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    sentinel.insert(QStringLiteral("created_utc"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    sentinel.insert(QStringLiteral("cite"), referential.citeName());
    sentinel.insert(QStringLiteral("key"), QString::fromLatin1(key.toBase64()));
    if (Status s = publishReferential(referential); !s)
        return s;
    // The sentinel goes last: a share is only a share once everything else is there.
    const QString temp = joined(m_root, QStringLiteral(".SHARE_ID.partial"));
    (void)m_fs.remove(temp);
    if (Status s = m_fs.writeNew(temp, QJsonDocument(sentinel).toJson()); !s)
        return s;
    return m_fs.renameNoReplace(temp, joined(m_root, kSentinel));
}

Result<ShareInfo> Share::open()
{
    if (!m_fs.exists(m_root))
        return makeError(
            ErrorCode::Io,
            tr("The share %1 is unavailable (disconnected or not mounted).").arg(m_root),
            QStringLiteral("share-unavailable"));
    const QString sentinelPath = joined(m_root, kSentinel);
    if (!m_fs.exists(sentinelPath))
        return makeError(ErrorCode::Io,
                         tr("%1 is not a prepared Passages share, or the share is not mounted "
                            "there (no SHARE_ID file). An administrator prepares a share once "
                            "with: passages-cli share init --share %1")
                             .arg(m_root),
                         QStringLiteral("share-not-prepared"));
    Result<QByteArray> data = m_fs.read(sentinelPath, kMaxSmallFileBytes);
    if (!data)
        return makeError(ErrorCode::Io, data.error().message, QStringLiteral("share-unavailable"));
    const QJsonObject object = QJsonDocument::fromJson(*data).object();
    ShareInfo info;
    info.shareId = object.value(QStringLiteral("share_id")).toString();
    info.key = QByteArray::fromBase64(object.value(QStringLiteral("key")).toString().toLatin1());
    info.createdUtc = object.value(QStringLiteral("created_utc")).toString();
    info.cite = object.value(QStringLiteral("cite")).toString();
    if (object.value(QStringLiteral("format")).toInt() > 1)
        return makeError(
            ErrorCode::TooNew,
            tr("The share %1 was prepared by a newer version of Passages.").arg(m_root),
            QStringLiteral("share-newer"));
    // share_id names the local cache file (defaultCachePath()): only a plain UUID is
    // accepted, never a path ("x/../../passages/passages" named the desk's own database).
    if (!isPlainUuid(info.shareId) || info.key.size() < 16)
        return makeError(ErrorCode::Corrupt, tr("The SHARE_ID file of %1 is damaged.").arg(m_root),
                         QStringLiteral("share-damaged"));
    return info;
}

Result<std::optional<Referential>> Share::latestReferential()
{
    const QString folder = joined(m_root, QStringLiteral("referential"));
    Result<QStringList> names = m_fs.list(folder, false);
    if (!names)
        return names.error();
    static const QRegularExpression pattern(QStringLiteral("^referential-v(\\d+)\\.json$"));
    int best = 0;
    QString bestName;
    for (const QString &name : *names) {
        const QRegularExpressionMatch m = pattern.match(name);
        if (m.hasMatch() && m.captured(1).toInt() > best) {
            best = m.captured(1).toInt();
            bestName = name;
        }
    }
    if (bestName.isEmpty())
        return std::optional<Referential>();
    Result<QByteArray> data = m_fs.read(joined(folder, bestName), kMaxSmallFileBytes);
    if (!data)
        return data.error();
    Result<Referential> referential = Referential::fromJson(*data);
    if (!referential)
        return makeError(referential.error().code,
                         tr("The referential %1 on the share is invalid: %2")
                             .arg(bestName, referential.error().message));
    referential->setVersion(best);
    return std::optional<Referential>(std::move(referential).value());
}

Status Share::publishReferential(const Referential &referential)
{
    Result<std::optional<Referential>> latest = latestReferential();
    if (!latest && m_fs.exists(joined(m_root, QStringLiteral("referential"))))
        return latest.error();
    if (latest && latest->has_value() && (*latest)->version() >= referential.version())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The share already has referential version %1; publish version %2 "
                            "or higher.")
                             .arg((*latest)->version())
                             .arg((*latest)->version() + 1));
    const QString folder = joined(m_root, QStringLiteral("referential"));
    const QString name = QStringLiteral("referential-v%1.json").arg(referential.version());
    const QString temp = joined(folder, QLatin1Char('.') + name + QStringLiteral(".partial"));
    (void)m_fs.remove(temp);
    if (Status s = m_fs.writeNew(temp, referential.toJson()); !s) {
        (void)m_fs.remove(temp);
        return s;
    }
    return m_fs.renameNoReplace(temp, joined(folder, name));
}

} // namespace passages
