// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/sync_controller.h"

#include "core/storage/app_paths.h"
#include "core/sync/desk_sync_service.h"
#include "ui/async_task.h"

#include <QSettings>

namespace passages::ui {

namespace {

const QString kShareKey = QLatin1String(kShareFolderSetting);
const QString kTimeKey = QStringLiteral("sync/time");

} // namespace

SyncController::SyncController(QString databasePath, QSettings &settings, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    m_task.waitForFinished(); // a sync in progress finishes its transaction before we go
}

QString SyncController::shareFolder() const
{
    return m_settings.value(kShareKey).toString();
}

void SyncController::setShareFolder(const QString &folder)
{
    m_settings.setValue(kShareKey, folder);
    schedule();
}

QTime SyncController::nightlyTime() const
{
    const QTime time =
        QTime::fromString(m_settings.value(kTimeKey).toString(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(22, 30);
}

void SyncController::setNightlyTime(const QTime &time)
{
    m_settings.setValue(kTimeKey, time.toString(QStringLiteral("HH:mm")));
    schedule();
}

QDateTime SyncController::lastSlotBefore(const QDateTime &now, const QTime &slot)
{
    QDateTime today(now.date(), slot);
    return today <= now ? today : today.addDays(-1);
}

int SyncController::retryDelaySeconds(int failures)
{
    static const int delays[] = {5 * 60, 15 * 60, 60 * 60};
    return delays[std::clamp(failures, 1, 3) - 1];
}

void SyncController::start()
{
    if (shareFolder().isEmpty())
        return;
    // A missed slot (the PC was off at night) is caught up shortly after start-up.
    const QDateTime last = lastDeskSync(m_databasePath);
    const QDateTime now = QDateTime::currentDateTime();
    if (!last.isValid() || last.toLocalTime() < lastSlotBefore(now, nightlyTime())) {
        m_timer.start(10 * 1000);
        return;
    }
    schedule();
}

void SyncController::schedule()
{
    if (shareFolder().isEmpty()) {
        m_timer.stop();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime next(now.date(), nightlyTime());
    if (next <= now)
        next = next.addDays(1);
    qint64 wait = now.msecsTo(next);
    if (m_failures > 0)
        wait = std::min<qint64>(wait, qint64(retryDelaySeconds(m_failures)) * 1000);
    m_timer.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void SyncController::syncNow()
{
    if (m_running || shareFolder().isEmpty())
        return;
    Q_EMIT started();
    const QString path = m_databasePath;
    const QString share = shareFolder();
    m_running = true;
    m_task = runThenCallback(
        this, [path, share] { return syncDesk(path, share); },
        [this](const Result<DeskSyncReport> &report) {
            if (!report) {
                onWorkerDone(false, report.error().message, 0, {}, false);
                return;
            }
            if (report->failure) {
                onWorkerDone(false, report->failure->message, report->pendingRows,
                             report->lastSuccess, false);
                return;
            }
            const SyncOutcome &outcome = report->outcome;
            QString message = tr("%Ln batch(es) sent", nullptr, outcome.batchesPublished);
            if (!outcome.forkedFrom.isEmpty())
                message += QStringLiteral(" — ") +
                           tr("this desk took a new identity because %1").arg(outcome.forkReason);
            onWorkerDone(true, message, report->pendingRows, report->lastSuccess,
                         outcome.referentialUpdated);
        });
}

void SyncController::onWorkerDone(bool ok, const QString &message, int pending,
                                  const QDateTime &lastSuccess, bool referentialChanged)
{
    m_running = false;
    m_failures = ok ? 0 : m_failures + 1;
    schedule();
    if (referentialChanged)
        Q_EMIT referentialUpdated();
    Q_EMIT finished(ok, message, pending, lastSuccess);
}

} // namespace passages::ui
