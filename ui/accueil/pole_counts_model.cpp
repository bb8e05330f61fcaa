// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/pole_counts_model.h"

#include "core/referential/referential.h"
#include "ui/accueil/desk_session.h"

namespace passages::ui {

PoleCountsModel::PoleCountsModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &DeskSession::changed, this, &PoleCountsModel::refresh);
    refresh();
}

void PoleCountsModel::refresh()
{
    using Kind = Referential::Kind;
    const Referential &ref = m_session.referential();
    Result<QHash<QString, qint64>> counts = m_session.reception().countsByPole(m_session.today());
    QHash<QString, qint64> byPole = counts ? counts.value() : QHash<QString, qint64>();

    beginResetModel();
    m_rows.clear();
    m_total = 0;
    for (const Category &c : ref.list(Kind::Pole)) {
        const qint64 n = byPole.take(c.code);
        if (c.retired && n == 0)
            continue;
        m_rows.append(Row{c.code, c.label(ref.language()), QColor(ref.poleColor(c.code)), n});
        m_total += n;
    }
    // Codes the referential no longer knows (an older referential on another desk).
    for (auto it = byPole.cbegin(); it != byPole.cend(); ++it) {
        m_rows.append(Row{it.key(), it.key(), QColor(ref.poleColor(it.key())), it.value()});
        m_total += it.value();
    }
    endResetModel();
    emit totalChanged(m_total);
}

int PoleCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoleCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 PoleCountsModel::maximum() const
{
    qint64 most = 0;
    for (const Row &row : m_rows)
        most = std::max(most, row.count);
    return most;
}

qint64 PoleCountsModel::count(const QString &pole) const
{
    for (const Row &row : m_rows)
        if (row.code == pole)
            return row.count;
    return 0;
}

QVariant PoleCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Pole ? QVariant(row.label) : QVariant(row.count);
    case Qt::DecorationRole:
        return index.column() == Pole ? QVariant(row.color) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1: %Ln person(s) today", nullptr, int(row.count)).arg(row.label);
    case Qt::TextAlignmentRole:
        return index.column() == Count ? int(Qt::AlignRight | Qt::AlignVCenter)
                                       : int(Qt::AlignLeft | Qt::AlignVCenter);
    case CodeRole:
        return row.code;
    default:
        return {};
    }
}

QVariant PoleCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Pole ? tr("Pôle") : tr("People");
}

} // namespace passages::ui
