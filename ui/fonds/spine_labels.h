// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace passages {
class Fonds;
} // namespace passages

namespace passages::ui {

/// Writes a PDF of spine labels (cote and inventory number), one per copy on the
/// shelves or in reserve of the given titles, 3 x 8 labels of 70 x 37 mm per A4 page.
class SpineLabelWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SpineLabelWriter)

public:
    explicit SpineLabelWriter(const Fonds &fonds) : m_fonds(fonds) {}
    /// Returns how many labels were written.
    Result<int> write(const QString &path, const QStringList &titleIds) const;

private:
    const Fonds &m_fonds;
};

} // namespace passages::ui
