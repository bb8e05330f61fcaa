// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/subscription_dialog.h"

#include "core/fonds/fonds.h"
#include "ui/dialogs/dialog_parts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace passages::ui {

SubscriptionDialog::SubscriptionDialog(const Fonds &fonds, const QString &title,
                                       const Subscription &current, QWidget *parent)
    : QDialog(parent), m_fonds(fonds), m_current(current)
{
    setObjectName(QStringLiteral("subscriptionDialog"));
    setWindowTitle(tr("Change the subscription"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel(title, this));
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("frequencyCombo"));
    for (Frequency f : FondsCodes::frequencies())
        m_frequency->addItem(FondsCodes::label(f), FondsCodes::code(f));
    m_frequency->setCurrentIndex(m_frequency->findData(FondsCodes::code(current.frequency)));
    form->addRow(tr("&Frequency"), m_frequency);
    m_issuesPerYear = new QSpinBox(this);
    m_issuesPerYear->setObjectName(QStringLiteral("issuesPerYearSpin"));
    m_issuesPerYear->setRange(1, 366);
    m_issuesPerYear->setValue(current.issuesPerYear);
    form->addRow(tr("&Issues a year"), m_issuesPerYear);
    // A new frequency brings its usual count; the documentalist may still adjust it
    // (a monthly review with a double summer issue: 11).
    connect(m_frequency, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<Frequency> f =
                FondsCodes::frequency(m_frequency->currentData().toString()))
            m_issuesPerYear->setValue(FondsCodes::defaultIssuesPerYear(*f));
    });
    m_start = dateEdit(current.start, QStringLiteral("startEdit"), this);
    form->addRow(tr("First &expected issue"), m_start);

    auto *keep = new QHBoxLayout;
    m_keepIssues = new QSpinBox(this);
    m_keepIssues->setObjectName(QStringLiteral("keepIssuesSpin"));
    m_keepIssues->setRange(0, 999);
    m_keepIssues->setSpecialValueText(tr("all issues")); // 0: a unit-less "–" said nothing
    m_keepIssues->setSuffix(tr(" issues"));
    m_keepIssues->setValue(current.keepIssues);
    keep->addWidget(m_keepIssues);
    keep->addWidget(new QLabel(tr("or"), this));
    m_keepMonths = new QSpinBox(this);
    m_keepMonths->setObjectName(QStringLiteral("keepMonthsSpin"));
    m_keepMonths->setRange(0, 240);
    m_keepMonths->setSpecialValueText(tr("no time limit"));
    m_keepMonths->setSuffix(tr(" months"));
    m_keepMonths->setValue(current.keepMonths);
    keep->addWidget(m_keepMonths);
    keep->addStretch();
    auto *keepLabel = new QLabel(tr("&Keep"), this); // a row of two fields: its own buddy
    keepLabel->setBuddy(m_keepIssues);
    form->addRow(keepLabel, keep);

    auto *note = new QLabel(tr("Issues already received stay as they are."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    layout->addWidget(okCancel(this));
    m_frequency->setFocus();
}

Subscription SubscriptionDialog::subscription() const
{
    Subscription s = m_current;
    s.frequency =
        FondsCodes::frequency(m_frequency->currentData().toString()).value_or(s.frequency);
    s.issuesPerYear = m_issuesPerYear->value();
    s.start = m_start->date();
    s.keepIssues = m_keepIssues->value();
    s.keepMonths = m_keepMonths->value();
    return s;
}

void SubscriptionDialog::accept()
{
    if (Status s = m_fonds.periodicals().validate(subscription()); !s) {
        showProblem(m_problem, s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace passages::ui
