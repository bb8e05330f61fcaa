// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/network/network_service.h"
#include "ui/sync/health_widget.h"

#include <QFuture>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace passages::ui {

/// *Tous les postes* over the network database: per Cité, the share it is bound to, its
/// last consolidation, its files by status and walk-ins, and the state of each of its
/// desks (the same table as the share's health view). Read from NetworkService::status on
/// a worker thread when shown and on *Refresh*; a Cité filter narrows the desks.
class NetworkHealthWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkHealthWidget(QWidget *parent = nullptr);
    ~NetworkHealthWidget() override;

    /// The database to read (a libpq CONNINFO) and a password typed for this session.
    void setConnection(const QString &conninfo, const QString &password);
    DeskHealthModel &healthModel() { return m_health; }
    QComboBox *citeFilter() const { return m_cite; }
    QString summaryText() const;
    bool isLoading() const { return m_loading; }

public slots:
    void reload();

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(const QString &cite);

    QString m_conninfo;
    QString m_password;
    QComboBox *m_cite = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    DeskHealthModel m_health;
    QList<NetworkCiteStatus> m_status;
    bool m_loading = false;
    bool m_loaded = false;
    QFuture<void> m_task;
};

} // namespace passages::ui
