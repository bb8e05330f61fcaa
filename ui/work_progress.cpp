// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/work_progress.h"

#include <QMetaObject>
#include <QProgressDialog>

#include <algorithm>

namespace passages::ui {

QProgressDialog *workProgressDialog(QWidget *parent, const QString &label)
{
    auto *dialog = new QProgressDialog(label, QString(), 0, 0, parent);
    dialog->setObjectName(QStringLiteral("workProgress"));
    dialog->setWindowModality(Qt::NonModal);
    dialog->setCancelButton(nullptr);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(500);
    dialog->setValue(0); // starts the minimum-duration clock
    return dialog;
}

std::function<void(int, int)> progressReporter(QProgressDialog *dialog)
{
    return [dialog](int done, int total) {
        QMetaObject::invokeMethod(
            dialog,
            [dialog, done, total] {
                dialog->setMaximum(std::max(total, 1));
                dialog->setValue(std::min(done, std::max(total, 1)));
            },
            Qt::QueuedConnection);
    };
}

} // namespace passages::ui
