// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/event_list_panel.h"

#include "core/programme/programme.h"
#include "core/referential/referential.h"
#include "ui/programme/event_list_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

EventListPanel::EventListPanel(const Programme &programme, const Referential &referential, int year,
                               QWidget *parent)
    : QWidget(parent), m_programme(programme)
{
    using Kind = Referential::Kind;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_year->setRange(2000, 2100);
    m_year->setValue(year);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const Category &c : referential.active(Kind::EventType))
        m_typeFilter->addItem(c.label(referential.language()), c.code);
    m_poleFilter = new QComboBox(this);
    m_poleFilter->setObjectName(QStringLiteral("poleFilter"));
    m_poleFilter->addItem(tr("All pôles"), QString());
    m_poleFilter->addItem(tr("Transversal"), QStringLiteral("transversal"));
    for (const Category &c : referential.active(Kind::Pole))
        m_poleFilter->addItem(c.label(referential.language()), c.code);
    m_locationFilter = new QComboBox(this);
    m_locationFilter->setObjectName(QStringLiteral("locationFilter"));
    m_locationFilter->addItem(tr("All locations"), QString());
    for (const QString &code : m_programme.locationCodes())
        m_locationFilter->addItem(m_programme.locationLabel(code), code);
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("Title contains\u2026"));
    m_textFilter->setClearButtonEnabled(true);
    for (QComboBox *combo : {m_typeFilter, m_poleFilter, m_locationFilter}) {
        // Long pôle labels must not squeeze the text filter.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    filters->addWidget(m_year);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_poleFilter);
    filters->addWidget(m_locationFilter);
    filters->addWidget(m_textFilter, 1);
    layout->addLayout(filters);
    m_model = new EventListModel(m_programme, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EventListModel::Title, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_year, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_refreshing)
            return;
        reread();
        emit yearChanged(value);
    });
    for (QComboBox *combo : {m_typeFilter, m_poleFilter, m_locationFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reread(); });
    connect(m_textFilter, &QLineEdit::textChanged, this, [this] { reread(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_refreshing || !current.isValid())
                    return;
                m_selected = current.data(Qt::UserRole).toString(); // the event id
                emit eventChosen(m_selected);
            });
}

int EventListPanel::year() const
{
    return m_year->value();
}

void EventListPanel::setYear(int year)
{
    m_year->setValue(year);
}

void EventListPanel::setYearQuietly(int year)
{
    m_refreshing = true;
    m_year->setValue(year);
    m_refreshing = false;
}

EventFilter EventListPanel::filter() const
{
    EventFilter filter;
    filter.from = QDate(m_year->value(), 1, 1);
    filter.to = QDate(m_year->value(), 12, 31);
    filter.type = m_typeFilter->currentData().toString();
    filter.pole = m_poleFilter->currentData().toString();
    filter.location = m_locationFilter->currentData().toString();
    filter.text = m_textFilter->text();
    return filter;
}

void EventListPanel::reread()
{
    if (Status s = refresh(m_selected); !s)
        emit failed(s.error());
}

Status EventListPanel::refresh(const QString &eventId)
{
    if (m_refreshing)
        return {};
    m_selected = eventId;
    Result<QList<Event>> events = m_programme.events(filter());
    if (!events)
        return events.error();
    m_refreshing = true;
    m_model->setEvents(*events);
    // The title takes what the short columns leave; long pôle and location labels are
    // elided (their tooltip gives them whole).
    for (int column : {EventListModel::Dates, EventListModel::Type, EventListModel::Sessions,
                       EventListModel::Participants})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(EventListModel::Pole, 130);
    m_table->setColumnWidth(EventListModel::Location, 110);
    const int row = m_model->rowOf(m_selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_refreshing = false;
    return {};
}

} // namespace passages::ui
