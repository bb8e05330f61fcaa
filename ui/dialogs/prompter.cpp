// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/prompter.h"

#include <QDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace passages::ui {

int Prompter::exec(QDialog &dialog)
{
    return dialog.exec();
}

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text,
                       const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void Prompter::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

QString Prompter::password(QWidget *parent, const QString &title, const QString &text)
{
    bool ok = false;
    const QString typed =
        QInputDialog::getText(parent, title, text, QLineEdit::Password, QString(), &ok);
    return ok ? typed : QString();
}

void Prompter::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

} // namespace passages::ui
