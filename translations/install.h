// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace passages {

/// The language to use: `preferred` when it is "fr" or "en"; otherwise the
/// PASSAGES_LANGUAGE environment variable, then the system locale (English only when
/// the system speaks English, French otherwise: Passages is French first).
QString resolveLanguage(const QString &preferred = {});

/// Loads Passages' and Qt's own translations for that language into the application.
/// Returns the language installed.
QString installTranslations(QCoreApplication &app, const QString &preferred = {});

} // namespace passages
