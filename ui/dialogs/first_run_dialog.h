// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace passages {
class Reception;
class Referential;
} // namespace passages

namespace passages::ui {

class Prompter;

/// First start of a desk: which site it belongs to and its name ("Accueil 1"), the only
/// free text of the application (it names a desk, never a person), and optionally the
/// Cité's admin password (only its Argon2id hash is kept).
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(const Referential &referential, const QString &site, const QString &desk,
                   QWidget *parent = nullptr);

    QString site() const;
    QString desk() const;
    /// The Cité's admin password chosen here (typed twice alike), or empty: a desk joining
    /// a Cité takes the share's at the first admin action instead.
    QString adminPassword() const;

private:
    QComboBox *m_site = nullptr;
    QLineEdit *m_desk = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QPushButton *m_ok = nullptr;
};

/// Asks until Reception accepts an identity; false when the agent cancels.
bool runFirstRun(Reception &reception, Prompter &prompter, QWidget *parent = nullptr);

/// Fills a combo box with the referential's active sites (code as item data), the main
/// site or `current` selected.
void fillSites(QComboBox &combo, const Referential &referential, const QString &current);

} // namespace passages::ui
