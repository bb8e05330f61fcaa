// SPDX-License-Identifier: GPL-3.0-or-later
// passages-cli referential show|export|import: the Cité's referential as a documented
// JSON file (docs/referential.md), checked whole before anything changes.
#include "app/cli/context.h"

#include "core/admin/admin_role.h"
#include "core/referential/referential_publish.h"
#include "core/storage/app_paths.h"
#include "core/sync/share_fs.h"

#include <QCoreApplication>
#include <QFile>

namespace passages::cli {

namespace {

using Kind = Referential::Kind;

int show(Context &ctx, const Options &)
{
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    const Referential &ref = session->referential;
    ctx.out << QCoreApplication::translate("passages-cli", "Referential version %1 of %2")
                   .arg(ref.version())
                   .arg(ref.citeName())
            << '\n';
    for (int k = 0; k < Referential::kindCount; ++k) {
        const auto kind = Kind(k);
        const QList<Category> &list = ref.list(kind);
        if (list.isEmpty() || kind == Kind::Theme)
            continue; // themes are listed under their pôle
        ctx.out << '\n' << Referential::kindKey(kind) << " (" << list.size() << ")\n";
        for (const Category &c : list) {
            QString line = QStringLiteral("  %1  %2").arg(c.code, c.label(ref.language()));
            if (!c.color.isEmpty())
                line += QStringLiteral("  ") + c.color;
            if (c.retired)
                line += QStringLiteral("  [") +
                        QCoreApplication::translate("passages-cli", "retired") + QLatin1Char(']');
            ctx.out << line << '\n';
            if (kind != Kind::Pole)
                continue;
            for (const Category &t : ref.list(Kind::Theme)) {
                if (t.pole != c.code)
                    continue;
                QString theme = QStringLiteral("      %1  %2").arg(t.code, t.label(ref.language()));
                if (t.retired)
                    theme += QStringLiteral("  [") +
                             QCoreApplication::translate("passages-cli", "retired") +
                             QLatin1Char(']');
                ctx.out << theme << '\n';
            }
        }
    }
    if (!ref.merges().isEmpty()) {
        ctx.out << '\n' << QCoreApplication::translate("passages-cli", "merges") << '\n';
        for (const Referential::Merge &m : ref.merges())
            ctx.out << QStringLiteral("  %1: %2 -> %3 (%4)")
                           .arg(Referential::kindKey(m.kind), m.from.join(QLatin1String(", ")),
                                m.into, m.since.toString(Qt::ISODate))
                    << '\n';
    }
    return Ok;
}

int exportReferential(Context &ctx, const Options &options)
{
    if (int code =
            ctx.require(options, {QStringLiteral("file")}, QStringLiteral("referential export")))
        return code;
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    return ctx.writeOutput(options.value(QStringLiteral("file")), session->referential.toJson());
}

int importReferential(Context &ctx, const Options &options)
{
    if (int code =
            ctx.require(options, {QStringLiteral("file")}, QStringLiteral("referential import")))
        return code;
    QFile file(options.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(QCoreApplication::translate("passages-cli", "cannot read %1: %2")
                            .arg(file.fileName(), file.errorString()));
    // All or nothing: every problem is printed ("FILE: JSON path: reason"), nothing changes.
    Result<Referential> parsed = Referential::fromJson(file.readAll(), true);
    if (!parsed) {
        QStringList lines = parsed.error().message.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line.prepend(file.fileName() + QStringLiteral(": "));
        return ctx.fail(lines.join(QStringLiteral("\npassages-cli: ")));
    }
    Result<Session> session = ctx.openSession();
    if (!session)
        return ctx.fail(session.error());
    Referential next = std::move(parsed).value();

    const QString shareRoot = options.has(QStringLiteral("share"))
                                  ? options.value(QStringLiteral("share"))
                                  : configuredShareFolder();
    // A hash that cannot be read stops here: it must not pass for "no password yet".
    const Result<bool> adminSet = admin_password::hasPassword(*session->db);
    if (!adminSet)
        return ctx.fail(adminSet.error());
    QString password;
    if (!shareRoot.isEmpty() || *adminSet) {
        if (int code = requireAdminPassword(ctx, &password))
            return code;
    }
    // The Cité's admin role guards referential editing on this desk too.
    if (*adminSet) {
        AdminSession admin(*session->db);
        if (Status s = admin.unlock(password); !s)
            return ctx.fail(s.error());
    }

    // The next version (after this desk's and the share's, whatever the file says),
    // published and stored.
    LocalShareFs fs;
    Result<int> version = publishNextVersion(*session->db, fs, shareRoot, next, password);
    if (!version)
        return ctx.fail(version.error());
    if (shareRoot.isEmpty())
        ctx.out << QCoreApplication::translate(
                       "passages-cli",
                       "Referential version %1 saved on this desk only (no share folder: give "
                       "--share DIR to publish it).")
                       .arg(*version)
                << '\n';
    else
        ctx.out << QCoreApplication::translate(
                       "passages-cli",
                       "Referential version %1 published; desks pick it up at their next sync.")
                       .arg(*version)
                << '\n';
    return Ok;
}

} // namespace

QList<Command> referentialCommands()
{
    return {
        {QStringLiteral("referential show"), {}, show},
        {QStringLiteral("referential export"), {QStringLiteral("file")}, exportReferential},
        {QStringLiteral("referential import"),
         {QStringLiteral("file"), QStringLiteral("share")},
         importReferential},
    };
}

} // namespace passages::cli
