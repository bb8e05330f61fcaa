// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/programme/event.h"

#include <QAbstractTableModel>
#include <QList>

namespace passages {
class Programme;
}

namespace passages::ui {

/// The programme as a table: dates, title, type, pôle, location, sessions, participants.
/// Qt::UserRole of any cell is the event id.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Dates,
        Title,
        Type,
        Pole,
        Location,
        Sessions,
        Participants,
        ColumnCount
    };

    explicit EventListModel(const Programme &programme, QObject *parent = nullptr);

    void setEvents(const QList<Event> &events);
    const QList<Event> &events() const { return m_events; }
    /// The row of an event id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Programme &m_programme;
    QList<Event> m_events;
};

} // namespace passages::ui
