// SPDX-License-Identifier: GPL-3.0-or-later
// The sync screens driven for real: the settings dialog prepares a share, the controller
// syncs a desk on its worker thread, the health view consolidates a share with a damaged
// file and rebuilds it on confirmation.
#include "ui_support.h"

#include "core/storage/database.h"

#include "core/sync/consolidator.h"
#include "core/sync/desk_sync.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "ui/sync/health_widget.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_settings_dialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimeEdit>
#include <QToolTip>

using namespace passages;
using namespace passages::test;

namespace {

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

QString stateText(QWidget &dialog)
{
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

/// A new share in `dir`, prepared as an administrator would.
QString preparedShare(const QTemporaryDir &dir)
{
    const QString share = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    LocalShareFs fs;
    test::prepareShare(fs, share);
    return share;
}

/// A desk of `site` named `label`, with its identity set.
std::unique_ptr<TempDesk> deskAt(const char *site, const char *label)
{
    auto desk = std::make_unique<TempDesk>(false);
    REQUIRE(desk->reception->setIdentity(QLatin1String(site), QLatin1String(label)).ok());
    return desk;
}

/// Logs a walk-in at `desk` and publishes it to `share`.
void logAndSync(TempDesk &desk, const QString &share, const char *pole, int count)
{
    REQUIRE(desk.reception->log(walkIn(pole, count)).ok());
    LocalShareFs fs;
    REQUIRE(DeskSync(*desk.db, fs, share).run().ok());
    test::approveAll(fs, share); // the admin approves the desk's join request
}

} // namespace

TEST_CASE("the sync settings dialog prepares a new share and keeps folder and time", "[ui][sync]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    ScriptedPrompter prompter;
    const Referential referential = Referential::defaultReferential();
    ui::SyncSettingsDialog dialog(QString(), QTime(22, 30), referential, prompter);
    activate(dialog);
    CHECK(stateText(dialog).contains(QLatin1String("does not synchronise")));

    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("shareFolder"));
    REQUIRE(edit != nullptr);
    // Alt+F reaches the folder: its label (beside a two-field row) has the field as buddy.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(),
                      [edit](const QLabel *label) { return label->buddy() == edit; }));
    edit->setText(folder);
    // An empty folder is not a share yet: said, not guessed.
    CHECK(stateText(dialog).contains(QLatin1String("not a prepared Passages share")));

    QPushButton *prepare = button(dialog, QStringLiteral("&Prepare this folder as a new share…"));
    prompter.answers = {false};
    QTest::mouseClick(prepare, Qt::LeftButton);
    CHECK_FALSE(QFile::exists(folder + QStringLiteral("/SHARE_ID")));
    prompter.answers = {true};
    prompter.passwords = {QStringLiteral("secret")};
    QTest::mouseClick(prepare, Qt::LeftButton);
    CHECK(prompter.questions.size() == 3); // two confirmations, the password
    CHECK(prompter.errors.isEmpty());
    CHECK(QFile::exists(folder + QStringLiteral("/SHARE_ID")));
    CHECK(stateText(dialog).contains(QLatin1String("ready")));

    // Preparing it twice is refused with a message, and nothing changes.
    prompter.answers = {true};
    prompter.passwords = {QStringLiteral("secret")};
    QTest::mouseClick(prepare, Qt::LeftButton);
    CHECK(prompter.errors.size() == 1);

    auto *time = dialog.findChild<QTimeEdit *>();
    REQUIRE(time != nullptr);
    time->setTime(QTime(21, 15));
    CHECK(dialog.folder() == folder);
    CHECK(dialog.time() == QTime(21, 15));
}

TEST_CASE("the sync controller syncs on demand on its worker thread and reports failures",
          "[ui][sync]")
{
    QTemporaryDir dir;
    const QString share = preparedShare(dir);
    LocalShareFs fs;

    TempDesk desk;
    for (int i = 0; i < 3; ++i)
        REQUIRE(desk.reception->log(walkIn("emploi")).ok());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ui::SyncController controller(desk.path, settings);
    QSignalSpy finished(&controller, &ui::SyncController::finished);

    SECTION("a prepared share: everything is sent")
    {
        controller.setShareFolder(share);
        controller.syncNow();
        REQUIRE(finished.wait(10000));
        const QList<QVariant> args = finished.takeFirst();
        INFO(args.at(1).toString().toStdString());
        CHECK(args.at(0).toBool());
        CHECK(args.at(2).toInt() == 0);
        CHECK(args.at(3).toDateTime().isValid());
        QDirIterator files(share + QStringLiteral("/desks"), QDir::Files,
                           QDirIterator::Subdirectories);
        REQUIRE(files.hasNext());
        CHECK(files.next().endsWith(QLatin1String("_a1.jsonl")));
    }

    SECTION("an unmounted share: a failure with its reason, the tallies kept waiting")
    {
        controller.setShareFolder(dir.filePath(QStringLiteral("not-mounted")));
        controller.syncNow();
        REQUIRE(finished.wait(10000));
        const QList<QVariant> args = finished.takeFirst();
        CHECK_FALSE(args.at(0).toBool());
        CHECK_FALSE(args.at(1).toString().isEmpty());
        CHECK(args.at(2).toInt() == 3);
        CHECK_FALSE(controller.isRunning());
    }
}

TEST_CASE("the health view shows every desk and the files not imported, and rebuilds", "[ui][sync]")
{
    QTemporaryDir dir;
    const QString share = preparedShare(dir);
    LocalShareFs fs;
    TempDesk a;
    const auto b = deskAt("bpi", "Accueil Bpi");
    logAndSync(a, share, "emploi", 2);
    logAndSync(*b, share, "droit", 1);
    // A file a desk never finished writing would be hidden; this one is plain junk.
    const QString deskFolder = Share(fs, share).deskFolder(a.reception->identity().instanceId);
    const QStringList years = QDir(deskFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(years.size() == 1);
    QFile junk(deskFolder + QLatin1Char('/') + years.at(0) + QStringLiteral("/notes.txt"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("hello");
    junk.close();

    ScriptedPrompter prompter;
    ui::HealthWidget health([share] { return share; }, prompter);
    health.resize(900, 600);
    activate(health);
    QSignalSpy consolidated(&health, &ui::HealthWidget::consolidated);

    QTest::mouseClick(button(health, QStringLiteral("&Consolidate now")), Qt::LeftButton);
    REQUIRE(consolidated.wait(10000));
    CHECK_FALSE(health.isBusy());
    CHECK(health.healthModel().rowCount() == 2);
    REQUIRE(health.problemsModel().rowCount() == 1);
    const QString reason = health.problemsModel().index(0, 2).data().toString();
    CHECK(reason.contains(QLatin1String("not a batch file name")));
    const QString cachePath = consolidated.takeFirst().at(0).toString();
    CHECK(QFile::exists(cachePath));
    const auto consolidatorId = [&cachePath] {
        auto cache = Database::open(cachePath);
        REQUIRE(cache.ok());
        return (*cache)->meta(QStringLiteral("consolidator_id"));
    };
    const QString identity = consolidatorId();
    REQUIRE_FALSE(identity.isEmpty());

    // Rebuild: asked first; "no" changes nothing, "yes" reads everything again.
    QPushButton *rebuild = button(health, QStringLiteral("&Rebuild from the share…"));
    prompter.answers = {false};
    QTest::mouseClick(rebuild, Qt::LeftButton);
    CHECK_FALSE(health.isBusy());
    CHECK(consolidated.isEmpty());
    prompter.answers = {true};
    QTest::mouseClick(rebuild, Qt::LeftButton);
    REQUIRE(consolidated.wait(10000));
    CHECK(prompter.questions.size() == 2);
    CHECK(health.healthModel().rowCount() == 2);
    CHECK(health.problemsModel().rowCount() == 1);
    CHECK(stateText(health).contains(QLatin1String("3 new file")));
    // The rebuild keeps this PC's consolidator identity and key (an admin approved them:
    // a new key would make every desk ignore its receipts), as the CLI's --rebuild does.
    CHECK(consolidatorId() == identity);
}

namespace {

/// A desk window whose desk published three nights, of which a consolidation confirmed
/// the first two (its receipts read at the third sync).
struct ConfirmedDesk
{
    QTemporaryDir dir;
    QString share = preparedShare(dir);
    std::unique_ptr<DeskWindow> w;

    ConfirmedDesk()
    {
        w = std::make_unique<DeskWindow>([this](TempDesk &desk) {
            logAndSync(desk, share, "emploi", 2);
            logAndSync(desk, share, "droit", 1);
            LocalShareFs fs;
            auto cache = Database::open(dir.filePath(QStringLiteral("cache.sqlite")),
                                        Database::Check::Quick, Database::Durability::Cache);
            REQUIRE(cache.ok());
            REQUIRE(Consolidator(**cache, fs, share).run().ok());
            test::approveAll(fs, share);            // the consolidating PC: its receipts count
            logAndSync(desk, share, "creation", 3); // reads the receipt
            QSettings ini(desk.dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("sync/share"), share);
        });
    }
    QLabel *label() const { return w->find<QLabel>(QStringLiteral("statusSync")); }
};

} // namespace

TEST_CASE("the status bar says what the consolidation confirmed", "[ui][sync]")
{
    ConfirmedDesk c;
    CHECK(c.label()->text().startsWith(QLatin1String("Synchronised")));
    const QString tip = c.label()->toolTip();
    INFO(tip.toStdString());
    CHECK(tip.contains(QLatin1String("2 of 3 batch")));
    CHECK(tip.contains(QLatin1String("confirmed by the consolidation")));
}

TEST_CASE("screenshot of the status bar's sync tooltip", "[.screenshot][sync]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    ConfirmedDesk c;
    QLabel *label = c.label();
    QToolTip::showText(label->mapToGlobal(QPoint(0, 0)), label->toolTip(), label);
    QWidget *tip = nullptr;
    REQUIRE(QTest::qWaitFor([&tip] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QTipLabel") && w->isVisible())
                tip = w;
        return tip != nullptr;
    }));
    REQUIRE(tip->grab().save(QDir(folder).filePath(QStringLiteral("sync-tooltip.png"))));
    REQUIRE(c.w->window->statusBar()->grab().save(
        QDir(folder).filePath(QStringLiteral("status-bar.png"))));
}

TEST_CASE("screenshot of the health view", "[.screenshot][sync]")
{
    const QString folder = screenshotFolder();
    if (folder.isEmpty())
        return;
    const FrenchUi french;
    QTemporaryDir dir;
    const QString share = preparedShare(dir);
    LocalShareFs fs;
    TempDesk a;
    const auto b = deskAt("villette", "Accueil 2");
    const auto c = deskAt("bpi", "Accueil Bpi");
    for (int night = 0; night < 3; ++night) {
        logAndSync(a, share, "emploi", 2);
        logAndSync(*b, share, "droit", 1);
        logAndSync(*c, share, "creation", 3);
    }
    // One of Accueil 2's files arrived truncated.
    const QString deskFolder = Share(fs, share).deskFolder(b->reception->identity().instanceId);
    const QString year = QDir(deskFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).at(0);
    const QStringList files = QDir(deskFolder + QLatin1Char('/') + year).entryList(QDir::Files);
    QFile damaged(deskFolder + QLatin1Char('/') + year + QLatin1Char('/') + files.last());
    REQUIRE(damaged.open(QIODevice::ReadWrite));
    REQUIRE(damaged.resize(damaged.size() / 2));
    damaged.close();

    ScriptedPrompter prompter;
    ui::HealthWidget health([share] { return share; }, prompter);
    // As the main window does: sites by their labels.
    const Referential referential = Referential::defaultReferential();
    health.healthModel().setSiteLabel([&referential](const QString &code) {
        return referential.label(Referential::Kind::Site, code);
    });
    health.resize(1280, 560);
    activate(health);
    QSignalSpy consolidated(&health, &ui::HealthWidget::consolidated);
    health.refresh();
    REQUIRE(consolidated.wait(10000));
    QTest::qWait(50);
    REQUIRE(health.grab().save(QDir(folder).filePath(QStringLiteral("health.png"))));
}

TEST_CASE("a consolidated copy that cannot be opened says why instead of no dashboard",
          "[ui][sync]")
{
    DeskWindow w;
    QTabWidget *tabs = w.window->tabs();
    const int before = tabs->count();
    const QString junk = QDir(w.desk.dir.path()).filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x')); // not an SQLite file
    file.close();
    auto *health = w.window->findChild<ui::HealthWidget *>();
    REQUIRE(health != nullptr);
    emit health->consolidated(junk);
    CHECK(tabs->count() == before);
    REQUIRE(w.prompter.errors.size() == 1);
    CHECK_FALSE(w.prompter.errors.first().isEmpty());
}
