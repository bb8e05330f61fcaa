// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace passages::ui {

/// The seam between screens and modal dialogs. Screens never call exec() or QMessageBox
/// themselves: tests pass a Prompter that answers (or drives the dialog with key events)
/// instead of blocking.
class Prompter
{
public:
    virtual ~Prompter() = default;

    /// Runs a modal dialog; returns QDialog::Accepted or QDialog::Rejected.
    virtual int exec(QDialog &dialog);
    /// A yes/no question whose "yes" is `acceptText` ("Delete"); the safe answer is the
    /// default.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptText);
    virtual void error(QWidget *parent, const QString &title, const QString &text);
    virtual void about(QWidget *parent, const QString &title, const QString &text);
    /// A password typed without echo; empty when cancelled.
    virtual QString password(QWidget *parent, const QString &title, const QString &text);
};

} // namespace passages::ui
