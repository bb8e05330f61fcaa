// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/periodicals_tab.h"

#include "core/fonds/fonds.h"
#include "ui/dialogs/dialog_parts.h"
#include "ui/dialogs/prompter.h"
#include "ui/fonds/fonds_parts.h"
#include "ui/fonds/subscription_dialog.h"
#include "ui/style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

using namespace fonds_parts;

PeriodicalsTab::PeriodicalsTab(Fonds &fonds, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_fonds(fonds), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);
    m_periodicals = new QStandardItemModel(this);
    m_periodicalsView = makeTable(m_periodicals, this, QStringLiteral("periodicalsView"));
    m_periodicalsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periodicalsView->setSortingEnabled(true);
    layout->addWidget(m_periodicalsView, 1);

    auto *checkInRow = new QHBoxLayout;
    checkInRow->addWidget(new QLabel(tr("Issue received:"), this));
    m_issueNumber = new QLineEdit(this);
    m_issueNumber->setObjectName(QStringLiteral("issueNumber"));
    m_issueNumber->setPlaceholderText(tr("number (optional), then Enter"));
    checkInRow->addWidget(m_issueNumber, 1);
    auto *checkIn = new QPushButton(tr("Check in"), this);
    checkIn->setObjectName(QStringLiteral("checkInButton"));
    checkInRow->addWidget(checkIn);
    auto *remove = new QPushButton(tr("Take the old issues off the shelf"), this);
    remove->setObjectName(QStringLiteral("removeIssuesButton"));
    checkInRow->addWidget(remove);
    auto *change = new QPushButton(tr("Change the subscription…"), this);
    change->setObjectName(QStringLiteral("changeSubscriptionButton"));
    checkInRow->addWidget(change);
    connect(change, &QPushButton::clicked, this, &PeriodicalsTab::changeSelectedSubscription);
    auto *end = new QPushButton(tr("End the subscription…"), this);
    end->setObjectName(QStringLiteral("endSubscriptionButton"));
    checkInRow->addWidget(end);
    layout->addLayout(checkInRow);
    connect(end, &QPushButton::clicked, this, &PeriodicalsTab::endSelectedSubscription);
    connect(m_issueNumber, &QLineEdit::returnPressed, this, &PeriodicalsTab::checkInSelected);
    connect(checkIn, &QPushButton::clicked, this, &PeriodicalsTab::checkInSelected);
    connect(remove, &QPushButton::clicked, this, &PeriodicalsTab::removeSelectedIssues);

    auto *box = new QGroupBox(tr("New subscription"), this);
    auto *grid = new QHBoxLayout(box);
    m_subscriptionTitle = new QComboBox(box);
    m_subscriptionTitle->setObjectName(QStringLiteral("subscriptionTitle"));
    grid->addWidget(m_subscriptionTitle, 2);
    m_frequency = new QComboBox(box);
    m_frequency->setObjectName(QStringLiteral("subscriptionFrequency"));
    for (Frequency f : FondsCodes::frequencies())
        m_frequency->addItem(FondsCodes::label(f), FondsCodes::code(f));
    m_frequency->setCurrentIndex(m_frequency->findData(FondsCodes::code(Frequency::Monthly)));
    grid->addWidget(m_frequency);
    grid->addWidget(new QLabel(tr("first issue"), box));
    m_subscriptionStart = dateEdit(m_fonds.today(), QStringLiteral("subscriptionStart"), box);
    grid->addWidget(m_subscriptionStart);
    grid->addWidget(new QLabel(tr("keep"), box));
    m_keepIssues = new QSpinBox(box);
    m_keepIssues->setRange(0, 999);
    m_keepIssues->setSpecialValueText(tr("–"));
    m_keepIssues->setSuffix(tr(" issues"));
    grid->addWidget(m_keepIssues);
    grid->addWidget(new QLabel(tr("or"), box));
    m_keepMonths = new QSpinBox(box);
    m_keepMonths->setRange(0, 240);
    m_keepMonths->setSpecialValueText(tr("–"));
    m_keepMonths->setSuffix(tr(" months"));
    grid->addWidget(m_keepMonths);
    auto *add = new QPushButton(tr("Subscribe"), box);
    add->setObjectName(QStringLiteral("subscribeButton"));
    grid->addWidget(add);
    connect(add, &QPushButton::clicked, this, &PeriodicalsTab::addSubscription);
    layout->addWidget(box);
}

void PeriodicalsTab::refreshPeriodicals()
{
    const QString selected = m_periodicalsView->currentIndex().isValid()
                                 ? m_periodicals->item(m_periodicalsView->currentIndex().row(), 0)
                                       ->data(IdRole)
                                       .toString()
                                 : QString();
    m_periodicals->clear();
    m_periodicals->setHorizontalHeaderLabels({tr("Periodical"), tr("Frequency"), tr("Received"),
                                              tr("Last received"), tr("Next due"),
                                              tr("Late or missing"), tr("To remove")});
    Result<QList<PeriodicalStatus>> rows = m_fonds.periodicals().running();
    m_periodicalRows = rows ? *rows : QList<PeriodicalStatus>();
    for (const PeriodicalStatus &p : m_periodicalRows) {
        QStringList late;
        for (const ExpectedIssue &e : p.lateOrMissing)
            late << (e.state == ExpectedIssue::State::Missing ? tr("%1 missing") : tr("%1 late"))
                        .arg(dateText(e.due));
        auto *lateItem = textItem(late.isEmpty() ? tr("none") : late.join(QLatin1String(", ")));
        if (!late.isEmpty())
            lateItem->setForeground(colors::danger);
        m_periodicals->appendRow({textItem(p.title.title, p.subscription.id),
                                  textItem(FondsCodes::label(p.subscription.frequency)),
                                  numberItem(p.received), textItem(dateText(p.lastReceived)),
                                  textItem(dateText(p.nextDue)), lateItem,
                                  numberItem(p.toRemove.size())});
        if (p.subscription.id == selected)
            m_periodicalsView->selectRow(m_periodicals->rowCount() - 1);
    }
    m_periodicalsView->resizeColumnsToContents();
    if (!m_periodicalsView->currentIndex().isValid() && m_periodicals->rowCount() > 0)
        m_periodicalsView->selectRow(0);

    m_subscriptionTitle->clear();
    if (Result<QList<Title>> titles = m_fonds.catalogue().titles())
        for (const Title &t : *titles)
            if (t.type == TitleType::Review || t.type == TitleType::Daily)
                m_subscriptionTitle->addItem(t.title, t.id);
}

const PeriodicalStatus *PeriodicalsTab::selectedPeriodical() const
{
    const QModelIndex index = m_periodicalsView->currentIndex();
    if (!index.isValid())
        return nullptr;
    const QString id = m_periodicals->item(index.row(), 0)->data(IdRole).toString();
    for (const PeriodicalStatus &p : m_periodicalRows)
        if (p.subscription.id == id)
            return &p;
    return nullptr;
}

void PeriodicalsTab::checkInSelected()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p) {
        emit notice(tr("Choose the periodical in the list first."), true);
        return;
    }
    const QString title = p->title.title; // the rows are read again below
    Result<Issue> issue = m_fonds.periodicals().checkIn(p->subscription.id, m_issueNumber->text());
    if (!issue) {
        emit notice(issue.error().message, true);
        return;
    }
    m_issueNumber->clear();
    refreshPeriodicals();
    emit notice(tr("Issue %1 of \"%2\" checked in.").arg(issue->number, title), false);
    emit changed();
}

void PeriodicalsTab::changeSelectedSubscription()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p) {
        emit notice(tr("Choose the periodical in the list first."), true);
        return;
    }
    const QString title = p->title.title; // the rows are read again below
    SubscriptionDialog dialog(m_fonds, title, p->subscription, this);
    if (m_prompter.exec(dialog) != QDialog::Accepted)
        return;
    if (Result<Subscription> s = m_fonds.periodicals().updateSubscription(dialog.subscription());
        !s) {
        emit notice(s.error().message, true);
        return;
    }
    refreshPeriodicals();
    emit notice(tr("Subscription to \"%1\" changed.").arg(title), false);
    emit changed();
}

void PeriodicalsTab::endSelectedSubscription()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p)
        return;
    const QString title = p->title.title; // the rows are read again below
    // Issues already received stay, with their retention; none is expected any more.
    if (!m_prompter.confirm(this, tr("Periodicals"),
                            tr("End the subscription to \"%1\" today? No issue is expected "
                               "after today; those received stay.")
                                .arg(title),
                            tr("End")))
        return;
    Subscription ended = p->subscription;
    ended.end = m_fonds.today();
    if (Result<Subscription> s = m_fonds.periodicals().updateSubscription(ended); !s) {
        emit notice(s.error().message, true);
        return;
    }
    refreshPeriodicals();
    emit notice(tr("Subscription to \"%1\" ended.").arg(title), false);
}

void PeriodicalsTab::removeSelectedIssues()
{
    const PeriodicalStatus *p = selectedPeriodical();
    if (!p)
        return;
    const QString title = p->title.title; // the rows are read again below
    if (p->toRemove.isEmpty()) {
        emit notice(tr("Nothing to take off the shelf for \"%1\".").arg(title), false);
        return;
    }
    QStringList ids;
    QStringList numbers;
    for (const Issue &issue : p->toRemove) {
        ids << issue.id;
        numbers << (issue.number.isEmpty() ? dateText(issue.received) : issue.number);
    }
    if (!m_prompter.confirm(
            this, tr("Periodicals"),
            tr("Take %Ln issue(s) of \"%1\" off the shelf: %2?", nullptr, int(ids.size()))
                .arg(title, numbers.join(QLatin1String(", "))),
            tr("Take off")))
        return;
    if (Status s = m_fonds.periodicals().removeIssues(ids); !s) {
        emit notice(s.error().message, true);
        return;
    }
    refreshPeriodicals();
    emit notice(tr("%Ln issue(s) taken off the shelf.", nullptr, int(ids.size())), false);
    emit changed();
}

void PeriodicalsTab::addSubscription()
{
    Subscription s;
    s.titleId = m_subscriptionTitle->currentData().toString();
    if (s.titleId.isEmpty()) {
        emit notice(tr("Catalogue the review or daily first (type Review or Daily newspaper)."),
                    true);
        return;
    }
    s.frequency =
        FondsCodes::frequency(m_frequency->currentData().toString()).value_or(Frequency::Monthly);
    s.issuesPerYear = FondsCodes::defaultIssuesPerYear(s.frequency);
    s.start = m_subscriptionStart->date();
    s.keepIssues = m_keepIssues->value();
    s.keepMonths = m_keepMonths->value();
    Result<Subscription> added = m_fonds.periodicals().addSubscription(s);
    if (!added) {
        emit notice(added.error().message, true);
        return;
    }
    refreshPeriodicals();
    emit notice(tr("Subscription to \"%1\" recorded.").arg(m_subscriptionTitle->currentText()),
                false);
    emit changed();
}

} // namespace passages::ui
