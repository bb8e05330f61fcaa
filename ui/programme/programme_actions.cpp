// SPDX-License-Identifier: GPL-3.0-or-later
// The programme screen's actions: each asks through a dialog, writes through the
// Programme, then shows what changed (or why nothing did).
#include "ui/programme/programme_widget.h"

#include "core/programme/programme.h"
#include "ui/dialogs/prompter.h"
#include "ui/programme/event_dialogs.h"
#include "ui/programme/session_panel.h"
#include "ui/programme/tally_counter_dialog.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

namespace passages::ui {

bool ProgrammeWidget::written(const QString &eventId, const QDate &day)
{
    m_status->clear();
    if (day.isValid())
        m_day = day;
    if (!eventId.isEmpty())
        m_listEvent = eventId;
    refresh();
    if (!eventId.isEmpty())
        selectEvent(eventId);
    emit changed();
    return true;
}

bool ProgrammeWidget::newEvent()
{
    EventDialog dialog(*m_programme, true, m_day, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Event> created = m_programme->createEvent(dialog.input(), dialog.sessions());
    if (!created) {
        report(created.error());
        return false;
    }
    return written(created->id, created->first);
}

bool ProgrammeWidget::editEvent()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    EventDialog dialog(*m_programme, false, event->first, this);
    dialog.setInput(event->toInput());
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Event> updated = m_programme->updateEvent(event->id, dialog.input());
    if (!updated) {
        report(updated.error());
        return false;
    }
    return written();
}

bool ProgrammeWidget::duplicateEvent()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    DateDialog dialog(tr("Duplicate event"),
                      tr("First day of the copy of \"%1\" (its sessions keep their spacing "
                         "and times; no attendance is copied):")
                          .arg(event->title),
                      event->first.addDays(7), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Event> copy = m_programme->duplicateEvent(event->id, dialog.date());
    if (!copy) {
        report(copy.error());
        return false;
    }
    return written(copy->id, copy->first);
}

bool ProgrammeWidget::repeatSeries()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    DateDialog dialog(tr("Repeat the series"),
                      tr("First session of the repeated series of \"%1\" (%Ln session(s) "
                         "copied, same spacing and times):",
                         nullptr, event->sessions)
                          .arg(event->title),
                      event->last.addDays(7), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    const qint64 shift = event->first.daysTo(dialog.date());
    Result<QList<EventSession>> added = m_programme->duplicateSeries(event->id, int(shift));
    if (!added) {
        report(added.error());
        return false;
    }
    return written(event->id);
}

bool ProgrammeWidget::deleteEvent()
{
    Result<Event> event = m_programme->findEvent(currentEventId());
    if (!event) {
        report(event.error());
        return false;
    }
    if (!m_prompter.confirm(
            this, tr("Delete event"),
            tr("Delete \"%1\", its %Ln session(s) and their attendance?", nullptr, event->sessions)
                .arg(event->title),
            tr("Delete")))
        return false;
    Result<Event> removed = m_programme->removeEvent(event->id);
    if (!removed) {
        report(removed.error());
        return false;
    }
    m_status->clear();
    m_sideEvent.clear();
    m_listEvent.clear();
    refresh();
    emit changed();
    return true;
}

std::optional<std::pair<EventSession, QString>> ProgrammeWidget::sessionToAct()
{
    Result<EventSession> session = m_programme->findSession(currentSessionId());
    if (!session) {
        report(session.error());
        return std::nullopt;
    }
    Result<Event> event = m_programme->findEvent(session->eventId);
    QString heading = tr("%1, %2").arg(event ? event->title : QString(),
                                       QLocale().toString(session->date, QLocale::LongFormat));
    return std::pair{std::move(session).value(), std::move(heading)};
}

bool ProgrammeWidget::enterAttendance()
{
    const auto session = sessionToAct();
    if (!session)
        return false;
    AttendanceDialog dialog(*m_programme, session->second, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Attendance> recorded = m_programme->recordAttendance(session->first.id, dialog.input());
    if (!recorded) {
        report(recorded.error());
        return false;
    }
    return written();
}

bool ProgrammeWidget::openCounter()
{
    const auto session = sessionToAct();
    if (!session)
        return false;
    TallyCounterDialog dialog(*m_programme, session->first.id, session->second, this);
    m_prompter.exec(dialog);
    // Every click was saved as it happened, whatever way the dialog was closed.
    refresh();
    selectSession(session->first.id);
    emit changed();
    return dialog.isReady();
}

bool ProgrammeWidget::correctAttendance()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || !m_side->attendanceSelected())
        return false;
    Result<Attendance> current =
        m_programme->findAttendance(item->data(0, SessionPanel::IdRole).toString());
    if (!current) {
        report(current.error());
        return false;
    }
    AttendanceDialog dialog(*m_programme, tr("Correct the attendance"), this);
    dialog.setInput(current->toInput());
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<Attendance> corrected = m_programme->correctAttendance(current->id, dialog.input());
    if (!corrected) {
        report(corrected.error());
        return false;
    }
    return written();
}

bool ProgrammeWidget::deleteSelected()
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return false;
    const QString id = item->data(0, SessionPanel::IdRole).toString();
    if (m_side->attendanceSelected()) {
        if (!m_prompter.confirm(
                this, tr("Delete attendance"),
                tr("Delete this attendance entry (%1 participants)?").arg(item->text(1)),
                tr("Delete")))
            return false;
        Result<Attendance> removed = m_programme->removeAttendance(id);
        if (!removed) {
            report(removed.error());
            return false;
        }
    } else {
        if (!m_prompter.confirm(
                this, tr("Delete session"),
                tr("Delete the session \"%1\" and its attendance?").arg(item->text(0)),
                tr("Delete")))
            return false;
        Result<EventSession> removed = m_programme->removeSession(id);
        if (!removed) {
            report(removed.error());
            return false;
        }
    }
    return written();
}

bool ProgrammeWidget::moveSession()
{
    Result<EventSession> session = m_programme->findSession(currentSessionId());
    if (!session) {
        report(session.error());
        return false;
    }
    Result<Event> event = m_programme->findEvent(session->eventId);
    if (!event) {
        report(event.error());
        return false;
    }
    SessionDialog dialog(
        *m_programme,
        tr("Session of \"%1\" on %2:")
            .arg(event->title, locale().toString(session->date, QLocale::LongFormat)),
        session->toInput(), this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return false;
    Result<EventSession> moved = m_programme->updateSession(session->id, dialog.input());
    if (!moved) {
        report(moved.error());
        return false;
    }
    return written(event->id, moved->date); // the calendar follows the session
}

} // namespace passages::ui
