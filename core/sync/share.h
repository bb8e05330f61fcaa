// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace passages {

class ShareFs;

/// What the SHARE_ID sentinel at the share root says.
struct ShareInfo
{
    QString shareId;
    QByteArray key; ///< signs batch files (HMAC): junk or foreign files fail the check
    QString createdUtc;
    QString cite;
};

/// The layout of a Cité's central share, a mailbox of finished, immutable files:
///
///     SHARE_ID                                   sentinel: never mistake an empty mount point
///     referential/referential-v<N>.json          the Cité's referential, write-once versions
///     desks/<instance>/<yyyy>/<batch files>      what each desk published (see batch.h)
///     receipts/<instance>.<consolidator>.json    what a consolidation accepted
class Share
{
    Q_DECLARE_TR_FUNCTIONS(Share)

public:
    Share(ShareFs &fs, QString root);

    /// Prepares an empty folder once: the sentinel, the folders and the referential.
    /// Refuses a folder that is already a share.
    Status init(const Referential &referential);
    /// Reads the sentinel. A missing root: "share unavailable"; a root without the
    /// sentinel: "not prepared, or not mounted".
    Result<ShareInfo> open();

    const QString &root() const { return m_root; }
    QString desksFolder() const;
    QString deskFolder(const QString &instance) const;
    QString receiptsFolder() const;

    /// The newest referential on the share, if any.
    Result<std::optional<Referential>> latestReferential();
    /// Publishes a new referential version (must be newer than the latest).
    Status publishReferential(const Referential &referential);

private:
    ShareFs &m_fs;
    QString m_root;
};

} // namespace passages
