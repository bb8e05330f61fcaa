// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referential/referential_publish.h"

#include "core/referential/referential_store.h"
#include "core/storage/database.h"
#include "core/sync/share.h"

#include <algorithm>

namespace passages {

Result<int> publishNextVersion(Database &db, ShareFs &fs, const QString &shareRoot,
                               Referential next, const QString &password)
{
    if (const QList<ReferentialProblem> problems = next.problems(); !problems.isEmpty()) {
        QStringList lines;
        for (const ReferentialProblem &p : problems)
            lines << QStringLiteral("%1: %2").arg(p.path, p.reason);
        return makeError(ErrorCode::InvalidArgument, lines.join(QLatin1Char('\n')),
                         problems.first().path);
    }
    Result<Referential> current = loadReferential(db);
    if (!current)
        return current.error();
    int version = current->version();
    Share share(fs, shareRoot);
    if (!shareRoot.isEmpty()) {
        if (Result<ShareInfo> info = share.open(); !info)
            return info.error();
        Result<std::optional<Referential>> latest = share.latestReferential();
        if (latest && latest->has_value())
            version = std::max(version, (*latest)->version());
    }
    next.setVersion(version + 1);
    if (!shareRoot.isEmpty()) {
        Result<QByteArray> secret = share.unlockAdmin(password);
        if (!secret)
            return secret.error();
        if (Status s = share.publishReferential(next, *secret); !s)
            return s.error();
    }
    if (Status s = saveReferential(db, next); !s)
        return s.error();
    return next.version();
}

} // namespace passages
