// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/settings_dialog.h"

#include "ui/dialogs/dialog_parts.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, colors::muted);
    label->setPalette(muted);
    return label;
}

} // namespace

QString languageSetting(const QSettings &settings)
{
    const QString value = settings.value(kLanguageKey).toString();
    return value == QLatin1String("fr") || value == QLatin1String("en") ? value : QString();
}

void setLanguageSetting(QSettings &settings, const QString &language)
{
    settings.setValue(kLanguageKey, language);
}

SettingsDialog::SettingsDialog(const Referential &referential, const DeskIdentity &identity,
                               const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(12);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QVBoxLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    languageLayout->addWidget(m_language);
    languageLayout->addWidget(
        note(tr("The language applies the next time Passages starts."), languageBox));
    layout->addWidget(languageBox);

    auto *deskBox = new QGroupBox(tr("This desk"), this);
    auto *deskLayout = new QFormLayout(deskBox);
    m_site = new QComboBox(deskBox);
    m_site->setObjectName(QStringLiteral("siteCombo"));
    fillSites(*m_site, referential, identity.site);
    m_desk = new QLineEdit(identity.desk, deskBox);
    m_desk->setObjectName(QStringLiteral("deskEdit"));
    m_desk->setMaxLength(40);
    deskLayout->addRow(tr("Site:"), m_site);
    deskLayout->addRow(tr("Desk name:"), m_desk);
    layout->addWidget(deskBox);

    auto *fieldsBox = new QGroupBox(tr("Optional fields shown at the desks"), this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    const DeskFields &fields = referential.fields();
    m_public = new QCheckBox(tr("Public (job seeker, employee, student…)"), fieldsBox);
    m_channel = new QCheckBox(tr("Channel (on site, telephone, video, e-mail)"), fieldsBox);
    m_firstVisit = new QCheckBox(tr("First visit (yes / no)"), fieldsBox);
    m_public->setObjectName(QStringLiteral("publicCheck"));
    m_channel->setObjectName(QStringLiteral("channelCheck"));
    m_firstVisit->setObjectName(QStringLiteral("firstVisitCheck"));
    m_serviceLevel =
        new QCheckBox(tr("Service level (information, advice, ongoing support)"), fieldsBox);
    m_orientation = new QCheckBox(
        tr("Referred to (France Travail, Mission locale, a partner… or nowhere)"), fieldsBox);
    m_serviceLevel->setObjectName(QStringLiteral("serviceLevelCheck"));
    m_orientation->setObjectName(QStringLiteral("orientationCheck"));
    m_serviceLevel->setChecked(fields.serviceLevel);
    m_orientation->setChecked(fields.orientation);
    m_public->setChecked(fields.publicField);
    m_channel->setChecked(fields.channel);
    m_firstVisit->setChecked(fields.firstVisit);
    fieldsLayout->addWidget(m_public);
    fieldsLayout->addWidget(m_channel);
    fieldsLayout->addWidget(m_firstVisit);
    fieldsLayout->addWidget(m_serviceLevel);
    fieldsLayout->addWidget(m_orientation);
    fieldsLayout->addWidget(note(tr("Fewer fields make a faster desk. A hidden field is "
                                    "recorded with its default (not stated, on site). This "
                                    "choice belongs to the Cité's referential."),
                                 fieldsBox));
    layout->addWidget(fieldsBox);

    QDialogButtonBox *buttons = okCancel(this);
    QLabel *why = reasonLabel(this);
    auto updateOk = [this, buttons, why] {
        enableOrSayWhy(buttons->button(QDialogButtonBox::Ok),
                       !m_desk->text().simplified().isEmpty(),
                       tr("OK needs the desk's name (such as \"Accueil 1\")."), why);
    };
    connect(m_desk, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    layout->addWidget(why);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::site() const
{
    return m_site->currentData().toString();
}

QString SettingsDialog::desk() const
{
    return m_desk->text().simplified();
}

DeskFields SettingsDialog::fields() const
{
    DeskFields f;
    f.publicField = m_public->isChecked();
    f.channel = m_channel->isChecked();
    f.firstVisit = m_firstVisit->isChecked();
    f.serviceLevel = m_serviceLevel->isChecked();
    f.orientation = m_orientation->isChecked();
    return f;
}

} // namespace passages::ui
