// SPDX-License-Identifier: GPL-3.0-or-later
// The admin role at the desk (issue 17): settings, closures, sync settings and "Rebuild
// from the share" ask for the Cité's admin password; the daily work asks for nothing.
#include "ui_support.h"

#include "core/admin/admin_role.h"
#include "ui/dialogs/admin_guard.h"
#include "ui/main_window.h"

#include <QPushButton>

using namespace passages;
using namespace passages::test;

namespace {

const QString kPassword = QStringLiteral("the admin's password");

} // namespace

TEST_CASE("guarded screens need the admin password, once for a few minutes", "[ui][admin]")
{
    DeskWindow w;
    w.prompter.onDialog = [](QDialog &) {
        return int(QDialog::Rejected);
    };
    REQUIRE(admin_password::set(*w.desk.db, kPassword).ok());

    const std::function<void()> guarded[] = {
        [&] { w.window->openSettings(); },
        [&] { w.window->openClosures(); },
        [&] { w.window->openSyncSettings(); },
    };
    for (const auto &open : guarded) {
        // Cancelled, then wrong: no dialog opens.
        const int before = w.prompter.dialogs;
        open();
        CHECK(w.prompter.dialogs == before);
        w.prompter.passwords << QStringLiteral("not it");
        open();
        CHECK(w.prompter.dialogs == before);
        REQUIRE_FALSE(w.prompter.errors.isEmpty());
        CHECK(w.prompter.errors.last().contains(QLatin1String("Wrong admin password")));
    }
    CHECK(w.prompter.questions.last().contains(QLatin1String("administrator")));

    // The right password opens it; the next ones within minutes ask nothing.
    w.prompter.passwords << kPassword;
    w.window->openSettings();
    CHECK(w.prompter.dialogs == 1);
    const qsizetype asked = w.prompter.questions.size();
    w.window->openClosures();
    w.window->openSyncSettings();
    CHECK(w.prompter.dialogs == 3);
    CHECK(w.prompter.questions.size() == asked);

    // Six minutes later the session is locked again.
    w.desk.clockNow = w.desk.clockNow.addSecs(6 * 60);
    w.window->openSettings();
    CHECK(w.prompter.dialogs == 3);
}

TEST_CASE("a guarded action refuses when the admin password hash cannot be read", "[ui][admin]")
{
    DeskWindow w;
    REQUIRE(admin_password::set(*w.desk.db, kPassword).ok());
    test::breakMetaKey(*w.desk.db, QStringLiteral("admin_password_hash"));
    w.prompter.onDialog = [](QDialog &) {
        return int(QDialog::Accepted);
    };
    w.prompter.passwords << kPassword << kPassword;
    w.window->openSettings();
    // Neither asked to choose a new password (as on a desk with none) nor let through.
    CHECK(w.prompter.questions.isEmpty());
    CHECK(w.prompter.dialogs == 0);
    REQUIRE(w.prompter.errors.size() == 1);
    CHECK(w.prompter.errors.first().contains(QLatin1String("admin_password_hash")));
}

TEST_CASE("rebuilding from the share asks for the admin password first", "[ui][admin]")
{
    DeskWindow w;
    REQUIRE(admin_password::set(*w.desk.db, kPassword).ok());
    QPushButton *rebuild = nullptr;
    for (QPushButton *b : w.window->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Rebuild from the share…"))
            rebuild = b;
    REQUIRE(rebuild != nullptr);
    rebuild->click();
    // Refused: the confirmation (and so the rebuild) never came.
    REQUIRE(w.prompter.questions.size() == 1);
    CHECK(w.prompter.questions.first().contains(QLatin1String("administrator")));

    w.prompter.passwords << kPassword;
    rebuild->click();
    REQUIRE(w.prompter.questions.size() == 3); // the password, then the confirmation
    CHECK(w.prompter.questions.last().contains(QLatin1String("read again from the share")));
}

TEST_CASE("a desk without an admin password has one chosen at the first guarded action",
          "[ui][admin]")
{
    DeskWindow w;
    w.prompter.onDialog = [](QDialog &) {
        return int(QDialog::Rejected);
    };
    w.prompter.passwords << kPassword << QStringLiteral("a different one");
    w.window->openSettings();
    CHECK(w.prompter.dialogs == 0);
    CHECK_FALSE(admin_password::hasPassword(*w.desk.db).value());

    w.prompter.passwords << kPassword << kPassword;
    w.window->openSettings();
    CHECK(w.prompter.dialogs == 1);
    CHECK(admin_password::check(*w.desk.db, kPassword));
    CHECK(admin_password::storedHash(*w.desk.db).value() != kPassword);
}
