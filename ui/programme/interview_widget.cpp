// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/interview_widget.h"

#include "core/programme/interviews.h"
#include "core/referential/referential.h"
#include "ui/accueil/choice_group.h"
#include "ui/accueil/form_row.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace passages::ui {

namespace {
constexpr int kRecent = 8;
using Kind = Referential::Kind;
} // namespace

InterviewWidget::InterviewWidget(Database &db, const Referential &referential, Clock clock,
                                 QWidget *parent)
    : QWidget(parent), m_referential(referential),
      m_interviews(std::make_unique<Interviews>(db, referential, std::move(clock)))
{
    setObjectName(QStringLiteral("interviews"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(12);

    auto *formSide = new QWidget(this);
    auto *form = new QVBoxLayout(formSide);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(2);
    outer->addWidget(formSide, 3);
    m_formSide = formSide;
    m_form = form;

    m_pole = makeGroup(QStringLiteral("interviewPoleGroup"), int(Kind::Pole), 4, QString());
    m_pole->setProminent(true);
    addRow(tr("Pôle"), tr("keys 1 to %1").arg(std::min(m_pole->count(), 9)), m_pole);

    m_theme = new ChoiceGroup(formSide);
    m_theme->setObjectName(QStringLiteral("interviewThemeGroup"));
    m_theme->setColumns(5);
    m_theme->setPlaceholder(tr("Choose a pôle first."));
    addRow(tr("Theme"), tr("optional"), m_theme);

    const QString onSite = m_referential.contains(Kind::Channel, QStringLiteral("sur-place"))
                               ? QStringLiteral("sur-place")
                               : QString();
    m_channel = makeGroup(QStringLiteral("interviewChannelGroup"), int(Kind::Channel), 6, onSite);
    addRow(tr("Channel"), QString(), m_channel);

    m_duration =
        makeGroup(QStringLiteral("interviewDurationGroup"), int(Kind::DurationBand), 6, QString());
    addRow(tr("Duration"), tr("optional"), m_duration);

    m_partner =
        makeGroup(QStringLiteral("interviewPartnerGroup"), int(Kind::Partner), 5, QString());
    addRow(tr("Organisation"), tr("yours: stays chosen"), m_partner);
    form->addStretch(1);

    m_banner = new NoticeBanner(QStringLiteral("interviewBanner"), formSide);
    form->addWidget(m_banner);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    auto *clearButton = new QPushButton(tr("Clear (Esc)"), formSide);
    auto *record = new QPushButton(tr("Record interview (Enter)"), formSide);
    record->setObjectName(QStringLiteral("recordInterviewButton"));
    for (QPushButton *b : {clearButton, record}) {
        b->setFocusPolicy(Qt::NoFocus); // the keyboard has Enter and Escape
        b->setMinimumHeight(52);
        b->setMinimumWidth(b->sizeHint().width() + 32);
    }
    record->setStyleSheet(
        QStringLiteral("QPushButton#recordInterviewButton { background: %1; color: white;"
                       " border: none; border-radius: 8px; font-weight: 600; padding: 0 18px; }")
            .arg(colors::accent.name()));
    bottom->addWidget(clearButton);
    bottom->addWidget(record);
    form->addLayout(bottom);

    // Today: the count and the last interviews recorded at this desk.
    auto *todaySide = new QWidget(this);
    auto *today = new QVBoxLayout(todaySide);
    today->setContentsMargins(0, 0, 0, 0);
    m_todayCount = new QLabel(todaySide);
    m_todayCount->setObjectName(QStringLiteral("interviewTodayCount"));
    QFont big = m_todayCount->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_todayCount->setFont(big);
    today->addWidget(m_todayCount);
    m_recent = new QListWidget(todaySide);
    m_recent->setObjectName(QStringLiteral("interviewRecent"));
    m_recent->setFocusPolicy(Qt::NoFocus);
    today->addWidget(m_recent, 1);
    auto *undo = new QPushButton(tr("Undo last (Ctrl+Z)"), todaySide);
    undo->setFocusPolicy(Qt::NoFocus);
    today->addWidget(undo);
    outer->addWidget(todaySide, 1);

    m_stops = {m_pole, m_theme, m_channel, m_duration, m_partner};
    for (int i = 0; i + 1 < m_stops.size(); ++i)
        setTabOrder(m_stops[i], m_stops[i + 1]);
    for (ChoiceGroup *group : {m_pole, m_theme, m_channel, m_duration, m_partner}) {
        connect(group, &ChoiceGroup::advanceRequested, this,
                [this, group] { moveFocus(group, 1); });
        connect(group, &ChoiceGroup::retreatRequested, this,
                [this, group] { moveFocus(group, -1); });
    }
    connect(m_pole, &ChoiceGroup::currentChanged, this, &InterviewWidget::poleChanged);
    connect(record, &QPushButton::clicked, this, &InterviewWidget::submit);
    connect(clearButton, &QPushButton::clicked, this, &InterviewWidget::clear);
    connect(undo, &QPushButton::clicked, this, &InterviewWidget::undoLast);

    clear();
    if (Result<QString> partner = m_interviews->lastPartner(); partner && !partner->isEmpty())
        m_partner->setCurrent(*partner);
    refreshToday();
    showNotice(QString(), false);
}

InterviewWidget::~InterviewWidget() = default;

FormRow *InterviewWidget::addRow(const QString &title, const QString &hint, QWidget *field)
{
    auto *row = new FormRow(title, hint, field, m_formSide);
    row->setObjectName(field->objectName() + QStringLiteral("Row"));
    row->setTitleWidth(std::max(row->titleWidthHint(), 120));
    m_form->addWidget(row);
    return row;
}

ChoiceGroup *InterviewWidget::makeGroup(const QString &name, int kind, int columns,
                                        const QString &defaultCode)
{
    return makeChoiceGroup(m_referential, Kind(kind), name, columns, defaultCode, this);
}

void InterviewWidget::poleChanged(const QString &pole)
{
    offerThemesOf(*m_theme, m_referential, pole, tr("Choose a pôle first."),
                  tr("No theme for this pôle."));
}

void InterviewWidget::moveFocus(QWidget *from, int step)
{
    for (qsizetype i = m_stops.indexOf(from) + step; i >= 0 && i < m_stops.size(); i += step) {
        QWidget *stop = m_stops[i];
        if (stop->focusPolicy() != Qt::NoFocus && stop->isEnabled()) {
            stop->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

InterviewInput InterviewWidget::input() const
{
    InterviewInput in;
    in.pole = m_pole->current();
    in.theme = m_theme->current();
    in.channel = m_channel->current();
    in.durationBand = m_duration->current();
    in.partner = m_partner->current();
    return in;
}

bool InterviewWidget::submit()
{
    const InterviewInput in = input();
    if (in.pole.isEmpty()) {
        showNotice(tr("Choose the pôle first (keys 1 to %1).").arg(std::min(m_pole->count(), 9)),
                   true);
        m_pole->setFocus(Qt::OtherFocusReason);
        return false;
    }
    Result<Interview> logged = m_interviews->log(in);
    if (!logged) {
        showNotice(logged.error().message, true); // the form keeps what was chosen
        return false;
    }
    m_loggedHere.append(*logged);
    showNotice(tr("Interview recorded: %1").arg(describe(*logged)), false);
    emit recorded(*logged);
    clear();
    refreshToday();
    return true;
}

void InterviewWidget::clear()
{
    m_pole->reset(); // also clears the theme
    m_theme->reset();
    m_channel->reset();
    m_duration->reset();
    m_pole->setFocus(Qt::OtherFocusReason);
}

bool InterviewWidget::undoLast()
{
    while (!m_loggedHere.isEmpty()) {
        const Interview last = m_loggedHere.takeLast();
        Result<Interview> removed = m_interviews->remove(last.id);
        if (!removed && removed.error().code == ErrorCode::NotFound)
            continue; // already deleted elsewhere: take back the one before
        if (!removed) {
            showNotice(removed.error().message, true);
            return false;
        }
        showNotice(tr("Interview taken back: %1").arg(describe(last)), false);
        refreshToday();
        return true;
    }
    showNotice(tr("Nothing to undo."), true);
    return false;
}

void InterviewWidget::refreshToday()
{
    const QDate today = m_interviews->today();
    qint64 total = 0;
    if (Result<QHash<QString, qint64>> counts = m_interviews->countsByPole(today); counts)
        for (qint64 n : *counts)
            total += n;
    m_todayCount->setText(tr("Today: %Ln interview(s)", nullptr, int(total)));
    m_recent->clear();
    if (Result<QList<Interview>> recent = m_interviews->entriesOn(today, kRecent); recent)
        for (const Interview &i : *recent)
            m_recent->addItem(i.time.toString(QStringLiteral("HH:mm")) + QStringLiteral("  ") +
                              describe(i));
}

QString InterviewWidget::describe(const Interview &interview) const
{
    QStringList parts{m_referential.label(Kind::Pole, interview.pole)};
    if (!interview.theme.isEmpty())
        parts << m_referential.label(Kind::Theme, interview.theme);
    parts << m_referential.label(Kind::Channel, interview.channel);
    if (!interview.partner.isEmpty())
        parts << m_referential.label(Kind::Partner, interview.partner);
    return parts.join(QStringLiteral(" · "));
}

void InterviewWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        undoLast();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return;
    case Qt::Key_Escape:
        clear();
        showNotice(QString(), false);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void InterviewWidget::showNotice(const QString &text, bool error)
{
    m_banner->notify(text, error);
}

} // namespace passages::ui
