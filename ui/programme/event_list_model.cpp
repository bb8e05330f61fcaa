// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/event_list_model.h"

#include "core/programme/programme.h"
#include "core/referential/referential.h"

#include <QLocale>

namespace passages::ui {

EventListModel::EventListModel(const Programme &programme, QObject *parent)
    : QAbstractTableModel(parent), m_programme(programme)
{}

void EventListModel::setEvents(const QList<Event> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int EventListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_events.size(); ++i)
        if (m_events.at(i).id == id)
            return i;
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    const Referential &ref = m_programme.referential();
    using Kind = Referential::Kind;
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Sessions ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Dates:
        if (!e.first.isValid())
            return tr("no date");
        return e.first == e.last ? locale.toString(e.first, QLocale::ShortFormat)
                                 : tr("%1 to %2")
                                       .arg(locale.toString(e.first, QLocale::ShortFormat),
                                            locale.toString(e.last, QLocale::ShortFormat));
    case Title:
        return e.title;
    case Type:
        return ref.label(Kind::EventType, e.type);
    case Pole:
        return e.pole.isEmpty() ? tr("Transversal") : ref.label(Kind::Pole, e.pole);
    case Location:
        return m_programme.locationLabel(e.location);
    case Sessions:
        return e.sessions;
    case Participants:
        return e.participants;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Dates:
        return tr("Dates");
    case Title:
        return tr("Title");
    case Type:
        return tr("Type");
    case Pole:
        return tr("Pôle");
    case Location:
        return tr("Location");
    case Sessions:
        return tr("Sessions");
    case Participants:
        return tr("Participants");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace passages::ui
