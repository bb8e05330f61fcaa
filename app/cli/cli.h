// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace passages::cli {

/// Exit codes of passages-cli: a contract for scripts.
enum Exit : int {
    Ok = 0,
    DataError = 1,  ///< bad data, unknown code, database problem
    UsageError = 2, ///< unknown command or option, missing or malformed argument
};

/// Runs one passages-cli invocation (arguments without the program name); writes results
/// to `out` and messages to `err`. Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace passages::cli
