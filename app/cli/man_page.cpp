// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/man_page.h"

#include "app/cli/cli.h"
#include "app/cli/context.h"

#include <QRegularExpression>

namespace passages::cli {

namespace {

/// Escapes text for roff: backslashes, hyphens (so options copy and paste as "--"), and
/// a leading dot or quote that roff would read as a request.
QString roffText(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

/// One entry of the help: a line indented by two spaces and the lines indented deeper
/// that continue it.
struct HelpEntry
{
    QString heading; ///< the section it stands in ("Commands:")
    QString first;   ///< the first line, without its indentation
    QStringList more;
};

QList<HelpEntry> helpEntries(const QString &help, QStringList *paragraphs)
{
    QList<HelpEntry> entries;
    QString heading;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char(' '))) {
            if (line.endsWith(QLatin1Char(':')))
                heading = line.chopped(1);
            else if (!line.startsWith(QLatin1String("Usage:")))
                paragraphs->append(line);
            continue;
        }
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   "))) {
            entries.append({heading, line.trimmed(), {}});
        } else if (!entries.isEmpty()) {
            entries.last().more.append(line.trimmed());
        }
    }
    return entries;
}

/// The table's command an entry describes: the longest command name it starts with.
QString commandOf(const HelpEntry &entry, const QList<Command> &commands)
{
    QString best;
    for (const Command &c : commands) {
        const QString &name = c.name;
        if (name.size() > best.size() && entry.first.startsWith(name) &&
            (entry.first.size() == name.size() || entry.first.at(name.size()) == QLatin1Char(' ')))
            best = name;
    }
    return best;
}

QString header(const QString &name, const QString &version, const QString &date,
               const QString &summary)
{
    return QStringLiteral(".\\\" Generated at build time by passages-manpage: do not edit.\n"
                          ".TH %1 1 \"%2\" \"Passages %3\" \"User Commands\"\n"
                          ".SH NAME\n%4 \\- %5\n")
        .arg(name.toUpper(), date, version, name, roffText(summary));
}

const char *const kSeeAlsoAndLicence =
    ".SH COPYRIGHT\n"
    "Passages is free software under the GNU General Public License, version 3 or any "
    "later version (GPL\\-3.0\\-or\\-later). The communes data comes from "
    "@etalab/decoupage\\-administratif (INSEE, La Poste) under the Licence Ouverte / Open "
    "Licence 2.0.\n";

} // namespace

ManPage cliManPage(const QString &version, const QString &date)
{
    ManPage page;
    const QList<Command> commands = allCommands();
    QStringList paragraphs;
    const QList<HelpEntry> entries = helpEntries(
        usageText(QStringLiteral("~/.local/share/passages/passages.sqlite")), &paragraphs);

    QString roff = header(QStringLiteral("passages-cli"), version, date,
                          QStringLiteral("record and report the anonymous walk-ins of a Cité "
                                         "des métiers desk"));
    roff += QStringLiteral(".SH SYNOPSIS\n.B passages-cli\n[\\fB\\-\\-db\\fR \\fIFILE\\fR] "
                           "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n.SH DESCRIPTION\n");
    roff += QStringLiteral(
        "\\fBpassages\\-cli\\fR shares the core and the database of the desk GUI, "
        "\\fBpassages\\fR(1): it logs, imports, exports and reports tallies, manages the "
        "programme, the printed fonds and the Cité's closures, and runs the nightly sync to "
        "the Cité's shared folder.\n");
    for (const QString &p : paragraphs) {
        if (p.startsWith(QLatin1String("Exit codes")))
            continue;
        roff += QStringLiteral(".PP\n%1\n").arg(roffText(p));
    }

    // Every entry is placed under its heading; a command entry must name a command of the
    // table, and the table's options must all appear in the help.
    QHash<QString, QString> helpText; // command → every word the help gives it
    QString section;
    for (const HelpEntry &entry : entries) {
        if (entry.heading != section) {
            section = entry.heading;
            roff += entry.heading.startsWith(QLatin1String("Global"))
                        ? QStringLiteral(".SH OPTIONS\n")
                        : QStringLiteral(".SH \"%1\"\n")
                              .arg(roffText(entry.heading == QLatin1String("Commands")
                                                ? QStringLiteral("COMMANDS")
                                                : entry.heading.toUpper()));
        }
        if (entry.first.startsWith(QLatin1String("--"))) {
            // "--db FILE      desk database (…)": the option, then what it does.
            const QStringList parts =
                entry.first.split(QRegularExpression(QStringLiteral("\\s{2,}")));
            roff +=
                QStringLiteral(".TP\n\\fB%1\\fR\n%2\n")
                    .arg(roffText(parts.value(0)), roffText(parts.mid(1).join(QLatin1Char(' '))));
            continue;
        }
        const QString name = commandOf(entry, commands);
        if (name.isEmpty()) {
            page.drift << QStringLiteral("help line \"%1\" names no command").arg(entry.first);
            continue;
        }
        const QString rest = entry.first.mid(name.size()).trimmed();
        roff += QStringLiteral(".TP\n.B %1\n%2\n").arg(roffText(name), roffText(rest));
        for (const QString &more : entry.more)
            roff += QStringLiteral(".br\n%1\n").arg(roffText(more));
        helpText[name] += QLatin1Char(' ') + rest + QLatin1Char(' ') +
                          entry.more.join(QLatin1Char(' ')) + QLatin1Char(' ');
    }
    for (const Command &c : commands) {
        if (!helpText.contains(c.name)) {
            page.drift << QStringLiteral("command \"%1\" is not in the help").arg(c.name);
            continue;
        }
        for (const QString &option : c.options + c.flags) {
            const QRegularExpression word(
                QStringLiteral("--%1\\b(?!-)").arg(QRegularExpression::escape(option)));
            if (!word.match(helpText.value(c.name)).hasMatch())
                page.drift << QStringLiteral("%1: --%2 is not in the help").arg(c.name, option);
        }
    }

    roff += QStringLiteral(
        ".SH EXIT STATUS\n0 on success, 1 on a data error (bad data, unknown code, database "
        "or share problem), 2 on a usage error (unknown command or option, missing or "
        "malformed argument); a one\\-line message is written on standard error.\n"
        ".SH FILES\n.TP\n~/.local/share/passages/passages.sqlite\nThe desk database "
        "(shared with the GUI).\n"
        ".SH EXAMPLES\n.nf\npassages\\-cli init \\-\\-site villette \\-\\-desk accueil\\-1\n"
        "passages\\-cli log \\-\\-pole emploi \\-\\-age\\-band 26\\-44 \\-\\-commune 94022\n"
        "passages\\-cli report \\-\\-year 2026 \\-\\-by pole \\-\\-format csv\n.fi\n"
        ".SH SEE ALSO\n\\fBpassages\\fR(1); the nightly timer: \\fBsystemctl \\-\\-user enable "
        "\\-\\-now passages\\-sync.timer\\fR\n");
    roff += QString::fromUtf8(kSeeAlsoAndLicence);
    page.roff = roff;
    return page;
}

ManPage guiManPage(const QString &version, const QString &date)
{
    ManPage page;
    QString roff = header(QStringLiteral("passages"), version, date,
                          QStringLiteral("the reception desk of a Cité des métiers"));
    roff += QStringLiteral(
        ".SH SYNOPSIS\n.B passages\n[\\fB\\-\\-db\\fR \\fIFILE\\fR]\n"
        ".SH DESCRIPTION\n\\fBpassages\\fR logs each walk\\-in of a Cité des métiers as an "
        "anonymous tally (pôle, theme, age band, commune; optionally public, channel, service "
        "level, where the person was sent and group size) from the keyboard or a touch screen, and "
        "gives the Cité's other desks their "
        "screens: interviews, the programme of events, the printed fonds, the coordinators' "
        "dashboard and the direction's yearly bilan. No personal data is ever recorded.\n"
        ".PP\nOn first run a dialog asks for the site and the desk's label. Every tally is "
        "written to a local SQLite database before the screen confirms it; the desk syncs "
        "nightly to the Cité's shared folder (\\fIOutils › Paramètres de synchronisation\\fR).\n"
        ".SH OPTIONS\n.TP\n\\fB\\-\\-db\\fR \\fIFILE\\fR\nUse the desk database FILE instead "
        "of the default one.\n.TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nShow the options.\n"
        ".TP\n\\fB\\-v\\fR, \\fB\\-\\-version\\fR\nShow the version.\n"
        ".SH FILES\n.TP\n~/.local/share/passages/passages.sqlite\nThe desk database.\n.TP\n"
        "~/.config/passages/passages.conf\nThe desk's settings (language, optional fields, "
        "sync folder and time).\n"
        ".SH SEE ALSO\n\\fBpassages\\-cli\\fR(1)\n");
    roff += QString::fromUtf8(kSeeAlsoAndLicence);
    page.roff = roff;
    return page;
}

} // namespace passages::cli
