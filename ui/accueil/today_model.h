// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reception/passage.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace passages::ui {

class DeskSession;

/// Today's entries at this desk, newest first (Reception::entriesOn(today)); refreshed
/// whenever the session changes something.
class TodayModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Subject: the theme when one was chosen, else the pôle; the pôle colour either way
    /// (a narrow side panel cannot show both in full).
    enum Column
    {
        Time,
        Subject,
        AgeBand,
        Commune,
        Count,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    /// "26–44 ans · Choisy-le-Roi (94)": age band and commune when stated.
    static constexpr int DetailsRole = Qt::UserRole + 2;

    explicit TodayModel(DeskSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Passage &passage(int row) const { return m_rows.at(row); }
    /// -1 when not listed.
    int rowOf(const QString &id) const;
    QDate date() const { return m_date; }

public slots:
    void refresh();

private:
    DeskSession &m_session;
    QList<Passage> m_rows;
    QDate m_date;
};

} // namespace passages::ui
