// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QTextStream;

/// Generates `tallies` walk-ins over ten years (50 desks, 5 sites) into a temporary
/// database of the desk schema, then times the dashboard's figures through core: yearly
/// by pôle (target < 100 ms), a 30-day daily series (< 50 ms) and every figure of the
/// first paint (< 1 s), each beside the same figures asked as plain GROUP BYs over the
/// rows in the same run.
void benchDashboard(QTextStream &out, qint64 tallies);
