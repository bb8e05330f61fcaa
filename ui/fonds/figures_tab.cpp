// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fonds/figures_tab.h"

#include "core/fonds/fonds.h"
#include "ui/fonds/fonds_parts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace passages::ui {

using namespace fonds_parts;

FiguresTab::FiguresTab(Fonds &fonds, QWidget *parent) : QWidget(parent), m_fonds(fonds)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year"), this));
    m_figuresYear = new QSpinBox(this);
    m_figuresYear->setObjectName(QStringLiteral("figuresYear"));
    m_figuresYear->setRange(1990, 2100);
    m_figuresYear->setValue(m_fonds.today().year());
    top->addWidget(m_figuresYear);
    top->addStretch(1);
    layout->addLayout(top);
    connect(m_figuresYear, &QSpinBox::valueChanged, this, &FiguresTab::refreshFigures);

    m_figures = new QStandardItemModel(this);
    auto *figures = makeTable(m_figures, this, QStringLiteral("figuresView"));
    layout->addWidget(figures, 1);
    m_figuresThemes = new QStandardItemModel(this);
    auto *themes = makeTable(m_figuresThemes, this, QStringLiteral("figuresThemesView"));
    themes->setSortingEnabled(true);
    layout->addWidget(themes, 1);
}

void FiguresTab::refreshFigures()
{
    if (!m_figures)
        return;
    const int year = m_figuresYear->value();
    Result<FondsStats> stats = m_fonds.stats(year);
    m_figures->clear();
    m_figuresThemes->clear();
    if (!stats) {
        emit notice(stats.error().message, true);
        return;
    }
    m_figures->setHorizontalHeaderLabels(
        {tr("Figure"), QString::number(year), QString::number(year - 1)});
    // The year before, for the figures of a year (the stock is counted today only).
    const Result<FondsStats> before = m_fonds.stats(year - 1);
    auto row = [&](const QString &label, qint64 value, std::optional<qint64> previous = {}) {
        QStandardItem *last = previous ? numberItem(*previous) : textItem(QStringLiteral("—"));
        if (!previous)
            last->setToolTip(tr("Counted today: no figure for a past year."));
        m_figures->appendRow({textItem(label), numberItem(value), last});
    };
    const auto then = [&before](int FondsStats::*field) -> std::optional<qint64> {
        if (!before)
            return std::nullopt;
        return (*before).*field;
    };
    row(tr("Titles"), stats->titles);
    row(tr("Copies (not withdrawn)"), stats->copies);
    for (CopyStatus status : FondsCodes::copyStatuses())
        row(tr("Copies: %1").arg(FondsCodes::label(status)), stats->copiesByStatus.value(status));
    row(tr("Copies acquired in the year"), stats->acquired, then(&FondsStats::acquired));
    row(tr("Copies withdrawn in the year"), stats->withdrawn, then(&FondsStats::withdrawn));
    row(tr("Periodicals"), stats->periodicals);
    row(tr("Issues received"), stats->issuesReceived, then(&FondsStats::issuesReceived));
    row(tr("Consultations"), stats->consultations, stats->previousConsultations);
    const QLocale locale;
    for (int m = 0; m < 12; ++m)
        row(tr("Consultations: %1").arg(locale.standaloneMonthName(m + 1)),
            stats->consultationsByMonth.value(m), stats->previousConsultationsByMonth.value(m));

    m_figuresThemes->setHorizontalHeaderLabels(
        {tr("Theme"), tr("Titles"), tr("Copies"), tr("Consultations"), tr("Previous year")});
    for (const FondsStats::Theme &t : stats->themes)
        m_figuresThemes->appendRow({textItem(t.code + QStringLiteral(" – ") + t.label),
                                    numberItem(t.titles), numberItem(t.copies),
                                    numberItem(t.consultations),
                                    numberItem(t.previousConsultations)});
}

} // namespace passages::ui
