// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/batch.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

class QTextStream;

/// One desk's batch of a day: realistic row images as a desk's outbox holds them.
passages::Batch makeBatch(const QString &instance, const QString &site, const QString &desk,
                          qint64 no, const QDate &day, int rows, QRandomGenerator &random,
                          const QString &prevSha);
/// Writes a batch straight to the share (the generator is not what is measured).
void writeBatch(const QString &root, const passages::Batch &batch, const QByteArray &key,
                QString *sha);

/// The nightly sync at the scale of a network of desks: a generator writes `desks` x
/// `days` nightly batches (realistic volumes: ~250 contacts a day across a Cité's desks)
/// to a share folder, then measures one desk's nightly sync, the first consolidation of
/// everything (target < 15 s for 50 x 365), and an incremental night (one new batch per
/// desk, target < 1 s), each beside raw SQLite inserts of the same rows in the same run.
/// A non-empty `keepShare` (a new folder) receives the generated share and keeps it.
void benchSync(QTextStream &out, int desks, int days, const QString &keepShare = {});
