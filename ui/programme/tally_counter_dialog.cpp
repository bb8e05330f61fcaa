// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/programme/tally_counter_dialog.h"

#include "core/programme/programme.h"
#include "ui/style.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace passages::ui {

namespace {

QPushButton *bigButton(const QString &text, const QColor &color, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    // The keys go to the dialog: a focused button would eat Space and Enter.
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumSize(200, 140);
    QFont f = button->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 3);
    button->setFont(f);
    button->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; border: none;"
                       " border-radius: 16px; }"
                       "QPushButton:pressed { background: %3; }")
            .arg(color.name(), readableTextOn(color).name(), color.darker(125).name()));
    return button;
}

} // namespace

TallyCounterDialog::TallyCounterDialog(Programme &programme, const QString &sessionId,
                                       const QString &title, QWidget *parent)
    : QDialog(parent), m_programme(programme), m_sessionId(sessionId)
{
    setObjectName(QStringLiteral("tallyCounter"));
    setWindowTitle(tr("Live counter"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignCenter);
    QFont hf = heading->font();
    hf.setBold(true);
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    heading->setFont(hf);
    layout->addWidget(heading);

    m_number = new QLabel(QStringLiteral("0"), this);
    m_number->setObjectName(QStringLiteral("counterNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    QFont nf = m_number->font();
    nf.setBold(true);
    nf.setPointSizeF(nf.pointSizeF() * 7);
    m_number->setFont(nf);
    m_number->setMinimumHeight(160);
    layout->addWidget(m_number);

    m_sessionTotal = new QLabel(this);
    m_sessionTotal->setObjectName(QStringLiteral("sessionTotal"));
    m_sessionTotal->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_sessionTotal);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    m_minus = bigButton(QStringLiteral("\u22121"), colors::muted, this);
    m_minus->setObjectName(QStringLiteral("minusButton"));
    m_minus->setToolTip(tr("One less (key −)"));
    m_plus = bigButton(QStringLiteral("+1"), colors::accent, this);
    m_plus->setObjectName(QStringLiteral("plusButton"));
    m_plus->setToolTip(tr("One more (key + or Space)"));
    m_plus->setMinimumWidth(320);
    buttons->addWidget(m_minus, 1);
    buttons->addWidget(m_plus, 2);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("counterStatus"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);

    auto *hint = new QLabel(tr("Keys: + or Space one more, − one less, Enter to close. Every "
                               "click is saved at once."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setStyleSheet(QStringLiteral("color: %1;").arg(colors::muted.name()));
    layout->addWidget(hint);

    auto *done = new QPushButton(tr("Done (Enter)"), this);
    done->setFocusPolicy(Qt::NoFocus);
    done->setMinimumHeight(44);
    layout->addWidget(done);

    connect(m_plus, &QPushButton::clicked, this, &TallyCounterDialog::increment);
    connect(m_minus, &QPushButton::clicked, this, &TallyCounterDialog::decrement);
    connect(done, &QPushButton::clicked, this, &QDialog::accept);

    Result<Attendance> counter = m_programme.openCounter(sessionId);
    if (counter) {
        m_counterId = counter->id;
        m_count = counter->participants;
    } else {
        m_status->setText(counter.error().message);
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(colors::danger.name()));
        m_plus->setEnabled(false);
        m_minus->setEnabled(false);
    }
    setFocusPolicy(Qt::StrongFocus);
    refresh();
}

void TallyCounterDialog::apply(int delta)
{
    if (m_counterId.isEmpty())
        return;
    Result<Attendance> stepped = m_programme.step(m_counterId, delta);
    if (!stepped) {
        // The number stays what the database holds: nothing is shown that was not saved.
        m_status->setText(tr("Not saved: %1").arg(stepped.error().message));
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(colors::danger.name()));
        return;
    }
    m_count = stepped->participants;
    m_status->clear();
    refresh();
}

void TallyCounterDialog::refresh()
{
    m_number->setText(QString::number(m_count));
    m_minus->setEnabled(!m_counterId.isEmpty() && m_count > 0);
    qint64 total = 0;
    if (Result<QList<Attendance>> rows = m_programme.attendanceOfSession(m_sessionId); rows)
        for (const Attendance &a : *rows)
            total += a.participants;
    m_sessionTotal->setText(total == m_count
                                ? QString()
                                : tr("%Ln participant(s) in this session, other entries included",
                                     nullptr, int(total)));
}

void TallyCounterDialog::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" without Shift on many layouts
    case Qt::Key_Space:
    case Qt::Key_Up:
        increment();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Backspace:
    case Qt::Key_Down:
        decrement();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        accept();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace passages::ui
