// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/share.h"

#include "core/sync/batch.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"

#include <QCryptographicHash>
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

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const QString kSigSuffix = QStringLiteral(".sig");
/// An identity as a file name: a UUID, nothing that could leave the folder.
const QRegularExpression &identityPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern;
}

QByteArray referentialHash(const QByteArray &json)
{
    return QCryptographicHash::hash(json, QCryptographicHash::Blake2b_256).toHex();
}

bool isPlainUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

} // namespace

QJsonObject JoinRequest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("passages-join"));
    o.insert(QStringLiteral("instance"), instance);
    o.insert(QStringLiteral("parent"), parent);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("site"), site);
    o.insert(QStringLiteral("desk"), desk);
    o.insert(QStringLiteral("key"), trust::toBase64(key));
    o.insert(QStringLiteral("legacy_batches"), legacyBatches);
    o.insert(QStringLiteral("requested_utc"), requestedUtc);
    return o;
}

JoinRequest JoinRequest::fromJson(const QJsonObject &o)
{
    JoinRequest r;
    r.instance = o.value(QStringLiteral("instance")).toString();
    r.parent = o.value(QStringLiteral("parent")).toString();
    r.role = o.value(QStringLiteral("role")).toString();
    r.site = o.value(QStringLiteral("site")).toString().left(200);
    r.desk = o.value(QStringLiteral("desk")).toString().left(200);
    r.key = trust::fromBase64(o.value(QStringLiteral("key")));
    r.legacyBatches = std::max<qint64>(0, o.value(QStringLiteral("legacy_batches")).toInteger());
    r.requestedUtc = o.value(QStringLiteral("requested_utc")).toString().left(40);
    return r;
}

Share::Share(ShareFs &fs, QString root) : m_fs(fs), m_root(QDir::cleanPath(std::move(root))) {}

QString Share::desksFolder() const
{
    return joined(m_root, QStringLiteral("desks"));
}

QString Share::deskFolder(const QString &instance) const
{
    return joined(desksFolder(), instance);
}

Result<QList<std::pair<QString, QString>>> Share::deskFiles(const QString &instance) const
{
    const QString folder = deskFolder(instance);
    Result<QStringList> years = m_fs.list(folder, true);
    if (!years)
        return makeError(ErrorCode::ShareUnavailable, years.error().message);
    QList<std::pair<QString, QString>> found;
    for (const QString &year : *years) {
        Result<QStringList> files = m_fs.list(folder + QLatin1Char('/') + year, false);
        if (!files)
            return makeError(ErrorCode::ShareUnavailable, files.error().message);
        for (const QString &file : *files)
            found.append({year, file});
    }
    return found;
}

QString Share::receiptsFolder() const
{
    return joined(m_root, QStringLiteral("receipts"));
}

Status Share::init(const Referential &referential, const QString &adminPassword)
{
    if (!m_fs.exists(m_root))
        return makeError(
            ErrorCode::ShareUnavailable,
            tr("The share folder %1 does not exist (is the share mounted?).").arg(m_root));
    if (m_fs.exists(joined(m_root, kSentinel)))
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is already a Passages share.").arg(m_root));
    if (adminPassword.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("An administrator password is required to prepare a share."),
                         QStringLiteral("password"));
    for (const char *folder :
         {"desks", "receipts", "referential", "trust/requests", "trust/approved"})
        if (Status s = m_fs.makeDirs(m_root, QLatin1String(folder)); !s)
            return s;
    const trust::KeyPair admin = trust::generateKeyPair();
    if (Status s = writeReplacing(joined(trustFolder(), QStringLiteral("admin-key.json")),
                                  QJsonDocument(trust::seal(admin.secretKey, adminPassword))
                                      .toJson(QJsonDocument::Compact));
        !s)
        return s;
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    QJsonObject sentinel;
    sentinel.insert(QStringLiteral("format"), 2);
    sentinel.insert(QStringLiteral("admin_key"), trust::toBase64(admin.publicKey));
    sentinel.insert(QStringLiteral("share_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    sentinel.insert(QStringLiteral("created_utc"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    sentinel.insert(QStringLiteral("cite"), referential.citeName());
    sentinel.insert(QStringLiteral("key"), QString::fromLatin1(key.toBase64()));
    if (Status s = publishReferential(referential, admin.secretKey); !s)
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
            ErrorCode::ShareUnavailable,
            tr("The share %1 is unavailable (disconnected or not mounted).").arg(m_root));
    const QString sentinelPath = joined(m_root, kSentinel);
    if (!m_fs.exists(sentinelPath))
        return makeError(ErrorCode::ShareNotPrepared,
                         tr("%1 is not a prepared Passages share, or the share is not mounted "
                            "there (no SHARE_ID file). An administrator prepares a share once "
                            "with: passages-cli share init --share %1")
                             .arg(m_root));
    Result<QByteArray> data = m_fs.read(sentinelPath, kMaxSmallFileBytes);
    if (!data)
        return makeError(ErrorCode::ShareUnavailable, data.error().message);
    const QJsonObject object = QJsonDocument::fromJson(*data).object();
    ShareInfo info;
    info.shareId = object.value(QStringLiteral("share_id")).toString();
    info.key = QByteArray::fromBase64(object.value(QStringLiteral("key")).toString().toLatin1());
    info.createdUtc = object.value(QStringLiteral("created_utc")).toString();
    info.cite = object.value(QStringLiteral("cite")).toString();
    info.format = object.value(QStringLiteral("format")).toInt();
    info.adminKey = trust::fromBase64(object.value(QStringLiteral("admin_key")));
    if (info.format > 2)
        return makeError(
            ErrorCode::ShareNewer,
            tr("The share %1 was prepared by a newer version of Passages.").arg(m_root));
    // share_id names the local cache file (defaultCachePath()): only a plain UUID is
    // accepted, never a path ("x/../../passages/passages" named the desk's own database).
    if (!isPlainUuid(info.shareId) || info.key.size() < 16 ||
        (info.format == 2 && info.adminKey.size() != 32))
        return makeError(ErrorCode::ShareDamaged,
                         tr("The SHARE_ID file of %1 is damaged.").arg(m_root));
    return info;
}

Result<std::optional<Referential>> Share::latestReferential(const QByteArray &adminKey,
                                                            QStringList *ignored)
{
    const QString folder = joined(m_root, QStringLiteral("referential"));
    Result<QStringList> names = m_fs.list(folder, false);
    if (!names)
        return names.error();
    static const QRegularExpression pattern(QStringLiteral("^referential-v(\\d{1,6})\\.json$"));
    QList<std::pair<int, QString>> versions;
    for (const QString &name : *names)
        if (const QRegularExpressionMatch m = pattern.match(name); m.hasMatch())
            versions.append({m.captured(1).toInt(), name});
    std::sort(versions.begin(), versions.end(), std::greater<>());
    for (const auto &[version, name] : std::as_const(versions)) {
        Result<QByteArray> data = m_fs.read(joined(folder, name), kMaxSmallFileBytes);
        if (!data)
            return data.error();
        if (!adminKey.isEmpty()) {
            // Only what the Cité's admin signed: a dropped file cannot retire a pôle.
            Result<QByteArray> sig =
                m_fs.read(joined(folder, name + kSigSuffix), kMaxSmallFileBytes);
            Result<QJsonObject> signedBody =
                sig ? trust::verifyDocument(*sig, adminKey) : Result<QJsonObject>(sig.error());
            if (!signedBody || signedBody->value(QStringLiteral("file")).toString() != name ||
                signedBody->value(QStringLiteral("hash")).toString().toLatin1() !=
                    referentialHash(*data)) {
                if (ignored)
                    *ignored << tr("The referential %1 on the share is not signed by the "
                                   "administrator key; it is ignored.")
                                    .arg(name);
                continue;
            }
        }
        Result<Referential> referential = Referential::fromJson(*data);
        if (!referential)
            return makeError(referential.error().code,
                             tr("The referential %1 on the share is invalid: %2")
                                 .arg(name, referential.error().message));
        referential->setVersion(version);
        return std::optional<Referential>(std::move(referential).value());
    }
    return std::optional<Referential>();
}

Status Share::signReferential(const QString &name, const QByteArray &json,
                              const QByteArray &adminSecret)
{
    QJsonObject body;
    body.insert(QStringLiteral("format"), QStringLiteral("passages-referential-signature"));
    body.insert(QStringLiteral("file"), name);
    body.insert(QStringLiteral("hash"), QString::fromLatin1(referentialHash(json)));
    return writeReplacing(joined(joined(m_root, QStringLiteral("referential")), name + kSigSuffix),
                          trust::signDocument(body, adminSecret));
}

Status Share::publishReferential(const Referential &referential, const QByteArray &adminSecret)
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
    const QByteArray json = referential.toJson();
    // The signature first: once the version is visible, its signature is there.
    if (Status s = signReferential(name, json, adminSecret); !s)
        return s;
    const QString temp = joined(folder, QLatin1Char('.') + name + QStringLiteral(".partial"));
    (void)m_fs.remove(temp);
    if (Status s = m_fs.writeNew(temp, json); !s) {
        (void)m_fs.remove(temp);
        return s;
    }
    return m_fs.renameNoReplace(temp, joined(folder, name));
}

QString Share::trustFolder() const
{
    return joined(m_root, QStringLiteral("trust"));
}

Status Share::writeReplacing(const QString &path, const QByteArray &data)
{
    return m_fs.replace(path, data);
}

Result<ShareInfo> Share::openSigned()
{
    Result<ShareInfo> info = open();
    if (info && info->format < 2)
        return makeError(ErrorCode::ShareOutdated,
                         tr("The share %1 has no administrator key yet: upgrade it first with "
                            "passages-cli share upgrade --share %1")
                             .arg(m_root));
    return info;
}

Result<QByteArray> Share::unlockAdmin(const QString &password)
{
    Result<ShareInfo> info = openSigned();
    if (!info)
        return info.error();
    Result<QByteArray> data =
        m_fs.read(joined(trustFolder(), QStringLiteral("admin-key.json")), kMaxSmallFileBytes);
    if (!data)
        return data.error();
    Result<QByteArray> secret = trust::unseal(QJsonDocument::fromJson(*data).object(), password);
    if (!secret)
        return secret;
    if (trust::publicKeyOf(*secret) != info->adminKey)
        return makeError(ErrorCode::Corrupt,
                         tr("The sealed administrator key does not match the share's SHARE_ID."));
    return secret;
}

Status Share::requestJoin(const JoinRequest &request, const QByteArray &secretKey)
{
    if (!identityPattern().match(request.instance).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Invalid identity %1.").arg(request.instance));
    const QString folder = joined(trustFolder(), QStringLiteral("requests"));
    // Every time, not only when missing: a link planted at trust/ is refused here.
    if (Status s = m_fs.makeDirs(m_root, QStringLiteral("trust/requests")); !s)
        return s;
    return writeReplacing(joined(folder, request.instance + QStringLiteral(".json")),
                          trust::signDocument(request.toJson(), secretKey));
}

TrustState Share::trust(const QByteArray &adminKey)
{
    TrustState state;
    const QString approvedFolder = joined(trustFolder(), QStringLiteral("approved"));
    const QString requestsFolder = joined(trustFolder(), QStringLiteral("requests"));
    const auto files = [this](const QString &folder) {
        Result<QStringList> names =
            m_fs.exists(folder) ? m_fs.list(folder, false) : Result<QStringList>(QStringList());
        QStringList result;
        for (const QString &name : names ? *names : QStringList())
            if (name.endsWith(QLatin1String(".json")) &&
                identityPattern().match(name.chopped(5)).hasMatch())
                result << name;
        return result;
    };
    for (const QString &name : files(approvedFolder)) {
        Result<QByteArray> data = m_fs.read(joined(approvedFolder, name), kMaxSmallFileBytes);
        Result<QJsonObject> body =
            data ? trust::verifyDocument(*data, adminKey) : Result<QJsonObject>(data.error());
        const JoinRequest request = body ? JoinRequest::fromJson(*body) : JoinRequest();
        if (!body || request.instance != name.chopped(5)) {
            state.problems << tr("The approval %1 is not signed by the administrator key; it "
                                 "is ignored.")
                                  .arg(name);
            continue;
        }
        state.approved.insert(request.instance,
                              {request, body->value(QStringLiteral("approved_utc")).toString()});
    }
    for (const QString &name : files(requestsFolder)) {
        Result<QByteArray> data = m_fs.read(joined(requestsFolder, name), kMaxSmallFileBytes);
        if (!data)
            continue;
        const JoinRequest claimed = JoinRequest::fromJson(trust::documentBody(*data));
        if (claimed.instance != name.chopped(5) || !trust::verifyDocument(*data, claimed.key)) {
            state.problems << tr("The join request %1 is not signed by its own key; it is "
                                 "ignored.")
                                  .arg(name);
            continue;
        }
        const auto approved = state.approved.constFind(claimed.instance);
        if (approved != state.approved.constEnd() && approved->request.key == claimed.key)
            continue;
        state.pending << claimed;
    }
    return state;
}

Status Share::approve(const JoinRequest &request, const QByteArray &adminSecret)
{
    if (!identityPattern().match(request.instance).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Invalid identity %1.").arg(request.instance));
    const QString folder = joined(trustFolder(), QStringLiteral("approved"));
    // Every time, not only when missing: a link planted at trust/ is refused here.
    if (Status s = m_fs.makeDirs(m_root, QStringLiteral("trust/approved")); !s)
        return s;
    JoinRequest approved = request;
    const TrustState current = trust(trust::publicKeyOf(adminSecret));
    if (const auto earlier = current.approved.constFind(request.instance);
        earlier != current.approved.constEnd())
        approved.legacyBatches = std::max(approved.legacyBatches, earlier->request.legacyBatches);
    QJsonObject body = approved.toJson();
    body.insert(QStringLiteral("format"), QStringLiteral("passages-approval"));
    body.insert(QStringLiteral("approved_utc"), nowUtc());
    if (Status s = writeReplacing(joined(folder, request.instance + QStringLiteral(".json")),
                                  trust::signDocument(body, adminSecret));
        !s)
        return s;
    (void)m_fs.remove(joined(joined(trustFolder(), QStringLiteral("requests")),
                             request.instance + QStringLiteral(".json")));
    return {};
}

Result<TrustState> Share::adminTrust()
{
    Result<ShareInfo> info = openSigned();
    if (!info)
        return info.error();
    return trust(info->adminKey);
}

Result<QList<JoinRequest>> Share::approvePending(const QStringList &ids,
                                                 const std::function<QString()> &password)
{
    Result<TrustState> state = adminTrust();
    if (!state)
        return state.error();
    QList<JoinRequest> chosen;
    if (ids.isEmpty()) {
        chosen = state->pending;
        if (chosen.isEmpty())
            return makeError(ErrorCode::NotFound, tr("No desk is waiting for approval."));
    }
    for (const QString &id : ids) {
        QList<JoinRequest> matching;
        for (const JoinRequest &r : std::as_const(state->pending))
            if (r.instance == id || (id.size() >= 8 && r.instance.startsWith(id)))
                matching << r;
        if (matching.isEmpty())
            return makeError(ErrorCode::NotFound,
                             tr("No pending request for %1 (approved meanwhile, or withdrawn).")
                                 .arg(id.left(64)));
        if (matching.size() > 1)
            return makeError(
                ErrorCode::Ambiguous,
                tr("%1 names several requests: give the whole identity.").arg(id.left(64)),
                QStringLiteral("identity"));
        if (!std::any_of(chosen.cbegin(), chosen.cend(), [&](const JoinRequest &r) {
                return r.instance == matching.first().instance;
            }))
            chosen << matching.first();
    }
    const QString typed = password ? password() : QString();
    if (typed.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The administrator password is required to approve a desk."),
                         QStringLiteral("password"));
    Result<QByteArray> admin = unlockAdmin(typed);
    if (!admin)
        return admin.error();
    QList<JoinRequest> approved;
    for (const JoinRequest &r : std::as_const(chosen)) {
        if (Status s = approve(r, *admin); !s)
            return s.error();
        approved << r;
    }
    return approved;
}

Result<int> Share::upgrade(const QString &adminPassword)
{
    Result<ShareInfo> info = open();
    if (!info)
        return info.error();
    if (info->format >= 2)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The share %1 is already upgraded.").arg(m_root));
    if (adminPassword.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("An administrator password is required to upgrade a share."),
                         QStringLiteral("password"));
    const trust::KeyPair admin = trust::generateKeyPair();
    for (const char *folder : {"trust/requests", "trust/approved"})
        if (Status s = m_fs.makeDirs(m_root, QLatin1String(folder)); !s)
            return s.error();
    if (Status s = writeReplacing(joined(trustFolder(), QStringLiteral("admin-key.json")),
                                  QJsonDocument(trust::seal(admin.secretKey, adminPassword))
                                      .toJson(QJsonDocument::Compact));
        !s)
        return s.error();
    // The referential versions already there are the Cité's: signed as they are.
    const QString refFolder = joined(m_root, QStringLiteral("referential"));
    if (Result<QStringList> names = m_fs.list(refFolder, false); names)
        for (const QString &name : *names)
            if (name.startsWith(QLatin1String("referential-v")) &&
                name.endsWith(QLatin1String(".json")))
                if (Result<QByteArray> json =
                        m_fs.read(joined(refFolder, name), kMaxSmallFileBytes);
                    json)
                    if (Status s = signReferential(name, *json, admin.secretKey); !s)
                        return s.error();
    // Every desk identity with batches here is approved for those batches (format < 3,
    // HMAC): the old files stay importable; new ones need the desk's own approved key.
    int desks = 0;
    if (Result<QStringList> instances = m_fs.list(desksFolder(), true); instances) {
        for (const QString &instance : *instances) {
            if (!identityPattern().match(instance).hasMatch())
                continue;
            qint64 highest = 0;
            if (Result<QStringList> years = m_fs.list(deskFolder(instance), true); years)
                for (const QString &year : *years)
                    if (Result<QStringList> files =
                            m_fs.list(joined(deskFolder(instance), year), false);
                        files)
                        for (const QString &file : *files)
                            if (const std::optional<BatchName> name = BatchName::parse(file);
                                name && name->instance == instance)
                                highest = std::max(highest, name->batchNo);
            if (highest == 0)
                continue;
            JoinRequest legacy;
            legacy.instance = instance;
            legacy.role = trust::kRoleDesk;
            legacy.legacyBatches = highest;
            legacy.requestedUtc = nowUtc();
            if (Status s = approve(legacy, admin.secretKey); !s)
                return s.error();
            ++desks;
        }
    }
    // The sentinel last: until it names the admin key, the share reads as before.
    Result<QByteArray> data = m_fs.read(joined(m_root, kSentinel), kMaxSmallFileBytes);
    if (!data)
        return data.error();
    QJsonObject sentinel = QJsonDocument::fromJson(*data).object();
    sentinel.insert(QStringLiteral("format"), 2);
    sentinel.insert(QStringLiteral("admin_key"), trust::toBase64(admin.publicKey));
    if (Status s = writeReplacing(joined(m_root, kSentinel), QJsonDocument(sentinel).toJson()); !s)
        return s.error();
    return desks;
}

} // namespace passages
