// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/bilan.h"

#include <QScrollArea>

#include <functional>
#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace passages {
class Referential;
} // namespace passages

namespace passages::ui {

/// The dashboard's Bilan view: the year, the categories its tables are shown in (the
/// Cité's own, or a reporting mapping's: issue 17), the key figures, the months and
/// pôles charts and every table. The PDF, the print-out and the exports take shown().
class BilanPage final : public QScrollArea
{
    Q_OBJECT

public:
    /// `makeChartView` makes a chart view with the dashboard's "Save as PNG" action.
    BilanPage(const Referential &referential, std::function<QChartView *()> makeChartView,
              QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    /// "The Cité's categories", then each reporting mapping of the referential.
    QComboBox *mappingBox() const { return m_mapping; }
    /// The chosen mapping's name; empty for the Cité's own categories.
    QString mappingName() const;
    /// Chooses a mapping by name (empty: the Cité's categories); false when unknown.
    bool setMappingName(const QString &name);
    QChartView *monthsChart() const { return m_months; }
    QChartView *polesChart() const { return m_poles; }

    /// Shows the bilan core computed (none: an empty page), in the chosen categories.
    void setBilan(const std::optional<Bilan> &bilan);
    /// The bilan as on screen: in the chosen mapping's categories when one is chosen.
    std::optional<Bilan> shown() const;

signals:
    /// The year was edited: the figures must be computed again.
    void yearChosen();

private:
    void render();

    const Referential &m_referential;
    std::function<QChartView *()> m_makeChartView;
    std::optional<Bilan> m_bilan; ///< as computed, in the Cité's categories
    QSpinBox *m_year = nullptr;
    QComboBox *m_mapping = nullptr;
    QLabel *m_headlines = nullptr;
    QVBoxLayout *m_tables = nullptr;
    QChartView *m_months = nullptr;
    QChartView *m_poles = nullptr;
    QList<QWidget *> m_widgets;
};

} // namespace passages::ui
