// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

namespace passages::ui {

/// The pieces every form dialog is made of, so that they look and behave alike.

/// A bold heading naming what the dialog is about (an event, a periodical...).
QLabel *headingLabel(const QString &text, QWidget *parent);
/// A hidden, red, word-wrapped label (object name "problem") for what core refused.
QLabel *problemLabel(QWidget *parent);
/// Shows `text` in a problemLabel(), or hides it when empty.
void showProblem(QLabel *label, const QString &text);
/// A muted, word-wrapped label (object name "disabledReason") saying why a button is
/// disabled, next to it: a keyboard user never sees a tooltip.
QLabel *reasonLabel(QWidget *parent);
/// Enables `button`, or disables it and says why: in its tooltip (and accessible
/// description), and in `reason` when given (shown only while disabled).
void enableOrSayWhy(QWidget *button, bool enabled, const QString &why, QLabel *reason = nullptr);
/// OK and Cancel, wired to the dialog's accept() and reject().
QDialogButtonBox *okCancel(QDialog *dialog);
/// A date field with its calendar, in ISO form (2024-03-05) as everywhere in Passages.
QDateEdit *dateEdit(const QDate &date, const QString &objectName, QWidget *parent);

} // namespace passages::ui
