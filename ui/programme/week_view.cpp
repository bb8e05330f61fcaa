// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/week_view.h"

#include "core/referential/referential.h"
#include "ui/programme/session_panel.h"
#include "ui/style.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>

namespace passages::ui {

WeekView::WeekView(const Referential &referential, QWidget *parent)
    : QWidget(parent), m_referential(referential)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int d = 0; d < 7; ++d) {
        auto *title = new QLabel(this);
        title->setAlignment(Qt::AlignCenter);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("weekDay%1").arg(d));
        list->setWordWrap(true);
        grid->addWidget(title, 0, d);
        grid->addWidget(list, 1, d);
        grid->setColumnStretch(d, 1);
        m_titles << title;
        m_days << list;
        connect(list, &QListWidget::itemClicked, this, [this, d](QListWidgetItem *item) {
            emit sessionClicked(m_monday.addDays(d), item->data(SessionPanel::IdRole).toString());
        });
    }
}

void WeekView::setWeek(const QDate &monday, const Result<QList<ScheduledSession>> &sessions)
{
    m_monday = monday;
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        m_titles[d]->setText(locale.toString(day, QStringLiteral("ddd d MMM")));
        QListWidget *list = m_days[d];
        list->clear();
        if (!sessions)
            continue;
        for (const ScheduledSession &s : *sessions) {
            if (s.session.date != day)
                continue;
            auto *item = new QListWidgetItem(sessionLabel(m_referential, s, false), list);
            item->setData(SessionPanel::IdRole, s.session.id);
            item->setData(SessionPanel::EventRole, s.session.eventId);
            item->setForeground(s.pole.isEmpty() ? colors::text
                                                 : QColor(m_referential.poleColor(s.pole)));
        }
    }
}

} // namespace passages::ui
