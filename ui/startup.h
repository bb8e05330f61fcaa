// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>

namespace passages::ui {

/// Texts of the start-up failures: kept here, next to the screens, so app/gui_main.cpp
/// stays thin and the wording is tested and translated with the rest of the interface.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    static QString failureTitle();
    /// Why the desk database cannot be used, and what to do. A damaged or too new database
    /// is refused outright: nothing is ever recorded into it.
    static QString databaseFailure(const Error &error);
    static QString dataFailure(const Error &error);
};

} // namespace passages::ui
