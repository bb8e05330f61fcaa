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
/// free text of the application; it names a desk, never a person.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(const Referential &referential, const QString &site, const QString &desk,
                   QWidget *parent = nullptr);

    QString site() const;
    QString desk() const;

private:
    QComboBox *m_site = nullptr;
    QLineEdit *m_desk = nullptr;
    QPushButton *m_ok = nullptr;
};

/// Asks until Reception accepts an identity; false when the agent cancels.
bool runFirstRun(Reception &reception, Prompter &prompter, QWidget *parent = nullptr);

/// Fills a combo box with the referential's active sites (code as item data), the main
/// site or `current` selected.
void fillSites(QComboBox &combo, const Referential &referential, const QString &current);

} // namespace passages::ui
