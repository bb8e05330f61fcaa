// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/admin_role.h"
#include "core/common/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

class QWidget;

namespace passages {
class Database;
}

namespace passages::ui {

class Prompter;

/// The screens' side of the admin role: core says which action needs the Cité's admin
/// password (AdminSession); this asks for it in a masked dialog when the session is
/// locked, and keeps the session unlocked for a few minutes. When this desk has no admin
/// password yet, it takes the share's (checked against the share's sealed admin key) or,
/// without a share, asks the administrator to choose one.
class AdminGuard
{
    Q_DECLARE_TR_FUNCTIONS(AdminGuard)

public:
    AdminGuard(Database &db, Prompter &prompter, std::function<QString()> shareFolder,
               Clock clock = {});

    /// True when `action` may go ahead (unlocked, or unlocked now with the password).
    bool require(QWidget *parent, AdminAction action);
    /// The same for deleting an entry of `entryDay` (today's need nothing).
    bool requireDeletion(QWidget *parent, const QDate &entryDay);

    AdminSession &session() { return m_session; }

private:
    /// No admin password on this desk yet: set one (from the share, or chosen now).
    bool establish(QWidget *parent);

    Database &m_db;
    Prompter &m_prompter;
    std::function<QString()> m_shareFolder;
    AdminSession m_session;
};

} // namespace passages::ui
