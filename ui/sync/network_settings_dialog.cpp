// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/network_settings_dialog.h"

#include "ui/async_task.h"
#include "ui/dialogs/dialog_parts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace passages::ui {

NetworkSettingsDialog::NetworkSettingsDialog(const NetworkConnection &connection,
                                             const QString &sessionPassword, const QString &cite,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("networkSettingsDialog"));
    setWindowTitle(tr("Network database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The network's PostgreSQL database holds every Cité's consolidated "
                      "figures: the coordinators' dashboards and the network's bilan read it. "
                      "Give a service name (described in the service file), or the server, "
                      "the database and the user."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_service = new QLineEdit(connection.service, this);
    m_service->setObjectName(QStringLiteral("networkService"));
    m_service->setPlaceholderText(tr("optional, e.g. passages"));
    form->addRow(tr("&Service:"), m_service);
    m_host = new QLineEdit(connection.host, this);
    m_host->setObjectName(QStringLiteral("networkHost"));
    m_host->setPlaceholderText(tr("server name or address"));
    m_host->setMinimumWidth(320);
    form->addRow(tr("Ser&ver:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("networkPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_port->setValue(connection.port);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit(connection.database, this);
    m_database->setObjectName(QStringLiteral("networkDatabase"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(connection.user, this);
    m_user->setObjectName(QStringLiteral("networkUser"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(sessionPassword, this);
    m_password->setObjectName(QStringLiteral("networkPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for this session only, never saved"));
    form->addRow(tr("Pass&word:"), m_password);
    m_cite = new QLineEdit(cite, this);
    m_cite->setObjectName(QStringLiteral("networkCite"));
    // The network database's rule for a Cité code: nothing else can be typed.
    m_cite->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9_-]{0,39}")), m_cite));
    m_cite->setPlaceholderText(tr("e.g. villette; empty: this PC only reads"));
    m_cite->setToolTip(tr("The code under which this PC consolidates its Cité's share into "
                          "the network database (lower-case letters, digits, '-' and '_')."));
    form->addRow(tr("&Cité code:"), m_cite);
    layout->addLayout(form);

    auto *where = new QLabel(
        tr("<b>The password is never saved by Passages.</b> PostgreSQL's client reads it from "
           "the password file <tt>%1</tt> (one line <tt>server:port:database:user:password</tt>, "
           "readable by you only) or from the service file <tt>%2</tt>. A password typed above "
           "is used until Passages closes.")
            .arg(pgPasswordFilePath().toHtmlEscaped(), pgServiceFilePath().toHtmlEscaped()),
        this);
    where->setObjectName(QStringLiteral("networkPasswordSource"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    m_test = new QPushButton(tr("&Test the connection"), this);
    m_test->setObjectName(QStringLiteral("networkTest"));
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("networkTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    layout->addWidget(okCancel(this));
    connect(m_test, &QPushButton::clicked, this, &NetworkSettingsDialog::testConnection);
}

NetworkSettingsDialog::~NetworkSettingsDialog()
{
    m_task.waitForFinished();
}

NetworkConnection NetworkSettingsDialog::connection() const
{
    NetworkConnection c;
    c.service = m_service->text().trimmed();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    return c;
}

QString NetworkSettingsDialog::cite() const
{
    return m_cite->text().trimmed();
}

QString NetworkSettingsDialog::sessionPassword() const
{
    return m_password->text();
}

void NetworkSettingsDialog::testConnection()
{
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    const NetworkConnection c = connection();
    const QString password = sessionPassword();
    m_task = runThenCallback(
        this, [c, password] { return NetworkConnectionTester::test(c, password); },
        [this](const NetworkConnectionTest &test) {
            m_test->setEnabled(true);
            m_lastTest = test;
            m_result->setStyleSheet(test.ok() ? QStringLiteral("color: #1d6b2c;")
                                              : QStringLiteral("color: #b02020;"));
            m_result->setText((test.ok() ? QStringLiteral("✔ ") : QStringLiteral("⚠ ")) +
                              test.message);
            m_result->setToolTip(test.detail);
            emit tested();
        });
}

} // namespace passages::ui
