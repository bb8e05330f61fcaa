// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

/// The nightly sync at the scale of a network of desks: a generator writes `desks` x
/// `days` nightly batches (realistic volumes: ~250 contacts a day across a Cité's desks)
/// to a share folder, then measures one desk's nightly sync, the first consolidation of
/// everything (target < 15 s for 50 x 365), and an incremental night (one new batch per
/// desk, target < 1 s), each beside raw SQLite inserts of the same rows in the same run.
/// A non-empty `keepShare` (a new folder) receives the generated share and keeps it.
void benchSync(QTextStream &out, int desks, int days, const QString &keepShare = {});
