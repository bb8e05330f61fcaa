// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/programme/interview.h"
#include "core/reception/passage.h"
#include "ui/notice_banner.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QVBoxLayout;

namespace passages {
class Database;
class Interviews;
class Referential;
} // namespace passages

namespace passages::ui {

class ChoiceGroup;
class FormRow;

/// A counsellor's pôle desk: logs one interview in seconds, keyboard first like the
/// accueil screen. Digits pick the pôle, then the theme, the channel and the duration
/// (each optional after the pôle); Enter records, Escape clears, Ctrl+Z takes back the
/// last interview recorded here. The partner organisation is the counsellor's own: it
/// stays chosen from one interview to the next.
class InterviewWidget final : public QWidget
{
    Q_OBJECT

public:
    InterviewWidget(Database &db, const Referential &referential, Clock clock = {},
                    QWidget *parent = nullptr);
    ~InterviewWidget() override;

    ChoiceGroup *poleGroup() const { return m_pole; }
    ChoiceGroup *themeGroup() const { return m_theme; }
    ChoiceGroup *channelGroup() const { return m_channel; }
    ChoiceGroup *durationGroup() const { return m_duration; }
    ChoiceGroup *partnerGroup() const { return m_partner; }
    QLabel *banner() const { return m_banner; }

    InterviewInput input() const;

public slots:
    /// Records the form; on success clears it (the partner stays) and focuses the pôle.
    bool submit();
    /// Back to the defaults (the partner stays), focus on the pôle.
    void clear();
    /// Deletes the last interview recorded from this screen.
    bool undoLast();
    /// Re-reads today's figures (after a sync, or a day change).
    void refreshToday();

signals:
    void recorded(const passages::Interview &interview);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    FormRow *addRow(const QString &title, const QString &hint, QWidget *field);
    ChoiceGroup *makeGroup(const QString &name, int kind, int columns, const QString &defaultCode);
    void poleChanged(const QString &pole);
    void moveFocus(QWidget *from, int step);
    void showNotice(const QString &text, bool error);
    QString describe(const Interview &interview) const;

    const Referential &m_referential;
    std::unique_ptr<Interviews> m_interviews;
    ChoiceGroup *m_pole = nullptr;
    ChoiceGroup *m_theme = nullptr;
    ChoiceGroup *m_channel = nullptr;
    ChoiceGroup *m_duration = nullptr;
    ChoiceGroup *m_partner = nullptr;
    QList<QWidget *> m_stops;
    QWidget *m_formSide = nullptr;
    QVBoxLayout *m_form = nullptr;
    NoticeBanner *m_banner = nullptr;
    QLabel *m_todayCount = nullptr;
    QListWidget *m_recent = nullptr;
    QList<Interview> m_loggedHere; ///< for Ctrl+Z, newest last
};

} // namespace passages::ui
