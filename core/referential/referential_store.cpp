// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referential/referential_store.h"

#include "core/storage/database.h"

#include <QSqlQuery>

namespace passages {

Result<Referential> loadReferential(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT document FROM referential WHERE id = 1"));
    if (!q.exec())
        return sqlError(q, Referential::tr("Reading the referential"));
    if (q.next()) {
        Result<Referential> stored = Referential::fromJson(q.value(0).toString().toUtf8());
        if (!stored)
            return makeError(stored.error().code,
                             Referential::tr("The referential stored in %1 is invalid: %2")
                                 .arg(db.path(), stored.error().message));
        return stored;
    }
    Referential initial = Referential::defaultReferential();
    if (Status s = saveReferential(db, initial); !s)
        return s.error();
    return initial;
}

Status saveReferential(Database &db, const Referential &referential)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO referential (id, version, document) VALUES (1, :version, :document) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
        "document = excluded.document"));
    q.bindValue(QStringLiteral(":version"), referential.version());
    q.bindValue(QStringLiteral(":document"), QString::fromUtf8(referential.toJson()));
    return exec(q, Referential::tr("Saving the referential"));
}

} // namespace passages
