// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/session_panel.h"

#include "core/programme/programme.h"
#include "core/referential/referential.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

const QString kSession = QStringLiteral("session");
const QString kAttendance = QStringLiteral("attendance");

} // namespace

QString sessionLabel(const Referential &referential, const ScheduledSession &s, bool withDate)
{
    QStringList parts;
    if (withDate)
        parts << QLocale().toString(s.session.date, QLocale::ShortFormat);
    if (s.session.start.isValid()) {
        QString time = s.session.start.toString(QStringLiteral("HH:mm"));
        if (s.session.end.isValid())
            time += QStringLiteral("\u2013") + s.session.end.toString(QStringLiteral("HH:mm"));
        parts << time;
    }
    if (!withDate)
        parts << s.title;
    parts << QStringLiteral("(%1)").arg(referential.label(Referential::Kind::EventType, s.type));
    return parts.join(QLatin1Char(' '));
}

SessionPanel::SessionPanel(const Programme &programme, const Referential &referential,
                           QWidget *parent)
    : QWidget(parent), m_programme(programme), m_referential(referential)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sideTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sessionTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Session"), tr("Participants")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SessionPanel::currentChanged);
}

void SessionPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void SessionPanel::fill(const QList<ScheduledSession> &sessions, bool showDates)
{
    const QString keepId = currentItem() ? currentItem()->data(0, IdRole).toString() : QString();
    m_tree->clear();
    QTreeWidgetItem *keep = nullptr;
    for (const ScheduledSession &s : sessions) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, sessionLabel(m_referential, s, showDates));
        item->setText(1, QString::number(s.participants));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, IdRole, s.session.id);
        item->setData(0, EventRole, s.session.eventId);
        item->setData(0, KindRole, kSession);
        item->setData(0, SessionRole, s.session.id);
        if (!s.pole.isEmpty())
            item->setForeground(0, QColor(m_referential.poleColor(s.pole)));
        if (s.session.id == keepId)
            keep = item;
        Result<QList<Attendance>> rows = m_programme.attendanceOfSession(s.session.id);
        if (!rows)
            continue;
        for (const Attendance &a : *rows) {
            auto *child = new QTreeWidgetItem(item);
            QString text = a.source == Attendance::Source::Counter
                               ? tr("Live counter, %1").arg(a.desk)
                               : tr("Entered, %1").arg(a.desk);
            QStringList details;
            if (a.pupils)
                details << tr("%Ln pupil(s)", nullptr, *a.pupils);
            if (a.classes)
                details << tr("%Ln class(es)", nullptr, *a.classes);
            if (!details.isEmpty())
                text +=
                    QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
            child->setText(0, text);
            child->setText(1, QString::number(a.participants));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            child->setData(0, IdRole, a.id);
            child->setData(0, EventRole, a.eventId);
            child->setData(0, KindRole, kAttendance);
            child->setData(0, SessionRole, a.sessionId);
            if (a.id == keepId)
                keep = child;
        }
        item->setExpanded(true);
    }
    if (keep)
        m_tree->setCurrentItem(keep);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    emit currentChanged();
}

void SessionPanel::selectSession(const QString &sessionId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, IdRole).toString() == sessionId) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
}

QTreeWidgetItem *SessionPanel::currentItem() const
{
    return m_tree->currentItem();
}

QString SessionPanel::currentEventId() const
{
    if (QTreeWidgetItem *item = currentItem())
        return item->data(0, EventRole).toString();
    return {};
}

QString SessionPanel::currentSessionId() const
{
    if (QTreeWidgetItem *item = currentItem())
        return item->data(0, SessionRole).toString();
    return {};
}

bool SessionPanel::attendanceSelected() const
{
    return currentItem() && currentItem()->data(0, KindRole).toString() == kAttendance;
}

} // namespace passages::ui
