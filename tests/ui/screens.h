// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every screen of the desk, for the tests that must hold on all of them (mnemonics,
// accessible names, small screens, screenshots): each tab of the window (and each view
// of the dashboard), then each dialog, shown over the window.

#include "ui_support.h"

#include "core/fonds/fonds.h"
#include "core/programme/programme.h"
#include "ui/accueil/desk_session.h"
#include "ui/dialogs/closures_dialog.h"
#include "ui/dialogs/correction_dialog.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/fonds/subscription_dialog.h"
#include "ui/programme/event_dialogs.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_settings_dialog.h"

#include <QTabWidget>

namespace passages::test {

/// Waits for the layouts a shown widget posted (the event loop would run them).
inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QTest::qWait(20);
}

/// `visit(root, name)` for each tab of `w` (the dashboard's views each), then each dialog.
/// `root` is the window or the dialog, shown and active.
inline void forEachScreen(DeskWindow &w,
                          const std::function<void(QWidget &, const QString &)> &visit)
{
    QTabWidget *tabs = w.window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        QString name = QStringLiteral("tab %1").arg(tabs->tabText(i));
        // Views inside the tab (the dashboard's).
        QList<QTabWidget *> inner;
        for (QTabWidget *t : tabs->widget(i)->findChildren<QTabWidget *>())
            if (t->isVisible())
                inner << t;
        if (inner.isEmpty()) {
            visit(*w.window, name);
            continue;
        }
        for (QTabWidget *views : std::as_const(inner))
            for (int v = 0; v < views->count(); ++v) {
                views->setCurrentIndex(v);
                settle();
                visit(*w.window, name + QStringLiteral(" › ") + views->tabText(v));
            }
    }
    tabs->setCurrentIndex(0);
    settle();

    Database &db = *w.desk.db;
    Referential &ref = w.desk.referential;
    Programme programme(db, ref);
    Fonds fonds(db, ref);
    QWidget *parent = w.window.get();
    const auto show = [&visit](QDialog &dialog, const QString &name) {
        dialog.setWindowModality(Qt::ApplicationModal);
        activate(dialog);
        settle();
        visit(dialog, name);
        dialog.hide();
    };
    {
        ui::ClosuresDialog d(db, ref, w.prompter, {}, parent);
        show(d, QStringLiteral("closures dialog"));
    }
    {
        ui::SettingsDialog d(ref, w.desk.reception->identity(), QStringLiteral("fr"), parent);
        show(d, QStringLiteral("settings dialog"));
    }
    {
        ui::SyncSettingsDialog d(QString(), QTime(2, 0), ref, w.prompter, parent);
        show(d, QStringLiteral("sync settings dialog"));
    }
    {
        ui::FirstRunDialog d(ref, QString(), QString(), parent);
        show(d, QStringLiteral("first-run dialog"));
    }
    {
        PassageInput in;
        in.pole = QStringLiteral("emploi");
        Result<Passage> p = w.window->session().log(in);
        REQUIRE(p.ok());
        ui::CorrectionDialog d(w.window->session(), p.value(), parent);
        show(d, QStringLiteral("correction dialog"));
        REQUIRE(w.window->session().undo().ok());
    }
    {
        ui::EventDialog d(programme, true, w.desk.clockNow.date(), parent);
        show(d, QStringLiteral("event dialog"));
    }
    {
        ui::AttendanceDialog d(programme, QStringLiteral("Atelier CV"), parent);
        show(d, QStringLiteral("attendance dialog"));
    }
    {
        SessionInput current;
        current.date = w.desk.clockNow.date();
        ui::SessionDialog d(programme, QStringLiteral("Atelier CV"), current, parent);
        show(d, QStringLiteral("session dialog"));
    }
    {
        ui::DateDialog d(QStringLiteral("Duplicate"), QStringLiteral("First day?"),
                         w.desk.clockNow.date(), parent);
        show(d, QStringLiteral("date dialog"));
    }
    {
        ui::SubscriptionDialog d(fonds, QStringLiteral("Le Monde"), Subscription{}, parent);
        show(d, QStringLiteral("subscription dialog"));
    }
    activate(*w.window);
}

} // namespace passages::test
