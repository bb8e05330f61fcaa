// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/async_task.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace passages;

TEST_CASE("background work calls back on the receiver's thread", "[async]")
{
    QObject receiver;
    QThread *worker = nullptr;
    QThread *calledOn = nullptr;
    int result = 0;
    QFuture<void> task = ui::runThenCallback(
        &receiver,
        [&worker] {
            worker = QThread::currentThread();
            return 6 * 7;
        },
        [&](int value) {
            calledOn = QThread::currentThread();
            result = value;
        });
    // Not waitForFinished(): on a busy pool it runs a task not yet started on this very
    // thread, and the test would then see the work on the receiver's thread.
    while (!task.isFinished())
        QThread::yieldCurrentThread();
    CHECK(result == 0); // not yet: the callback is queued to the receiver's thread
    QCoreApplication::processEvents();
    CHECK(result == 42);
    CHECK(calledOn == receiver.thread());
    CHECK(worker != receiver.thread());
}

TEST_CASE("a receiver gone before the work ends gets no callback", "[async]")
{
    SECTION("gone while the work runs")
    {
        auto receiver = std::make_unique<QObject>();
        QSemaphore started, release;
        std::atomic<bool> called = false;
        QFuture<void> task = ui::runThenCallback(
            receiver.get(),
            [&] {
                started.release();
                release.acquire();
                return QStringLiteral("figures");
            },
            [&](const QString &) { called = true; });
        started.acquire();
        receiver.reset();
        release.release();
        task.waitForFinished();
        QCoreApplication::processEvents();
        CHECK_FALSE(called);
    }
    SECTION("gone after the callback was queued")
    {
        auto receiver = std::make_unique<QObject>();
        bool called = false;
        QFuture<void> task = ui::runThenCallback(
            receiver.get(), [] { return 1; }, [&](int) { called = true; });
        task.waitForFinished();
        receiver.reset(); // its queued callback goes with it
        QCoreApplication::processEvents();
        CHECK_FALSE(called);
    }
}
