// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace passages::ui {

/// Runs `work` on a worker thread (Qt's global pool), then `callback(result)` on the
/// thread of `receiver` (the GUI thread for a widget) — unless `receiver` is destroyed by
/// then, in which case the result is dropped. The one way ui runs core work off the GUI
/// thread (KeePassXC's AsyncTask::runThenCallback is the model).
///
/// `work` gets copies, never the receiver: it opens its own database connection (a Qt Sql
/// connection belongs to one thread) and calls a core service. The returned future lets
/// an owner wait in its destructor when the work uses something it owns (a database file
/// a test is about to delete, a commune index).
///
/// Qt 6.4's QFuture::then(context, …) is not used: it asserts its context is alive
/// instead of dropping the continuation (fixed in later Qt versions).
template <typename Work, typename Callback>
QFuture<void> runThenCallback(QObject *receiver, Work work, Callback callback)
{
    using Output = std::invoke_result_t<Work &>;
    // The receiver's liveness, shared by the worker and the receiver's thread: destroyed()
    // clears it under the lock, and the worker posts the callback under the same lock, so
    // it is either posted to a live object (whose destruction then discards it) or not
    // at all.
    struct Link
    {
        QMutex mutex;
        QObject *receiver = nullptr;
        QMetaObject::Connection watch;
    };
    auto link = std::make_shared<Link>();
    link->receiver = receiver;
    link->watch = QObject::connect(receiver, &QObject::destroyed, [link] {
        QMutexLocker lock(&link->mutex);
        link->receiver = nullptr;
    });
    return QtConcurrent::run(
        [link, work = std::move(work), callback = std::move(callback)]() mutable {
            Output output = work();
            QMutexLocker lock(&link->mutex);
            if (!link->receiver)
                return;
            QMetaObject::invokeMethod(
                link->receiver,
                [link, callback = std::move(callback), output = std::move(output)]() mutable {
                    QObject::disconnect(link->watch);
                    callback(std::move(output));
                },
                Qt::QueuedConnection);
        });
}

} // namespace passages::ui
