// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/accueil_widget.h"

#include "ui/accueil/choice_group.h"
#include "ui/accueil/commune_picker.h"
#include "ui/accueil/desk_session.h"
#include "ui/accueil/passage_form.h"
#include "ui/notice_banner.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace passages::ui {

AccueilWidget::AccueilWidget(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("accueil"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_form = new PassageForm(session.referential(), session.reception().communes(), this);
    // Scrolls only on a small screen; the desk's usual 1280x800 shows it whole.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    // The window gives the form the width its buttons need (the today panel takes the
    // rest); a scroll bar rather than clipped buttons if the window is narrower still.
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(scroll, 1);

    m_banner = new NoticeBanner(QStringLiteral("banner"), this);

    // The banner beside the buttons rather than on a line of its own: the form keeps that
    // height (with the optional rows shown it must fit a 1366×768 screen unscrolled).
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    // Its text must not ask for width: the form and the today panel share the window.
    m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bottom->addWidget(m_banner, 1);
    auto *clearButton = new QPushButton(tr("Clear (Esc)"), this);
    m_record = new QPushButton(tr("Record (Enter)"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    for (QPushButton *b : {clearButton, m_record}) {
        // Keyboard users have Enter and Escape; these are for the mouse and the finger.
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumHeight(48);
        b->setMinimumWidth(b->sizeHint().width() + 32);
    }
    m_record->setMinimumWidth(std::max(m_record->minimumWidth(), 220));
    m_record->setStyleSheet(
        QStringLiteral("QPushButton#recordButton { background: %1; color: white; border: none;"
                       " border-radius: 8px; font-weight: 600; padding: 0 18px; }"
                       "QPushButton#recordButton:hover { background: %2; }"
                       "QPushButton#recordButton:pressed { background: %3; }")
            .arg(colors::accent.name(), colors::accent.lighter(115).name(),
                 colors::accent.darker(120).name()));
    QFont strong = m_record->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.1);
    m_record->setFont(strong);
    bottom->addWidget(clearButton);
    bottom->addWidget(m_record);
    layout->addLayout(bottom);

    connect(m_record, &QPushButton::clicked, this, &AccueilWidget::submit);
    connect(clearButton, &QPushButton::clicked, this, &AccueilWidget::clear);
    connect(m_form, &PassageForm::problem, this, [this](const QString &m) { showNotice(m, true); });
    connect(&m_session, &DeskSession::notice, this, &AccueilWidget::showNotice);
    connect(&m_session, &DeskSession::changed, this,
            [this] { m_form->setCommuneFrequency(m_session.communeFrequency()); });

    showNotice(QString(), false);
    // After the notice is connected: a failure to count the communes is said.
    m_form->setCommuneFrequency(m_session.communeFrequency());
    m_form->focusFirst();
}

void AccueilWidget::refreshFields()
{
    m_form->setFields(m_session.referential().fields());
}

bool AccueilWidget::submit()
{
    if (m_form->input().pole.isEmpty()) {
        showNotice(tr("Choose the pôle first (keys 1 to %1).")
                       .arg(std::min(m_form->poleGroup()->count(), 9)),
                   true);
        m_form->focusFirst();
        return false;
    }
    if (m_form->communePending()) {
        showNotice(tr("Pick the commune from the list, or clear it to record \"not stated\"."),
                   true);
        m_form->communePicker()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (!m_session.log(m_form->input())) {
        return false; // the session said why; the form keeps what was typed
    }
    m_form->reset();
    m_form->focusFirst();
    return true;
}

void AccueilWidget::clear()
{
    m_form->reset();
    showNotice(QString(), false);
    m_form->focusFirst();
}

void AccueilWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return;
    case Qt::Key_Escape:
        clear();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void AccueilWidget::showNotice(const QString &text, bool error)
{
    m_banner->notify(text, error);
}

} // namespace passages::ui
