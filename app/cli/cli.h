// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace passages::cli {

struct Command;

/// The --help text, with `databasePath` as the default database it names.
QString usageText(const QString &databasePath);
/// Every command passages-cli dispatches: the one table behind --help's check and the man page.
QList<Command> allCommands();

/// Runs one passages-cli invocation (arguments without the program name); writes results
/// to `out` and messages to `err`. Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

/// Whether these arguments draw a PDF (`bilan --pdf`): text on a page needs a
/// QGuiApplication, which main() then creates on the offscreen platform.
bool needsGui(const QStringList &arguments);

} // namespace passages::cli
