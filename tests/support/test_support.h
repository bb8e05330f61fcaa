// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/reception.h"
#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "core/storage/database.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace passages::test {

/// A walk-in at a pôle with every optional field left to its default.
inline PassageInput walkIn(const char *pole, int count = 1)
{
    PassageInput input;
    input.pole = QLatin1String(pole);
    input.count = count;
    return input;
}

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
