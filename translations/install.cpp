// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/install.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace passages {

QString resolveLanguage(const QString &preferred)
{
    const QString en = QStringLiteral("en");
    const QString fr = QStringLiteral("fr");
    if (preferred == en || preferred == fr)
        return preferred;
    const QString env = qEnvironmentVariable("PASSAGES_LANGUAGE");
    if (env == en || env == fr)
        return env;
    return QLocale::system().language() == QLocale::English ? en : fr;
}

QString installTranslations(QCoreApplication &app, const QString &preferred)
{
    const QString language = resolveLanguage(preferred);
    // Owned by the application: translators must outlive every tr() call.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/passages_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(
        QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    return language;
}

} // namespace passages
