// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/network/network_service.h"
#include "ui/sync/health_widget.h"

#include <QFuture>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace passages::ui {

/// *Tous les postes* over the network database: per Cité, the share it is bound to, its
/// last consolidation, its files by status and walk-ins, and the state of each of its
/// desks (the same table as the share's health view). Read from NetworkService::status on
/// a worker thread when shown and on *Refresh*; a Cité filter narrows the desks.
/// *Consolidate this Cité* imports the PC's share into the database under the Cité code
/// of the settings: what `passages-cli consolidate --pg` does on a server.
class NetworkHealthWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkHealthWidget(QWidget *parent = nullptr);
    ~NetworkHealthWidget() override;

    /// The database to read (a libpq CONNINFO) and a password typed for this session.
    void setConnection(const QString &conninfo, const QString &password);
    /// Where *Consolidate this Cité* reads: the share folder and the Cité code, both read
    /// at each click (the settings may change meanwhile).
    void setConsolidation(std::function<QString()> shareFolder, std::function<QString()> cite);
    QPushButton *consolidateButton() const { return m_consolidate; }
    /// What the last consolidation from here did (its summary, or why it failed).
    QString consolidationText() const;
    bool isConsolidating() const { return m_consolidating; }
    DeskHealthModel &healthModel() { return m_health; }
    QComboBox *citeFilter() const { return m_cite; }
    QString summaryText() const;
    bool isLoading() const { return m_loading; }

public slots:
    void reload();
    /// Imports this PC's share into the network database as its Cité (NetworkService), on
    /// a worker thread with a progress dialog, then reads the state again.
    void consolidate();

signals:
    void loaded();
    /// A consolidation from here ended (`ok`: it ran to its end).
    void consolidated(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const QString &cite);

    QString m_conninfo;
    QString m_password;
    QComboBox *m_cite = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_consolidate = nullptr;
    QLabel *m_outcome = nullptr;
    std::function<QString()> m_shareFolder;
    std::function<QString()> m_citeCode;
    bool m_consolidating = false;
    QFuture<void> m_consolidation; ///< waited for on destruction: it writes the database
    DeskHealthModel m_health;
    QList<NetworkCiteStatus> m_status;
    bool m_loading = false;
    bool m_loaded = false;
    QFuture<void> m_task;
};

} // namespace passages::ui
