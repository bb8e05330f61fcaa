// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main_window.h"

#include "core/network/network_connection.h"
#include "core/network/network_dashboard.h"
#include "core/reception/reception.h"
#include "core/referential/referential.h"
#include "core/referential/referential_publish.h"
#include "core/referential/referential_store.h"
#include "core/storage/database.h"
#include "core/sync/desk_sync_service.h"
#include "core/sync/share_fs.h"
#include "ui/accueil/accueil_widget.h"
#include "ui/accueil/choice_group.h"
#include "ui/accueil/desk_session.h"
#include "ui/accueil/passage_form.h"
#include "ui/accueil/pole_counts_model.h"
#include "ui/accueil/today_panel.h"
#include "ui/dashboard/dashboard_widget.h"
#include "ui/dialogs/admin_guard.h"
#include "ui/dialogs/closures_dialog.h"
#include "ui/dialogs/prompter.h"
#include "ui/dialogs/referential_editor.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/elided_label.h"
#include "ui/fonds/fonds_widget.h"
#include "ui/programme/interview_widget.h"
#include "ui/programme/programme_widget.h"
#include "ui/sync/health_widget.h"
#include "ui/sync/network_health_widget.h"
#include "ui/sync/network_settings_dialog.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace passages::ui {

namespace {

/// The *Base réseau* setting as this PC keeps it (never a password).
NetworkConnection networkSetting(const QSettings &settings)
{
    NetworkConnection c;
    c.service = settings.value(QStringLiteral("network/service")).toString();
    c.host = settings.value(QStringLiteral("network/host")).toString();
    c.port = settings.value(QStringLiteral("network/port"), 0).toInt();
    c.database = settings.value(QStringLiteral("network/database")).toString();
    c.user = settings.value(QStringLiteral("network/user")).toString();
    return c;
}

void setNetworkSetting(QSettings &settings, const NetworkConnection &c)
{
    settings.setValue(QStringLiteral("network/service"), c.service);
    settings.setValue(QStringLiteral("network/host"), c.host);
    settings.setValue(QStringLiteral("network/port"), c.port);
    settings.setValue(QStringLiteral("network/database"), c.database);
    settings.setValue(QStringLiteral("network/user"), c.user);
}

} // namespace

MainWindow::MainWindow(Reception &reception, Referential &referential, Prompter &prompter,
                       QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_reception(reception), m_referential(referential), m_prompter(prompter),
      m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = new DeskSession(reception, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Desks"));
    auto *central = new QWidget(m_tabs);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(14, 12, 14, 10);
    layout->setSpacing(14);
    m_accueil = new AccueilWidget(*m_session, central);
    m_today = new TodayPanel(*m_session, prompter, central);
    m_today->setMinimumWidth(380);
    // Two thirds to the form: on a 1366×768 screen its rows wrap less, so it fits unscrolled.
    layout->addWidget(m_accueil, 2);
    layout->addWidget(m_today, 1);
    m_accueilPage = central;
    m_tabs->addTab(central, tr("Accueil"));

    // The other desks of a Cité work on the same database and the same referential.
    Database &db = reception.database();
    const Clock clock = [&reception] {
        return reception.now();
    };
    addPage(new InterviewWidget(db, referential, clock), tr("Interviews"));
    addPage(new ProgrammeWidget(db, referential, prompter, clock), tr("Programme"));
    addPage(new FondsWidget(db, referential, prompter, clock), tr("Fonds"));
    auto *dashboard = new DashboardWidget(db, referential, reception.communes(), prompter, clock);
    m_dashboard = dashboard;
    QWidget *dashboardPage = addPage(dashboard, tr("Dashboard"));
    m_sync = new SyncController(db.path(), settings, this);
    m_health = new HealthWidget([this] { return m_sync->shareFolder(); }, prompter);
    m_health->healthModel().setSiteLabel(
        [this](const QString &code) { return m_referential.label(Referential::Kind::Site, code); });
    addPage(m_health, tr("All desks"));
    // The admin role (issue 17): core says which actions need it, AdminGuard asks.
    m_admin = std::make_unique<AdminGuard>(
        db, prompter, [this] { return m_sync->shareFolder(); }, clock);
    m_health->setRebuildGuard(
        [this] { return m_admin->require(this, AdminAction::RebuildFromShare); });
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, dashboard, dashboardPage](int index) {
        // Figures are computed when looked at, not at start-up.
        if (m_tabs->widget(index) == dashboardPage && !dashboard->figures() &&
            !dashboard->isLoading())
            dashboard->reload();
        if (m_tabs->widget(index) == m_accueilPage)
            focusForm();
    });
    connect(m_health, &HealthWidget::consolidated, this, &MainWindow::openNetworkDashboard);

    m_siteLabel = new QLabel(this);
    m_deskLabel = new QLabel(this);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("statusTotal"));
    for (QLabel *label : {m_siteLabel, m_deskLabel, m_totalLabel})
        label->setContentsMargins(8, 2, 8, 2);
    statusBar()->addWidget(m_siteLabel);
    statusBar()->addWidget(m_deskLabel);
    m_syncLabel = new ElidedLabel(this); // a long error must not widen the window
    m_syncLabel->setObjectName(QStringLiteral("statusSync"));
    m_syncLabel->setContentsMargins(8, 2, 8, 2);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_totalLabel);
    statusBar()->setSizeGripEnabled(false);

    m_today->setDeletionGuard(
        [this](const QDate &day) { return m_admin->requireDeletion(this, day); });
    buildMenus();
    connect(m_today->counts(), &PoleCountsModel::totalChanged, this, &MainWindow::updateTotal);
    updateTotal(m_today->counts()->total());
    updateIdentity();
    connect(m_sync, &SyncController::started, this,
            [this] { m_syncLabel->setText(tr("Synchronising…")); });
    connect(m_sync, &SyncController::finished, this, &MainWindow::showSyncState);
    connect(m_sync, &SyncController::referentialUpdated, this, [this] {
        // A newer referential from the Cité: reload it and refresh the form's options.
        if (Result<Referential> fresh = loadReferential(m_reception.database()); fresh) {
            const QString language = m_referential.language();
            m_referential = std::move(fresh).value();
            m_referential.setLanguage(language);
            m_accueil->refreshFields();
        }
    });
    const DeskSyncState state = deskSyncState(m_reception.database());
    showSyncState(state.lastError.isEmpty(), state.lastError, state.pendingRows, state.lastSuccess);
    if (!networkSetting(m_settings).isEmpty())
        showNetworkDatabase();
    m_sync->start();
    resize(1280, 800);
    m_accueil->setFocus();
    m_accueil->clear(); // focus on the pôle
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), this, &MainWindow::undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    // Ctrl+Z takes back the accueil's walk-ins only there: the interview desk has its own.
    auto updateUndo = [this] {
        m_undo->setEnabled(m_session->canUndo() && m_tabs->currentWidget() == m_accueilPage);
    };
    connect(m_session, &DeskSession::undoAvailableChanged, this, updateUndo);
    connect(m_tabs, &QTabWidget::currentChanged, this, updateUndo);
    connect(m_session, &DeskSession::changed, this, [this] {
        // "Undo recording", "Undo correction"...: the agent sees what Ctrl+Z will do.
        m_undo->setText(m_session->canUndo() ? m_session->undoText() : tr("&Undo"));
    });
    edit->addSeparator();
    QAction *correct =
        edit->addAction(tr("&Correct the selected entry…"), m_today, &TodayPanel::correctCurrent);
    correct->setShortcut(Qt::Key_F2);
    edit->addAction(tr("&Delete the selected entry…"), m_today, &TodayPanel::deleteCurrent);
    edit->addSeparator();
    QAction *clear = edit->addAction(tr("C&lear the form"), m_accueil, &AccueilWidget::clear);
    clear->setToolTip(tr("Escape"));

    m_view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i)
        addViewEntry(i);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *syncNow = tools->addAction(tr("S&ynchronise now"), m_sync, &SyncController::syncNow);
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    tools->addAction(tr("Sy&nchronisation settings…"), this, &MainWindow::openSyncSettings);
    QAction *network =
        tools->addAction(tr("Net&work database…"), this, &MainWindow::openNetworkSettings);
    network->setObjectName(QStringLiteral("networkSettingsAction"));
    tools->addSeparator();
    tools->addAction(tr("&Closures…"), this, &MainWindow::openClosures);
    QAction *referentialAction =
        tools->addAction(tr("&Referential…"), this, &MainWindow::openReferentialEditor);
    referentialAction->setObjectName(QStringLiteral("referentialAction"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Passages"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QWidget *MainWindow::addPage(QWidget *page, const QString &title)
{
    // A small screen (1366x768) scrolls a page rather than growing the window past it.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(scroll, title);
    return scroll;
}

void MainWindow::addViewEntry(int index)
{
    QString name = m_tabs->tabText(index);
    name.remove(QLatin1Char('&'));
    QAction *go = m_view->addAction(name, this, [this, index] { m_tabs->setCurrentIndex(index); });
    go->setObjectName(QStringLiteral("viewTab%1").arg(index + 1));
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    m_tabs->setTabToolTip(index, go->shortcut().toString(QKeySequence::NativeText));
}

void MainWindow::focusForm()
{
    m_accueil->form()->focusFirst();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    auto *target = qobject_cast<QWidget *>(watched);
    // Only the first delivery (to the focus widget, or the window when nothing has focus),
    // not the copies propagated to its parents; only this window, with no dialog, menu or
    // pop-up list over it.
    QWidget *focus = QApplication::focusWidget();
    if (!target || target->window() != this || (focus ? target != focus : target != this) ||
        QApplication::activeModalWidget() || QApplication::activePopupWidget() ||
        m_tabs->currentWidget() != m_accueilPage)
        return false;
    if (focus && m_accueil->form()->isAncestorOf(focus))
        return false; // the form's own keys: a digit picks a theme, types a postal code...
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    const int poles = m_accueil->form()->poleGroup()->count();
    if (key->key() >= Qt::Key_1 && key->key() < Qt::Key_1 + std::min(poles, 9)) {
        m_accueil->form()->reset(); // the banner keeps reading back the last action
        m_accueil->form()->focusFirst();
        QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
        QApplication::sendEvent(m_accueil->form()->poleGroup(), &copy);
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        m_accueil->clear();
        return true;
    }
    return false;
}

void MainWindow::undo()
{
    if (m_session->canUndo())
        (void)m_session->undo(); // the session shows the outcome in the banner
}

void MainWindow::updateIdentity()
{
    const DeskIdentity id = m_reception.identity();
    const QString site = m_referential.label(Referential::Kind::Site, id.site);
    setWindowTitle(site.isEmpty() ? tr("Passages") : tr("Passages — %1").arg(site));
    m_siteLabel->setText(tr("Site: %1").arg(site));
    m_deskLabel->setText(tr("Desk: %1").arg(id.desk));
}

void MainWindow::updateTotal(qint64 total)
{
    m_totalLabel->setText(tr("Today: %Ln person(s)", nullptr, int(total)));
}

void MainWindow::openClosures()
{
    if (!m_admin->require(this, AdminAction::EditClosures))
        return;
    ClosuresDialog dialog(
        m_reception.database(), m_referential, m_prompter, [this] { return m_reception.now(); },
        this);
    m_prompter.exec(dialog);
    // Closed days change the dashboard's charts and averages.
    if (dialog.changed())
        for (DashboardWidget *d : {m_dashboard, m_networkDashboard})
            if (d && d->figures())
                d->reload();
}

void MainWindow::openReferentialEditor()
{
    if (!m_admin->require(this, AdminAction::EditReferential))
        return;
    ReferentialEditor editor(m_referential, this);
    if (m_prompter.exec(editor) != QDialog::Accepted || !editor.isChanged())
        return;
    const QString folder = m_sync->shareFolder();
    QString password;
    if (!folder.isEmpty()) {
        // Publishing signs with the share's admin key: its password, never kept.
        password = m_prompter.password(this, tr("Publish the referential"),
                                       tr("Administrator password of the share, to sign "
                                          "the new version:"));
        if (password.isEmpty())
            return;
    }
    LocalShareFs fs;
    Result<int> version =
        publishNextVersion(m_reception.database(), fs, folder, editor.edited(), password);
    if (!version) {
        m_prompter.error(this, tr("Referential not saved"), version.error().message);
        return;
    }
    if (Result<Referential> fresh = loadReferential(m_reception.database()); fresh) {
        const QString language = m_referential.language();
        m_referential = std::move(fresh).value();
        m_referential.setLanguage(language);
        m_accueil->refreshFields();
    }
    statusBar()->showMessage(
        folder.isEmpty()
            ? tr("Referential version %1 saved on this desk (no share set).").arg(*version)
            : tr("Referential version %1 published; the desks pick it up at "
                 "their next synchronisation.")
                  .arg(*version),
        10000);
}

void MainWindow::openSettings()
{
    if (!m_admin->require(this, AdminAction::Settings))
        return;
    SettingsDialog dialog(m_referential, m_reception.identity(), languageSetting(m_settings), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;

    setLanguageSetting(m_settings, dialog.language());
    m_settings.sync();

    const DeskIdentity id = m_reception.identity();
    if (dialog.site() != id.site || dialog.desk() != id.desk) {
        if (Status s = m_reception.setIdentity(dialog.site(), dialog.desk()); !s)
            m_prompter.error(this, tr("Desk not changed"), s.error().message);
        updateIdentity();
    }

    const DeskFields before = m_referential.fields();
    const DeskFields after = dialog.fields();
    if (before.publicField != after.publicField || before.channel != after.channel ||
        before.firstVisit != after.firstVisit || before.serviceLevel != after.serviceLevel ||
        before.orientation != after.orientation) {
        m_referential.setFields(after);
        if (Status s = saveReferential(m_reception.database(), m_referential); !s) {
            m_referential.setFields(before); // the desk keeps showing what is stored
            m_prompter.error(this, tr("Fields not changed"), s.error().message);
        }
        m_accueil->refreshFields();
    }
}

void MainWindow::openSyncSettings()
{
    if (!m_admin->require(this, AdminAction::SyncSettings))
        return;
    SyncSettingsDialog dialog(m_sync->shareFolder(), m_sync->nightlyTime(), m_referential,
                              m_prompter, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;
    m_sync->setNightlyTime(dialog.time());
    m_sync->setShareFolder(dialog.folder());
    m_settings.sync();
}

void MainWindow::openNetworkSettings()
{
    // The network database is part of the Cité's synchronisation settings: the same guard.
    if (!m_admin->require(this, AdminAction::SyncSettings))
        return;
    NetworkSettingsDialog dialog(networkSetting(m_settings), m_networkPassword,
                                 m_settings.value(QStringLiteral("network/cite")).toString(), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;
    setNetworkSetting(m_settings, dialog.connection());
    m_settings.setValue(QStringLiteral("network/cite"), dialog.cite());
    m_settings.sync();
    m_networkPassword = dialog.sessionPassword();
    if (!dialog.connection().isEmpty())
        showNetworkDatabase();
}

void MainWindow::showNetworkDatabase()
{
    const QString conninfo = networkSetting(m_settings).conninfo();
    auto source = std::make_shared<PgDashboardSource>(conninfo, m_networkPassword);
    if (m_pgDashboard) {
        m_pgHealth->setConnection(conninfo, m_networkPassword);
        m_pgDashboard->setSource(source);
        if (m_tabs->currentWidget() == m_pgDashboardPage)
            m_pgDashboard->reload();
        return;
    }
    m_pgHealth = new NetworkHealthWidget;
    m_pgHealth->setConnection(conninfo, m_networkPassword);
    m_pgHealth->setConsolidation(
        [this] { return m_sync->shareFolder(); },
        [this] { return m_settings.value(QStringLiteral("network/cite")).toString(); });
    m_pgHealth->healthModel().setSiteLabel(
        [this](const QString &code) { return m_referential.label(Referential::Kind::Site, code); });
    addViewEntry(m_tabs->indexOf(addPage(m_pgHealth, tr("All desks, network"))));
    m_pgDashboard = new DashboardWidget(source, m_referential, m_reception.communes(), m_prompter,
                                        [this] { return m_reception.now(); });
    m_pgDashboard->setObjectName(QStringLiteral("networkDatabaseDashboard"));
    m_pgDashboardPage = addPage(m_pgDashboard, tr("Dashboard, network"));
    addViewEntry(m_tabs->indexOf(m_pgDashboardPage));
    // Computed when looked at: the network database may be far away.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_pgDashboardPage && !m_pgDashboard->figures() &&
            !m_pgDashboard->isLoading())
            m_pgDashboard->reload();
    });
}

void MainWindow::showSyncState(bool ok, const QString &message, int pending,
                               const QDateTime &lastSuccess)
{
    QString text;
    if (m_sync->shareFolder().isEmpty())
        text = tr("No synchronisation");
    else if (lastSuccess.isValid())
        text = tr("Synchronised %1")
                   .arg(QLocale().toString(lastSuccess.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("Never synchronised");
    if (pending > 0)
        text += QStringLiteral(" · ") + tr("%Ln waiting", nullptr, pending);
    if (!ok && !message.isEmpty())
        text += QStringLiteral(" · ⚠ ") + message;
    m_syncLabel->setText(text);
    // What the consolidations confirmed (their receipts), read from the local state.
    const Acknowledgement ack = deskSyncState(m_reception.database()).acknowledgement;
    QStringList tip;
    if (!message.isEmpty())
        tip << message;
    if (ack.published > 0) {
        QString confirmed =
            tr("%1 of %Ln batch(es) confirmed by the consolidation", nullptr, ack.published)
                .arg(ack.acknowledged);
        if (ack.lastAcknowledged.isValid())
            confirmed += QStringLiteral(" (%1)").arg(
                QLocale().toString(ack.lastAcknowledged.toLocalTime(), QLocale::ShortFormat));
        tip << confirmed;
    }
    for (const QString &refused : ack.refused)
        tip << tr("Refused by the consolidation: %1").arg(refused);
    m_syncLabel->setToolTip(tip.join(QLatin1Char('\n')));
    m_syncLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b02020;"));
}

void MainWindow::openNetworkDashboard(const QString &cachePath)
{
    // Every desk's figures: the same dashboard over the consolidated copy.
    if (m_networkDashboard) {
        m_networkDashboard->reload();
        return;
    }
    Result<std::unique_ptr<Database>> cache =
        Database::open(cachePath, Database::Check::Skip, Database::Durability::Cache);
    if (!cache) {
        m_prompter.error(this, tr("Dashboard, all desks"), cache.error().message);
        return;
    }
    m_cache = std::move(cache).value();
    m_networkDashboard =
        new DashboardWidget(*m_cache, m_referential, m_reception.communes(), m_prompter, {});
    addViewEntry(m_tabs->indexOf(addPage(m_networkDashboard, tr("Dashboard, all desks"))));
    m_networkDashboard->reload();
}

void MainWindow::showAbout()
{
    const QString text =
        tr("<h3>Passages %1</h3>"
           "<p>Reception desks of the Cités des métiers: anonymous walk-in tallies, "
           "with no personal data.</p>"
           "<p>Free software under the GNU General Public License, version 3 or any later "
           "version (GPL-3.0-or-later).</p>"
           "<p>Communes data: <i>@etalab/decoupage-administratif</i> (INSEE, La Poste), "
           "Licence Ouverte / Open Licence 2.0, Etalab.</p>")
            .arg(QStringLiteral(PASSAGES_VERSION));
    m_prompter.about(this, tr("About Passages"), text);
}

} // namespace passages::ui
