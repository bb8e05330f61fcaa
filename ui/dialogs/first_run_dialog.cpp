// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/first_run_dialog.h"

#include "ui/dialogs/dialog_parts.h"

#include "core/admin/admin_role.h"
#include "core/reception/reception.h"
#include "core/referential/referential.h"
#include "ui/dialogs/prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passages::ui {

namespace {
constexpr int kDeskLabelMax = 40; // Reception::setIdentity's limit
} // namespace

void fillSites(QComboBox &combo, const Referential &referential, const QString &current)
{
    combo.clear();
    int selected = -1;
    for (const Category &site : referential.active(Referential::Kind::Site)) {
        combo.addItem(site.label(referential.language()), site.code);
        if (site.code == current || (current.isEmpty() && site.main && selected < 0))
            selected = combo.count() - 1;
    }
    combo.setCurrentIndex(std::max(0, selected));
}

FirstRunDialog::FirstRunDialog(const Referential &referential, const QString &site,
                               const QString &desk, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set up this desk"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to Passages"), this);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("This computer records the anonymous walk-ins of one reception "
                                "desk. Choose the site it belongs to and give the desk a "
                                "name, such as \"Accueil 1\". No personal data is ever "
                                "recorded."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setSpacing(10);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_site->setMinimumHeight(36);
    fillSites(*m_site, referential, site);
    m_desk = new QLineEdit(desk, this);
    m_desk->setObjectName(QStringLiteral("deskEdit"));
    m_desk->setMaxLength(kDeskLabelMax);
    m_desk->setMinimumHeight(36);
    m_desk->setPlaceholderText(tr("Accueil 1"));
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Desk name:"), m_desk);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumHeight(36);
    m_password->setPlaceholderText(tr("optional: the share's, if the Cité has one"));
    m_again = new QLineEdit(this);
    m_again->setObjectName(QStringLiteral("adminPasswordAgain"));
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setMinimumHeight(36);
    form->addRow(tr("Administrator password:"), m_password);
    form->addRow(tr("Again:"), m_again);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Start recording"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QLabel *why = reasonLabel(this);
    layout->addWidget(why);
    layout->addWidget(buttons);

    auto updateOk = [this, why] {
        const QString password = m_password->text();
        if (m_desk->text().simplified().isEmpty())
            enableOrSayWhy(m_ok, false,
                           tr("Give the desk a name (such as \"Accueil 1\") to start recording."),
                           why);
        else if (!password.isEmpty() && password.size() < admin_password::kMinLength)
            enableOrSayWhy(m_ok, false,
                           tr("The administrator password needs at least %1 characters.")
                               .arg(admin_password::kMinLength),
                           why);
        else if (password != m_again->text())
            enableOrSayWhy(m_ok, false, tr("Type the same administrator password twice."), why);
        else
            enableOrSayWhy(m_ok, true, {}, why);
    };
    connect(m_desk, &QLineEdit::textChanged, this, updateOk);
    connect(m_password, &QLineEdit::textChanged, this, updateOk);
    connect(m_again, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    setTabOrder(m_desk, m_site);
    m_desk->setFocus();
    setMinimumWidth(520);
}

QString FirstRunDialog::site() const
{
    return m_site->currentData().toString();
}

QString FirstRunDialog::desk() const
{
    return m_desk->text().simplified();
}

QString FirstRunDialog::adminPassword() const
{
    return m_password->text() == m_again->text() ? m_password->text() : QString();
}

bool runFirstRun(Reception &reception, Prompter &prompter, QWidget *parent)
{
    const DeskIdentity known = reception.identity();
    QString site = known.site;
    QString desk = known.desk;
    for (;;) {
        FirstRunDialog dialog(reception.referential(), site, desk, parent);
        if (prompter.exec(dialog) != QDialog::Accepted)
            return false;
        site = dialog.site();
        desk = dialog.desk();
        Status set = reception.setIdentity(site, desk);
        if (set && !dialog.adminPassword().isEmpty())
            set = admin_password::set(reception.database(), dialog.adminPassword());
        if (set)
            return true;
        prompter.error(parent, FirstRunDialog::tr("Desk not set up"), set.error().message);
    }
}

} // namespace passages::ui
