// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/dialog_parts.h"

#include "ui/style.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>

namespace passages::ui {

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colors::danger.name()));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *reasonLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("disabledReason"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colors::muted.name()));
    label->hide();
    return label;
}

void enableOrSayWhy(QWidget *button, bool enabled, const QString &why, QLabel *reason)
{
    button->setEnabled(enabled);
    button->setToolTip(enabled ? QString() : why);
    button->setAccessibleDescription(enabled ? QString() : why);
    if (reason) {
        reason->setText(enabled ? QString() : why);
        reason->setVisible(!enabled);
    }
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDateEdit *dateEdit(const QDate &date, const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    // The French date on screen (05/03/2026); files keep ISO dates.
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace passages::ui
