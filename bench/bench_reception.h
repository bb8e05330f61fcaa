// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextStream;

/// Logs walk-ins through core (durable: one transaction with the outbox row, WAL,
/// synchronous=FULL) and, interleaved, raw SQLite `INSERT` + `COMMIT` on the same
/// pragmas; prints the medians and their ratio (target <= 1.5).
void benchReceptionLog(QTextStream &out, int iterations);
