// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTime>

class QLabel;
class QLineEdit;
class QTimeEdit;

namespace passages {
class Referential;
}

namespace passages::ui {

class Prompter;

/// Where the desk's share is mounted and when the nightly sync runs; an administrator
/// can also prepare a new, empty folder as the Cité's share from here.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SyncSettingsDialog(const QString &folder, const QTime &time, const Referential &referential,
                       Prompter &prompter, QWidget *parent = nullptr);

    QString folder() const;
    QTime time() const;

    /// A folder that does not exist is not saved silently: the user creates it, chooses
    /// another, or goes back to the dialog.
    void accept() override;

private:
    void browse();
    void prepareShare();

    const Referential &m_referential;
    Prompter &m_prompter;
    QLineEdit *m_folder = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_state = nullptr;
};

} // namespace passages::ui
