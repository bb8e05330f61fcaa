// SPDX-License-Identifier: GPL-3.0-or-later
// What every libFuzzer target of Passages needs: a Qt application object (the SQLite
// driver is a plugin) and, for the importers, a desk database that lives for the run.
#pragma once

#include "core/reception/reception.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/referential/referential_store.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace passages::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "passages-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/// A desk database in a temporary folder, initialised once per fuzzing process.
struct FuzzDesk
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Referential referential;
    CommuneIndex communes;
    std::unique_ptr<Reception> reception;

    FuzzDesk()
    {
        Result<std::unique_ptr<Database>> opened =
            Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
        if (!opened)
            std::abort();
        db = std::move(opened).value();
        Result<Referential> ref = loadReferential(*db);
        Result<CommuneIndex> index = CommuneIndex::loadDefault();
        if (!ref || !index)
            std::abort();
        referential = std::move(ref).value();
        communes = std::move(index).value();
        reception = std::make_unique<Reception>(*db, referential, communes);
        if (!reception->setIdentity(QStringLiteral("villette"), QStringLiteral("Fuzz")))
            std::abort();
    }
};

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace passages::fuzz
