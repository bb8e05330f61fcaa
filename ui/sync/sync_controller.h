// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTime>
#include <QTimer>

class QSettings;

namespace passages::ui {

/// Runs the desk's sync: nightly at a configurable time while the application is open,
/// at start-up when the last slot was missed, on demand, and again later (with backoff)
/// after a failure. The work happens on a worker thread with its own database
/// connection, so a slow or hung share never freezes the desk.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    SyncController(QString databasePath, QSettings &settings, QObject *parent = nullptr);
    ~SyncController() override;

    QString shareFolder() const;
    void setShareFolder(const QString &folder);
    QTime nightlyTime() const;
    void setNightlyTime(const QTime &time);

    /// Arms the nightly timer; syncs soon if the last slot was missed.
    void start();
    bool isRunning() const { return m_running; }

    /// The last slot that should have run before `now` (today's or yesterday's).
    static QDateTime lastSlotBefore(const QDateTime &now, const QTime &slot);
    /// Seconds to wait before retry number `failures` (1, 2, ...): 5, 15, 60 minutes.
    static int retryDelaySeconds(int failures);

public slots:
    void syncNow();

signals:
    void started();
    /// ok: the run succeeded; message: the outcome or the failure, in the user's words.
    void finished(bool ok, const QString &message, int pendingRows, const QDateTime &lastSuccess);
    /// The desk's referential was replaced by a newer one from the share.
    void referentialUpdated();

private:
    void schedule();
    void onWorkerDone(bool ok, const QString &message, int pending, const QDateTime &lastSuccess,
                      bool referentialChanged);

    QString m_databasePath;
    QSettings &m_settings;
    QTimer m_timer;
    bool m_running = false;
    QFuture<void> m_task;
    int m_failures = 0;
};

} // namespace passages::ui
