// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/sync_settings_dialog.h"

#include "core/referential/referential.h"
#include "core/sync/share.h"
#include "core/sync/share_fs.h"
#include "ui/dialogs/dialog_parts.h"
#include "ui/dialogs/prompter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace passages::ui {

SyncSettingsDialog::SyncSettingsDialog(const QString &folder, const QTime &time,
                                       const Referential &referential, Prompter &prompter,
                                       QWidget *parent)
    : QDialog(parent), m_referential(referential), m_prompter(prompter)
{
    setWindowTitle(tr("Synchronisation"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every night this desk sends its tallies to the Cité's shared "
                                "folder (an SMB or NFS share mounted on this computer). Nothing "
                                "is ever removed from this desk."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_folder = new QLineEdit(folder, this);
    m_folder->setObjectName(QStringLiteral("shareFolder"));
    m_folder->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    // A row of two fields: its label needs its buddy set by hand (else the "&" shows).
    auto *folderLabel = new QLabel(tr("Share &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);
    m_time = new QTimeEdit(time, this);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("Nightly &time:"), m_time);
    layout->addLayout(form);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto *prepare = new QPushButton(tr("&Prepare this folder as a new share…"), this);
    prepare->setToolTip(tr("Once, by an administrator, on an empty folder of the server."));
    layout->addWidget(prepare, 0, Qt::AlignLeft);

    QDialogButtonBox *buttons = okCancel(this);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &SyncSettingsDialog::browse);
    connect(prepare, &QPushButton::clicked, this, &SyncSettingsDialog::prepareShare);
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_state->setText(tr("No share: this desk does not synchronise."));
            return;
        }
        LocalShareFs fs;
        Result<ShareInfo> info = Share(fs, text).open();
        m_state->setText(info ? tr("Share of %1, ready.").arg(info->cite) : info.error().message);
    });
    Q_EMIT m_folder->textChanged(m_folder->text());
}

QString SyncSettingsDialog::folder() const
{
    return m_folder->text().trimmed();
}

QTime SyncSettingsDialog::time() const
{
    return m_time->time();
}

void SyncSettingsDialog::accept()
{
    const QString path = folder();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        QDialog::accept();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Share folder"),
                    tr("The folder %1 does not exist. If it is the Cité's network share, it is "
                       "probably not mounted: creating it would make an empty local folder.")
                        .arg(path),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("missingFolderQuestion"));
    QPushButton *create = box.addButton(tr("C&reate it"), QMessageBox::AcceptRole);
    QPushButton *other = box.addButton(tr("C&hoose another…"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    create->setObjectName(QStringLiteral("createFolder"));
    other->setObjectName(QStringLiteral("chooseAnother"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    m_prompter.exec(box);
    if (box.clickedButton() == create) {
        if (!QDir().mkpath(path)) {
            m_prompter.error(this, tr("Share folder"),
                             tr("Cannot create the folder %1.").arg(path));
            return;
        }
        QDialog::accept();
    } else if (box.clickedButton() == other) {
        browse();
    }
    // Cancel: back to the dialog, nothing saved.
}

void SyncSettingsDialog::browse()
{
    QFileDialog dialog(this, tr("Share folder"), m_folder->text());
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (m_prompter.exec(dialog) == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_folder->setText(dialog.selectedFiles().constFirst());
}

void SyncSettingsDialog::prepareShare()
{
    if (folder().isEmpty())
        return;
    if (!m_prompter.confirm(this, tr("Prepare a new share"),
                            tr("Prepare %1 as the Cité's share? Do this once, on the server's "
                               "empty folder; every desk then points at it.")
                                .arg(folder()),
                            tr("Prepare")))
        return;
    // The admin password seals the Cité's admin key: approving a desk asks for it.
    const QString password =
        m_prompter.password(this, tr("Prepare a new share"),
                            tr("Choose the administrator password (asked when approving a desk "
                               "or publishing a referential; keep it safe, it cannot be "
                               "recovered):"));
    if (password.isEmpty())
        return;
    LocalShareFs fs;
    if (Status s = Share(fs, folder()).init(m_referential, password); !s) {
        m_prompter.error(this, tr("Share not prepared"), s.error().message);
        return;
    }
    Q_EMIT m_folder->textChanged(m_folder->text());
}

} // namespace passages::ui
