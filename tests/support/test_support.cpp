// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/test_support.h"

#include "core/referential/referential_store.h"

#include <catch2/catch.hpp>

namespace passages::test {

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
