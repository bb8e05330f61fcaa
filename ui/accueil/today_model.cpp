// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/today_model.h"

#include "core/referential/commune_index.h"
#include "core/referential/referential.h"
#include "ui/accueil/desk_session.h"

#include <QColor>
#include <QLocale>

namespace passages::ui {

namespace {
const QString kNotStated = QStringLiteral("nr");
const QString kDash = QStringLiteral("\u2014");
} // namespace

TodayModel::TodayModel(DeskSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &DeskSession::changed, this, &TodayModel::refresh);
    refresh();
}

void TodayModel::refresh()
{
    beginResetModel();
    m_date = m_session.today();
    Result<QList<Passage>> entries = m_session.reception().entriesOn(m_date);
    m_rows = entries ? entries.value() : QList<Passage>();
    endResetModel();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TodayModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    using Kind = Referential::Kind;
    const Passage &p = m_rows.at(index.row());
    const Referential &ref = m_session.referential();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(p.time, QLocale::ShortFormat);
        case Subject:
            return p.theme.isEmpty() ? ref.label(Kind::Pole, p.pole)
                                     : ref.label(Kind::Theme, p.theme);
        case AgeBand:
            return p.ageBand == kNotStated ? kDash : ref.label(Kind::AgeBand, p.ageBand);
        case Commune:
            return p.commune == kNotStated ? kDash
                                           : m_session.reception().communes().label(p.commune);
        case Count:
            return p.count;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Subject)
            return QColor(ref.poleColor(p.pole));
        return {};
    case Qt::ToolTipRole:
        return m_session.describe(p);
    case Qt::TextAlignmentRole:
        if (index.column() == Count || index.column() == Time)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return p.id;
    case DetailsRole: {
        // Everything recorded but the subject (painted above) and the count (its column).
        Passage single = p;
        single.count = 1;
        QStringList details = m_session.details(single);
        if (p.ageBand == kNotStated && p.commune == kNotStated)
            details.prepend(tr("age and commune not stated"));
        return details.join(QStringLiteral(" \u00b7 "));
    }
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Subject:
        return tr("Pôle / theme");
    case AgeBand:
        return tr("Age");
    case Commune:
        return tr("Commune");
    case Count:
        return tr("Count", "header: people in the entry");
    default:
        return {};
    }
}

} // namespace passages::ui
