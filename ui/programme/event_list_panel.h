// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/programme/event.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace passages {
class Programme;
class Referential;
} // namespace passages

namespace passages::ui {

class EventListModel;

/// The programme's list view: the events of a year, filtered by type, pôle, location and
/// a part of the title. It re-reads the list itself when a filter changes.
class EventListPanel final : public QWidget
{
    Q_OBJECT

public:
    EventListPanel(const Programme &programme, const Referential &referential, int year,
                   QWidget *parent = nullptr);

    int year() const;
    /// Shows another year: re-reads, then says yearChanged().
    void setYear(int year);
    /// Shows another year without re-reading (refresh() does) nor saying so.
    void setYearQuietly(int year);
    /// Re-reads the events of the filters; `eventId` stays selected when listed.
    Status refresh(const QString &eventId);

    EventListModel *model() const { return m_model; }

signals:
    /// The year changed from the panel (its spin box, or the programme's arrows).
    void yearChanged(int year);
    /// An event row was chosen.
    void eventChosen(const QString &eventId);
    /// The list could not be read.
    void failed(const passages::Error &error);

private:
    EventFilter filter() const;
    /// refresh() after a filter changed, with the selection kept.
    void reread();

    const Programme &m_programme;
    QSpinBox *m_year = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_poleFilter = nullptr;
    QComboBox *m_locationFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTableView *m_table = nullptr;
    EventListModel *m_model = nullptr;
    QString m_selected;
    bool m_refreshing = false;
};

} // namespace passages::ui
