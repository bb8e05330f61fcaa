// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace passages::cli {

/// A manual page in roff, and what keeps it from being trusted.
struct ManPage
{
    QString roff;
    /// Each way --help and the command table disagree ("event add: --pole is not in the
    /// help"). The build refuses a page with drift, so the help, the table and the page
    /// cannot part ways.
    QStringList drift;
};

/// passages-cli(1): its commands come from the command table (allCommands()), each with
/// the synopsis that --help gives it.
ManPage cliManPage(const QString &version, const QString &date);
/// passages(1): the desk GUI, its options and files.
ManPage guiManPage(const QString &version, const QString &date);

} // namespace passages::cli
