// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passages {

/// A French department's name from its code ("69" -> "Rhône", "2A", "971"), empty when
/// the code is not one: the label of the breakdown by department.
QString departmentName(const QString &code);

} // namespace passages
