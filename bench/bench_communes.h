// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTextStream;

/// Times CommuneIndex::search() keystroke by keystroke over realistic queries (every
/// prefix of 1 to 8 characters of ~200 commune names and postal codes) and prints p50, p99
/// and max in ms, beside a naive linear scan of the folded names for comparison.
void benchCommuneSearch(QTextStream &out);
