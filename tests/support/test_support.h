// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/reception.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace passages {
class ShareFs;
}

namespace passages::test {

/// The administrator password of the shares tests prepare.
inline const QString kAdminPassword = QStringLiteral("admin password for tests");

/// Prepares `root` (an existing empty folder) as a share, as an administrator would with
/// kAdminPassword, and returns its admin secret key.
QByteArray prepareShare(ShareFs &fs, const QString &root,
                        const Referential &referential = Referential::defaultReferential());
/// Approves every pending join request of the share (desks and consolidating PCs), as an
/// administrator would after checking them; returns how many.
int approveAll(ShareFs &fs, const QString &root, const QByteArray &adminSecret);
/// Approves with the password (when the admin secret is not at hand).
int approveAll(ShareFs &fs, const QString &root);

/// A walk-in at a pôle with every optional field left to its default.
inline PassageInput walkIn(const char *pole, int count = 1)
{
    PassageInput input;
    input.pole = QLatin1String(pole);
    input.count = count;
    return input;
}

/// Makes every read of the meta key `key` in `db` fail (an SQL error, as an I/O error would),
/// other keys still readable: `meta` becomes a view over the renamed table whose value
/// for that key is malformed JSON passed to json(). Writes to meta fail from then on.
void breakMetaKey(Database &db, const QString &key);

/// The commune index, loaded once per test process (35 000 rows).
const CommuneIndex &communes();

/// A fresh desk database in a temporary folder, initialised as "villette" / "Accueil 1"
/// with the default referential and a fixed clock (2024-03-05 10:00 local).
struct TempDesk
{
    TempDesk();
    explicit TempDesk(bool initialise);

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
    Referential referential;
    QDateTime clockNow;
    std::unique_ptr<Reception> reception;

    /// Reopens the database from disk (as after a restart).
    void reopen();
};

} // namespace passages::test
