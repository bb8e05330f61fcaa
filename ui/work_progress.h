// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace passages::ui {

/// A progress dialog for long work on a worker thread (async_task.h): shown only when the
/// work lasts (minimumDuration), without modality (a coordinator's PC is often a desk too:
/// the walk-ins go on being logged) and without a Cancel button (the work is committed
/// in groups and stops at none). Delete it (deleteLater()) in the work's callback.
QProgressDialog *workProgressDialog(QWidget *parent, const QString &label);

/// A `progress(done, total)` for the worker thread: each call is posted to `dialog`,
/// which must outlive the work (the callback that deletes it runs after the work).
std::function<void(int, int)> progressReporter(QProgressDialog *dialog);

} // namespace passages::ui
