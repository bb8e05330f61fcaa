// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/network/network_connection.h"

#include <QDialog>
#include <QFuture>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace passages::ui {

/// *Base réseau*: how this PC reaches the network's PostgreSQL database (README,
/// "Network"). A service name, or server, port, database and user. The dialog says where
/// libpq reads the password (~/.pgpass or the service file, never Passages' settings); a
/// password typed here is handed to the connections of this session only and never
/// saved. *Test the connection* runs NetworkConnectionTester on a worker thread and says,
/// in one sentence, what it found.
class NetworkSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `cite`: the Cité code this PC consolidates its share as (empty: it only reads).
    NetworkSettingsDialog(const NetworkConnection &connection, const QString &sessionPassword,
                          const QString &cite, QWidget *parent = nullptr);
    ~NetworkSettingsDialog() override;

    NetworkConnection connection() const;
    QString cite() const;
    /// Typed for this session; the caller keeps it in memory only.
    QString sessionPassword() const;
    /// The last test's outcome (none before the first).
    const std::optional<NetworkConnectionTest> &lastTest() const { return m_lastTest; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

public slots:
    /// Tests the settings as they are in the fields; tested() when the answer is shown.
    void testConnection();

signals:
    void tested();

private:
    QLineEdit *m_service = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_cite = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    std::optional<NetworkConnectionTest> m_lastTest;
    QFuture<void> m_task; ///< waited for on destruction
};

} // namespace passages::ui
