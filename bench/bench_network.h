// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextStream;

/// The network database (PostgreSQL) at a scale that runs in a few minutes: `cites` Cités'
/// shares of `desks` desks x `days` nightly batches each are consolidated into one
/// database; each figure is printed with its ratio to a same-run baseline: the first
/// consolidation beside a COPY of the same rows into a table of the same shape, the
/// yearly network bilan (by pôle, by Cité) beside a plain GROUP BY over the rows, an
/// incremental night of every Cité beside a COPY of its rows. The server is
/// PASSAGES_BENCH_PG (a CONNINFO) or one started here like the tests' fixture.
void benchNetwork(QTextStream &out, int cites, int desks, int days);
