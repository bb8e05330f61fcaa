// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace passages {
class Database;
class Reception;
class Referential;
} // namespace passages

namespace passages::ui {

class AccueilWidget;
class AdminGuard;
class DashboardWidget;
class DeskSession;
class HealthWidget;
class NetworkHealthWidget;
class SyncController;
class Prompter;
class TodayPanel;

/// The desk window. Its tabs: the accueil (walk-in form and today's panel), the pôle
/// desks' interviews, the programme of events, the documentation space, the dashboard,
/// and the share (synchronisation health, every desk's dashboard). The status bar shows
/// site, desk, today's total and the last synchronisation.
/// `referential` is the very object `reception` works with: the settings change its
/// optional fields in place and save it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Reception &reception, Referential &referential, Prompter &prompter,
               QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeskSession &session() const { return *m_session; }
    AccueilWidget *accueil() const { return m_accueil; }
    TodayPanel *today() const { return m_today; }
    QAction *undoAction() const { return m_undo; }
    QTabWidget *tabs() const { return m_tabs; }
    SyncController &sync() const { return *m_sync; }
    AdminGuard &adminGuard() const { return *m_admin; }
    /// The network database's pages, once one is set (Tools › Network database).
    NetworkHealthWidget *networkHealth() const { return m_pgHealth; }
    DashboardWidget *networkDatabaseDashboard() const { return m_pgDashboard; }

public slots:
    void undo();
    void openSettings();
    void showAbout();
    void openSyncSettings();
    /// Tools › Base réseau… (admin): the network database's connection.
    void openNetworkSettings();
    void openClosures();
    /// Outils › Référentiel… (admin): the editor; Save publishes a new version.
    void openReferentialEditor();

protected:
    /// The accueil's key rule: while its tab shows and no dialog or menu is open, a pôle
    /// digit typed anywhere in the window (today's list, the tab bar, nowhere) starts the
    /// walk-in on the form, and Escape clears the form; keys typed in the form are its own.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A tab showing `page` in a scroll area; returns the tab's widget.
    QWidget *addPage(QWidget *page, const QString &title);
    void addViewEntry(int index);
    /// The accueil tab is showing: the form takes the keyboard.
    void focusForm();
    void buildMenus();
    void updateIdentity();
    void updateTotal(qint64 total);
    void showSyncState(bool ok, const QString &message, int pending, const QDateTime &lastSuccess);
    void openNetworkDashboard(const QString &cachePath);
    /// Adds (or points at the current settings) *All desks, network* and *Dashboard,
    /// network*.
    void showNetworkDatabase();

    Reception &m_reception;
    Referential &m_referential;
    Prompter &m_prompter;
    QSettings &m_settings;
    DeskSession *m_session = nullptr;
    AccueilWidget *m_accueil = nullptr;
    TodayPanel *m_today = nullptr;
    QAction *m_undo = nullptr;
    QLabel *m_siteLabel = nullptr;
    QLabel *m_deskLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_accueilPage = nullptr;
    QMenu *m_view = nullptr;
    SyncController *m_sync = nullptr;
    HealthWidget *m_health = nullptr;
    DashboardWidget *m_dashboard = nullptr; ///< this desk's figures
    DashboardWidget *m_networkDashboard = nullptr;
    NetworkHealthWidget *m_pgHealth = nullptr; ///< the network database's desks
    DashboardWidget *m_pgDashboard = nullptr;  ///< the network database's figures
    QWidget *m_pgDashboardPage = nullptr;
    QString m_networkPassword;           ///< typed in Base réseau for this session: memory only
    std::unique_ptr<Database> m_cache;   ///< the share's consolidated copy, once opened
    std::unique_ptr<AdminGuard> m_admin; ///< settings, closures, sync, rebuild, referential
};

} // namespace passages::ui
