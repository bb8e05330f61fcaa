// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/programme/event.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace passages {
class Programme;
class Referential;
} // namespace passages

namespace passages::ui {

/// "14:00–16:00 Atelier CV (Workshop)": a session as the programme's lists show it, with
/// its date first when `withDate` (the sessions of one event), its title otherwise.
QString sessionLabel(const Referential &referential, const ScheduledSession &session,
                     bool withDate);

/// The programme's side panel: the sessions of a day or of an event, each with its
/// attendance entries below it. What can be done with them is the ProgrammeWidget's.
class SessionPanel final : public QWidget
{
    Q_OBJECT

public:
    /// The data of the panel's rows (and of the week view's items).
    enum Role
    {
        IdRole = Qt::UserRole, ///< the session's or the attendance's id
        EventRole,
        KindRole, ///< "session" or "attendance"
        SessionRole
    };

    SessionPanel(const Programme &programme, const Referential &referential,
                 QWidget *parent = nullptr);

    void setTitle(const QString &title);
    /// Shows `sessions` and their attendance; the selected row stays selected when it is
    /// still there, else the first session is.
    void fill(const QList<ScheduledSession> &sessions, bool showDates);
    void selectSession(const QString &sessionId);

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidgetItem *currentItem() const;
    /// The event of the selected row; empty if none.
    QString currentEventId() const;
    /// The selected session (or the session of the selected attendance); empty if none.
    QString currentSessionId() const;
    /// Whether the selected row is an attendance entry.
    bool attendanceSelected() const;

signals:
    void currentChanged();

private:
    const Programme &m_programme;
    const Referential &m_referential;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace passages::ui
