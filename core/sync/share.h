// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include <optional>

namespace passages {

class ShareFs;

/// What the SHARE_ID sentinel at the share root says.
struct ShareInfo
{
    QString shareId;
    /// Signed batch files before format 3 (HMAC). Every desk reads it, so it proves
    /// nothing about who wrote a file: since format 3 only desk keys approved by the
    /// admin key do (docs/trust-model.md).
    QByteArray key;
    QString createdUtc;
    QString cite;
    int format = 0;      ///< 1: before signatures (to upgrade), 2: signed
    QByteArray adminKey; ///< the Cité's admin public key (format 2)
};

/// A desk's (or a consolidating PC's) request to join the share: its identity and public
/// key, signed by that key (proof it holds the secret half).
struct JoinRequest
{
    QString instance;
    QString parent;
    QString role; ///< trust::kRoleDesk or trust::kRoleConsolidator
    QString site;
    QString desk;
    QByteArray key;
    /// Batches this identity made before signatures (format < 3), numbered 1..N: they
    /// are accepted with the share's HMAC key once the identity is approved.
    qint64 legacyBatches = 0;
    QString requestedUtc;

    QJsonObject toJson() const;
    static JoinRequest fromJson(const QJsonObject &object);
};

/// An admin's approval of a join request, signed by the admin key.
struct Approval
{
    JoinRequest request;
    QString approvedUtc;
};

/// What the trust files of a share say, verified against a pinned admin key.
struct TrustState
{
    QHash<QString, Approval> approved; ///< instance -> approval
    QList<JoinRequest> pending;        ///< requests not yet approved (with their key)
    QStringList problems;              ///< files that do not verify, said once each
};

/// The layout of a Cité's central share, a mailbox of finished, immutable files:
///
///     SHARE_ID                                   sentinel: never mistake an empty mount point
///                                                (+ the admin public key, format 2)
///     trust/admin-key.json                       the admin secret key, sealed by the password
///     trust/requests/<instance>.json             join requests, signed by the requester
///     trust/approved/<instance>.json             approvals, signed by the admin key
///     referential/referential-v<N>.json          the Cité's referential, write-once versions
///     referential/referential-v<N>.json.sig      ... signed by the admin key
///     desks/<instance>/<yyyy>/<batch files>      what each desk published (see batch.h)
///     receipts/<instance>.<consolidator>.json    what a consolidation accepted
class Share
{
    Q_DECLARE_TR_FUNCTIONS(Share)

public:
    Share(ShareFs &fs, QString root);

    /// Prepares an empty folder once: the sentinel, the folders, the admin key pair (its
    /// secret sealed under `adminPassword`) and the signed referential. Refuses a folder
    /// that is already a share.
    Status init(const Referential &referential, const QString &adminPassword);
    /// Reads the sentinel. A missing root: "share unavailable"; a root without the
    /// sentinel: "not prepared, or not mounted".
    Result<ShareInfo> open();
    /// open(), refusing a share prepared before signatures (ShareOutdated: `share upgrade`
    /// first): what every admin action needs.
    Result<ShareInfo> openSigned();

    /// Makes a share prepared before signatures (format 1) a signed one: an admin key
    /// pair under `adminPassword`, the referential versions signed, and every desk
    /// identity already publishing approved for the batches it has there (the admin
    /// vouches for what the share holds today). Returns the number of desks approved.
    Result<int> upgrade(const QString &adminPassword);
    /// The admin secret key, unlocked with the password (checked against SHARE_ID).
    Result<QByteArray> unlockAdmin(const QString &password);

    /// Publishes (or refreshes) this identity's join request.
    Status requestJoin(const JoinRequest &request, const QByteArray &secretKey);
    /// Approvals and pending requests, verified against `adminKey` (the pinned one).
    TrustState trust(const QByteArray &adminKey);
    /// Signs `request` with the admin key and removes it from the pending requests. An
    /// earlier approval of the same identity keeps its count of legacy batches.
    Status approve(const JoinRequest &request, const QByteArray &adminSecret);

    /// The administrator's view (`share requests`, *All desks › Pending desks*): the trust
    /// files verified against the admin key SHARE_ID names. Errors: the share's own
    /// (unavailable, not prepared: see open()), or ShareOutdated before `share upgrade`.
    Result<TrustState> adminTrust();
    /// What `share approve` and the GUI's "Approve…" both do: the pending join requests
    /// named by `ids` (each a whole identity, or a prefix of at least 8 characters naming
    /// exactly one request; empty: every pending request) are signed with the admin key,
    /// unlocked with `password()`, which is only called once there is something to
    /// approve (and never stored). Returns the approved requests. Errors: NotFound (no
    /// request, or none for an identity: approved meanwhile?), InvalidArgument with field
    /// "identity" (a prefix naming several) or "password" (empty or wrong: nothing
    /// approved), and adminTrust()'s.
    Result<QList<JoinRequest>> approvePending(const QStringList &ids,
                                              const std::function<QString()> &password);

    const QString &root() const { return m_root; }
    QString desksFolder() const;
    QString deskFolder(const QString &instance) const;
    /// The files of desks/<instance>/, year folder by year folder, as (year, file name):
    /// what a consolidation imports and a desk checks it published. ShareUnavailable when
    /// a folder cannot be listed.
    Result<QList<std::pair<QString, QString>>> deskFiles(const QString &instance) const;
    QString receiptsFolder() const;

    /// The newest referential on the share signed by `adminKey`, if any; versions that do
    /// not verify are skipped and named in `ignored`. An empty `adminKey` (a share not yet
    /// upgraded) takes the newest as it is.
    Result<std::optional<Referential>> latestReferential(const QByteArray &adminKey = {},
                                                         QStringList *ignored = nullptr);
    /// Publishes a new referential version (must be newer than the latest), signed.
    Status publishReferential(const Referential &referential, const QByteArray &adminSecret);

    QString trustFolder() const;

private:
    Status writeReplacing(const QString &path, const QByteArray &data);
    Status signReferential(const QString &name, const QByteArray &json,
                           const QByteArray &adminSecret);

    ShareFs &m_fs;
    QString m_root;
};

} // namespace passages
