// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/referential/referential_store.h"
#include "core/sync/share.h"
#include "core/sync/trust.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

namespace passages::test {

void breakMetaKey(Database &db, const QString &key)
{
    QSqlQuery rename = db.prepare(QStringLiteral("ALTER TABLE meta RENAME TO meta_kept"));
    REQUIRE(rename.exec());
    QSqlQuery view = db.prepare(
        QStringLiteral("CREATE VIEW meta AS SELECT key, CASE WHEN key = '%1' THEN json('{' || "
                       "value) ELSE value END AS value FROM meta_kept")
            .arg(key));
    REQUIRE(view.exec());
    REQUIRE_FALSE(db.readMeta(key).ok());
}

QByteArray prepareShare(ShareFs &fs, const QString &root, const Referential &referential)
{
    Share share(fs, root);
    REQUIRE(share.init(referential, kAdminPassword).ok());
    Result<QByteArray> secret = share.unlockAdmin(kAdminPassword);
    REQUIRE(secret.ok());
    return *secret;
}

int approveAll(ShareFs &fs, const QString &root, const QByteArray &adminSecret)
{
    Share share(fs, root);
    const TrustState state = share.trust(trust::publicKeyOf(adminSecret));
    int approved = 0;
    for (const JoinRequest &request : state.pending)
        if (share.approve(request, adminSecret).ok())
            ++approved;
    return approved;
}

int approveAll(ShareFs &fs, const QString &root)
{
    Result<QByteArray> secret = Share(fs, root).unlockAdmin(kAdminPassword);
    REQUIRE(secret.ok());
    return approveAll(fs, root, *secret);
}

const CommuneIndex &communes()
{
    static const CommuneIndex index = [] {
        Result<CommuneIndex> loaded = CommuneIndex::loadDefault();
        REQUIRE(loaded.ok());
        return std::move(loaded).value();
    }();
    return index;
}

TempDesk::TempDesk() : TempDesk(true) {}

TempDesk::TempDesk(bool initialise) : clockNow(QDate(2024, 3, 5), QTime(10, 0))
{
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("desk.sqlite"));
    reopen();
    if (initialise)
        REQUIRE(
            reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Accueil 1")).ok());
}

void TempDesk::reopen()
{
    reception.reset();
    db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    db = std::move(opened).value();
    Result<Referential> ref = loadReferential(*db);
    REQUIRE(ref.ok());
    referential = std::move(ref).value();
    referential.setLanguage(QStringLiteral("en"));
    reception =
        std::make_unique<Reception>(*db, referential, communes(), [this] { return clockNow; });
}

} // namespace passages::test
