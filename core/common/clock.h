// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

namespace passages {

/// The wall clock, injected so tests and benchmarks run at a fixed time (the desk, the
/// sync, the programme, the fonds and the calendar all take one; empty means "now").
using Clock = std::function<QDateTime()>;

} // namespace passages
