// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/correction_dialog.h"

#include "ui/accueil/desk_session.h"
#include "ui/accueil/passage_form.h"
#include "ui/style.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace passages::ui {

CorrectionDialog::CorrectionDialog(DeskSession &session, const Passage &passage, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct an entry"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Entry recorded at %1. Change what was wrong, then press "
                                "Enter to save; Escape cancels.")
                                 .arg(QLocale().toString(passage.time, QLocale::ShortFormat)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const Referential &ref = session.referential();
    m_form = new PassageForm(ref, session.reception().communes(), this);
    m_form->setFields(ref.fields());
    m_form->setCommuneFrequency(session.communeFrequency());
    m_form->setInput(passage.toInput());
    layout->addWidget(m_form, 1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, colors::danger);
    m_problem->setPalette(red);
    m_problem->hide();
    layout->addWidget(m_problem);
    connect(m_form, &PassageForm::problem, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save the correction"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    save->setDefault(true);
    // The digits belong to the form: the buttons are for the mouse and touch.
    for (QAbstractButton *b : buttons->buttons()) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumHeight(40);
        b->setMinimumWidth(b->sizeHint().width() + 24);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(900, 660);
    m_form->focusFirst();
}

PassageInput CorrectionDialog::input() const
{
    return m_form->input();
}

void CorrectionDialog::accept()
{
    if (m_form->communePending()) {
        m_problem->setText(tr("Pick the commune from the list, or clear it to record "
                              "\"not stated\"."));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace passages::ui
