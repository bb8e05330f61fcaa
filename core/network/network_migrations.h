// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace passages::network {

struct Migration
{
    int version;
    QString sql; ///< one multi-statement script, run in one transaction
};

/// The network schema's migrations, in order (1, 2, ...).
const QList<Migration> &migrations();

} // namespace passages::network
