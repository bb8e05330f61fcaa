// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/weeding_tab.h"

#include "core/fonds/fonds.h"
#include "ui/dialogs/prompter.h"
#include "ui/fonds/fonds_parts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

using namespace fonds_parts;

WeedingTab::WeedingTab(Fonds &fonds, Prompter &prompter, QWidget *parent)
    : QWidget(parent), m_fonds(fonds), m_prompter(prompter)
{
    auto *layout = new QVBoxLayout(this);
    auto *rules = new QHBoxLayout;
    const WeedingRules saved = m_fonds.upkeep().weedingRules();
    rules->addWidget(new QLabel(tr("Older than (years):"), this));
    for (const Category &theme : m_fonds.themes()) {
        if (theme.retired)
            continue;
        rules->addWidget(new QLabel(theme.code, this));
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("maxAge_") + theme.code);
        spin->setRange(0, 100);
        spin->setSpecialValueText(tr("–"));
        spin->setValue(saved.maxAgeYears.value(theme.code, 0));
        m_maxAge.insert(theme.code, spin);
        rules->addWidget(spin);
    }
    rules->addSpacing(12);
    rules->addWidget(new QLabel(tr("Not consulted for (years):"), this));
    m_unusedYears = new QSpinBox(this);
    m_unusedYears->setObjectName(QStringLiteral("unusedYears"));
    m_unusedYears->setRange(0, 50);
    m_unusedYears->setSpecialValueText(tr("–"));
    m_unusedYears->setValue(saved.unusedYears);
    rules->addWidget(m_unusedYears);
    auto *apply = new QPushButton(tr("Review"), this);
    apply->setObjectName(QStringLiteral("weedingReviewButton"));
    rules->addWidget(apply);
    rules->addStretch(1);
    layout->addLayout(rules);
    connect(apply, &QPushButton::clicked, this, [this] {
        if (Status s = m_fonds.upkeep().setWeedingRules(rulesFromForm()); !s)
            emit notice(s.error().message, true);
        refreshWeeding();
    });

    m_weeding = new QStandardItemModel(this);
    m_weedingView = makeTable(m_weeding, this, QStringLiteral("weedingView"));
    m_weedingView->setSortingEnabled(true);
    layout->addWidget(m_weedingView, 1);
    auto *withdraw = new QPushButton(tr("Withdraw the checked copies"), this);
    withdraw->setObjectName(QStringLiteral("withdrawButton"));
    layout->addWidget(withdraw, 0, Qt::AlignRight);
    connect(withdraw, &QPushButton::clicked, this, &WeedingTab::withdrawChecked);
}

WeedingRules WeedingTab::rulesFromForm() const
{
    WeedingRules rules;
    for (auto it = m_maxAge.cbegin(); it != m_maxAge.cend(); ++it)
        if (it.value()->value() > 0)
            rules.maxAgeYears.insert(it.key(), it.value()->value());
    rules.unusedYears = m_unusedYears->value();
    return rules;
}

void WeedingTab::refreshWeeding()
{
    m_weeding->clear();
    m_weeding->setHorizontalHeaderLabels(
        {tr("Inventory"), tr("Title"), tr("Cote"), tr("Year"), tr("Acquired"), tr("Why")});
    Result<QList<WeedingCandidate>> candidates =
        m_fonds.upkeep().weedingCandidates(rulesFromForm());
    if (!candidates) {
        emit notice(candidates.error().message, true);
        return;
    }
    for (const WeedingCandidate &c : *candidates) {
        QStandardItem *inventory = textItem(c.copy.inventory, c.copy.id);
        inventory->setCheckable(true);
        inventory->setCheckState(Qt::Checked);
        m_weeding->appendRow({inventory, textItem(c.title.title), textItem(c.title.cote()),
                              c.title.year > 0 ? numberItem(c.title.year) : textItem({}),
                              textItem(dateText(c.copy.acquired)),
                              textItem(FondsUpkeep::reasonText(c.reasons))});
    }
    m_weedingView->resizeColumnsToContents();
}

void WeedingTab::withdrawChecked()
{
    QStringList ids;
    for (int r = 0; r < m_weeding->rowCount(); ++r)
        if (m_weeding->item(r, 0)->checkState() == Qt::Checked)
            ids << m_weeding->item(r, 0)->data(IdRole).toString();
    if (ids.isEmpty()) {
        emit notice(tr("No copy is checked."), true);
        return;
    }
    if (!m_prompter.confirm(this, tr("Weeding"),
                            tr("Mark %Ln copy(ies) withdrawn? They stay in the catalogue's "
                               "history.",
                               nullptr, int(ids.size())),
                            tr("Withdraw")))
        return;
    if (Status s = m_fonds.upkeep().withdraw(ids, tr("weeding %1").arg(m_fonds.today().year()));
        !s) {
        emit notice(s.error().message, true);
        return;
    }
    refreshWeeding();
    emit catalogueChanged();
    emit notice(tr("%Ln copy(ies) withdrawn.", nullptr, int(ids.size())), false);
    emit changed();
}

} // namespace passages::ui
