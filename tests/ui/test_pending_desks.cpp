// SPDX-License-Identifier: GPL-3.0-or-later
// *All desks › Pending desks* driven for real: desks ask to join a share, the
// administrator approves one with the password, a wrong password approves nothing.
#include "ui_support.h"

#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "core/sync/trust.h"
#include "ui/sync/health_widget.h"
#include "ui/sync/pending_desks_widget.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>

using namespace passages;
using namespace passages::test;

namespace {

/// A share in `dir` where two desks asked to join (their first sync), nobody approved.
struct WaitingDesks
{
    QTemporaryDir dir;
    QString share;
    TempDesk a;
    std::unique_ptr<TempDesk> b = std::make_unique<TempDesk>(false);

    WaitingDesks()
    {
        share = dir.filePath(QStringLiteral("share"));
        REQUIRE(QDir().mkpath(share));
        LocalShareFs fs;
        test::prepareShare(fs, share);
        REQUIRE(
            b->reception->setIdentity(QStringLiteral("bpi"), QStringLiteral("Accueil Bpi")).ok());
        for (TempDesk *desk : {&a, b.get()}) {
            REQUIRE(desk->reception->log(walkIn("emploi", 2)).ok());
            REQUIRE(DeskSync(*desk->db, fs, share).run().ok());
        }
    }

    QStringList approved()
    {
        LocalShareFs fs;
        Result<TrustState> state = Share(fs, share).adminTrust();
        REQUIRE(state.ok());
        return state->approved.keys();
    }
};

QString fingerprintOf(TempDesk &desk)
{
    Result<trust::KeyPair> keys = trust::localKeys(*desk.db);
    REQUIRE(keys.ok());
    return trust::fingerprint(keys->publicKey);
}

} // namespace

TEST_CASE("pending desks: listed with their key, approved with the admin password only",
          "[ui][sync][trust]")
{
    WaitingDesks w;
    ScriptedPrompter prompter;
    ui::HealthWidget health([&w] { return w.share; }, prompter);
    health.resize(1000, 600);
    activate(health);
    ui::PendingDesksWidget *pending = health.pendingDesks();
    REQUIRE(pending != nullptr);
    auto *tabs = health.findChild<QTabWidget *>();
    REQUIRE(tabs != nullptr);

    // Shown when its tab is opened: both desks, with site, label and key fingerprint.
    tabs->setCurrentWidget(pending);
    ui::PendingRequestsModel &model = pending->model();
    QAbstractItemModelTester tester(&model);
    REQUIRE(model.rowCount() == 2);
    CHECK(tabs->tabText(tabs->indexOf(pending)).contains(QLatin1String("(2)")));
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
        CHECK_FALSE(model.index(r, ui::PendingRequestsModel::Asked).data().toString().isEmpty());
    }
    CHECK(rows.filter(QLatin1String("bpi|Accueil Bpi|Desk|") + fingerprintOf(*w.b)).size() == 1);
    CHECK(rows.filter(QLatin1String("villette|Accueil 1|Desk|") + fingerprintOf(w.a)).size() == 1);

    auto *approve = pending->findChild<QPushButton *>(QStringLiteral("approveDesks"));
    REQUIRE(approve != nullptr);
    CHECK_FALSE(approve->isEnabled()); // nothing selected yet
    int bpiRow =
        model.index(0, ui::PendingRequestsModel::Site).data() == QLatin1String("bpi") ? 0 : 1;
    pending->table()->selectRow(bpiRow);
    REQUIRE(approve->isEnabled());

    SECTION("a wrong password approves nothing and says so")
    {
        prompter.passwords = {QStringLiteral("not the password")};
        QTest::mouseClick(approve, Qt::LeftButton);
        // Argon2id runs on a worker: the buttons wait, the window does not.
        CHECK(pending->isApproving());
        CHECK_FALSE(approve->isEnabled());
        REQUIRE(QTest::qWaitFor([&] { return !pending->isApproving(); }, 60000));
        REQUIRE(prompter.errors.size() == 1);
        CHECK(prompter.errors.at(0).contains(QLatin1String("Wrong administrator password")));
        CHECK(prompter.questions.last().contains(fingerprintOf(*w.b)));
        CHECK(w.approved().isEmpty());
        CHECK(model.rowCount() == 2);
    }
    SECTION("cancelling the password dialog approves nothing, silently")
    {
        prompter.passwords = {QString()};
        QTest::mouseClick(approve, Qt::LeftButton);
        CHECK_FALSE(pending->isApproving());
        CHECK(prompter.errors.isEmpty());
        CHECK(w.approved().isEmpty());
        CHECK(model.rowCount() == 2);
    }
    SECTION("the admin password approves the selected desk; the list is refreshed")
    {
        prompter.passwords = {kAdminPassword};
        QTest::mouseClick(approve, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !pending->isApproving(); }, 60000));
        CHECK(prompter.errors.isEmpty());
        CHECK(w.approved() == QStringList{w.b->reception->identity().instanceId});
        REQUIRE(model.rowCount() == 1);
        CHECK(model.index(0, ui::PendingRequestsModel::Desk).data() == QLatin1String("Accueil 1"));
        CHECK(pending->notice().contains(QLatin1String("1 approved")));
        CHECK(tabs->tabText(tabs->indexOf(pending)).contains(QLatin1String("(1)")));

        // Approved meanwhile from another PC (the CLI): the stale row says so and goes.
        LocalShareFs fs;
        Share share(fs, w.share);
        REQUIRE(share.approvePending({}, [] { return kAdminPassword; }).ok());
        pending->table()->selectRow(0);
        prompter.passwords = {kAdminPassword};
        QTest::mouseClick(approve, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return !pending->isApproving(); }, 60000));
        REQUIRE(prompter.errors.size() == 1);
        CHECK(prompter.errors.at(0).contains(QLatin1String("no longer pending")));
        CHECK(model.rowCount() == 0);
        CHECK(pending->notice() == QLatin1String("No desk is waiting for approval."));
        CHECK_FALSE(approve->isEnabled());
    }
}

TEST_CASE("pending desks: an unavailable share is said plainly", "[ui][sync][trust]")
{
    QTemporaryDir dir;
    ScriptedPrompter prompter;
    const QString missing = dir.filePath(QStringLiteral("unmounted"));
    ui::PendingDesksWidget pending([missing] { return missing; }, prompter);
    pending.reload();
    CHECK(pending.model().rowCount() == 0);
    CHECK(pending.notice().contains(QLatin1String("unavailable")));

    ui::PendingDesksWidget none([] { return QString(); }, prompter);
    none.reload();
    CHECK(none.notice().contains(QLatin1String("No share folder")));
}

TEST_CASE("screenshot of the pending desks", "[.screenshot][sync]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    WaitingDesks w;
    ScriptedPrompter prompter;
    ui::HealthWidget health([&w] { return w.share; }, prompter);
    health.resize(1000, 420);
    activate(health);
    auto *tabs = health.findChild<QTabWidget *>();
    REQUIRE(tabs != nullptr);
    tabs->setCurrentWidget(health.pendingDesks());
    health.pendingDesks()->table()->selectRow(0);
    QTest::qWait(50); // the layout follows the new notice's height
    REQUIRE(health.grab().save(QDir(folder).filePath(QStringLiteral("pending-desks.png"))));
}
