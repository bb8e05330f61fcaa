// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/admin_guard.h"

#include "core/storage/database.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "ui/dialogs/prompter.h"

namespace passages::ui {

AdminGuard::AdminGuard(Database &db, Prompter &prompter, std::function<QString()> shareFolder,
                       Clock clock)
    : m_db(db), m_prompter(prompter), m_shareFolder(std::move(shareFolder)),
      m_session(db, std::move(clock))
{}

bool AdminGuard::establish(QWidget *parent)
{
    const QString folder = m_shareFolder ? m_shareFolder() : QString();
    const QString title = tr("Administrator password");
    if (!folder.isEmpty()) {
        // The Cité already has one: the password of its share's admin key.
        const QString typed = m_prompter.password(
            parent, title,
            tr("This desk has no administrator password yet. Type the Cité's administrator "
               "password (the one of the share):"));
        if (typed.isEmpty())
            return false;
        LocalShareFs fs;
        Share share(fs, folder);
        if (Status s = admin_password::adoptFromShare(m_db, share, typed); !s) {
            m_prompter.error(parent, title, s.error().message);
            return false;
        }
        return m_session.unlock(typed).ok();
    }
    const QString chosen = m_prompter.password(
        parent, title,
        tr("This desk has no administrator password yet. Choose the Cité's administrator "
           "password (at least %1 characters); only its hash is kept:")
            .arg(admin_password::kMinLength));
    if (chosen.isEmpty())
        return false;
    const QString again = m_prompter.password(parent, title, tr("Type it again:"));
    if (again != chosen) {
        m_prompter.error(parent, title, tr("The two passwords differ; nothing was set."));
        return false;
    }
    if (Status s = admin_password::set(m_db, chosen); !s) {
        m_prompter.error(parent, title, s.error().message);
        return false;
    }
    return m_session.unlock(chosen).ok();
}

bool AdminGuard::require(QWidget *parent, AdminAction action)
{
    if (m_session.authorize(action))
        return true;
    const QString title = tr("Administrator password");
    // A hash that cannot be read refuses: it must not pass for "no password yet".
    const Result<bool> set = admin_password::hasPassword(m_db);
    if (!set) {
        m_prompter.error(parent, title, set.error().message);
        return false;
    }
    if (!*set)
        return establish(parent);
    const QString typed =
        m_prompter.password(parent, title,
                            tr("Only the Cité's administrator may %1. Administrator password:")
                                .arg(adminActionName(action)));
    if (typed.isEmpty())
        return false;
    if (Status s = m_session.unlock(typed); !s) {
        m_prompter.error(parent, title, s.error().message);
        return false;
    }
    return m_session.authorize(action).ok();
}

bool AdminGuard::requireDeletion(QWidget *parent, const QDate &entryDay)
{
    if (m_session.authorizeDeletion(entryDay))
        return true;
    return require(parent, AdminAction::DeleteEarlierEntry);
}

} // namespace passages::ui
