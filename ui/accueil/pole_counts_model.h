// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace passages::ui {

class DeskSession;

/// Today's number of people per pôle (Reception::countsByPole): every active pôle in
/// referential order, plus any retired one that still has entries today.
class PoleCountsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Pole,
        Count,
        ColumnCount
    };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit PoleCountsModel(DeskSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 total() const { return m_total; }
    qint64 maximum() const;
    qint64 count(const QString &pole) const;

public slots:
    void refresh();

signals:
    void totalChanged(qint64 total);

private:
    struct Row
    {
        QString code;
        QString label;
        QColor color;
        qint64 count = 0;
    };

    DeskSession &m_session;
    QList<Row> m_rows;
    qint64 m_total = 0;
};

} // namespace passages::ui
