// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accueil/accueil_widget.h"

#include "ui/accueil/choice_group.h"
#include "ui/accueil/commune_picker.h"
#include "ui/accueil/desk_session.h"
#include "ui/accueil/passage_form.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace passages::ui {

namespace {
constexpr int kBannerMs = 6000;
} // namespace

AccueilWidget::AccueilWidget(DeskSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("accueil"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_form = new PassageForm(session.referential(), session.reception().communes(), this);
    m_form->setCommuneFrequency(session.reception().communeFrequency());
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

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(44);
    m_banner->setTextFormat(Qt::PlainText);
    // Margins rather than style-sheet padding: QLabel counts them when it wraps.
    m_banner->setContentsMargins(12, 7, 12, 7);

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

    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    connect(m_bannerTimer, &QTimer::timeout, this, [this] { showNotice(QString(), false); });

    connect(m_record, &QPushButton::clicked, this, &AccueilWidget::submit);
    connect(clearButton, &QPushButton::clicked, this, &AccueilWidget::clear);
    connect(m_form, &PassageForm::problem, this, [this](const QString &m) { showNotice(m, true); });
    connect(&m_session, &DeskSession::notice, this, &AccueilWidget::showNotice);
    connect(&m_session, &DeskSession::changed, this,
            [this] { m_form->setCommuneFrequency(m_session.reception().communeFrequency()); });

    showNotice(QString(), false);
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
    m_banner->setText(
        text.isEmpty() ? QString()
                       : (error ? QStringLiteral("\u26a0  ") : QStringLiteral("\u2713  ")) + text);
    const QColor fg = error ? colors::danger : colors::success;
    const QColor bg = error ? colors::dangerBackground : colors::successBackground;
    m_banner->setStyleSheet(
        text.isEmpty()
            ? QStringLiteral("QLabel#banner { border: 1px solid transparent; }")
            : QStringLiteral("QLabel#banner { color: %1; background: %2; border: 1px solid %3;"
                             " border-radius: 8px; font-weight: 600; }")
                  .arg(fg.name(), bg.name(), mix(bg, fg, 0.35).name()));
    if (text.isEmpty() || error)
        m_bannerTimer->stop();
    else
        m_bannerTimer->start(kBannerMs);
}

} // namespace passages::ui
