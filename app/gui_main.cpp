// SPDX-License-Identifier: GPL-3.0-or-later
// The accueil desk: open the desk database (refusing a damaged or too new one), load the
// referential and the communes, ask for the desk identity on first run, show the window.
#include "core/reception/desk_data.h"
#include "core/reception/reception.h"
#include "core/storage/app_paths.h"
#include "translations/install.h"
#include "ui/dialogs/first_run_dialog.h"
#include "ui/dialogs/prompter.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main_window.h"
#include "ui/startup.h"
#include "ui/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    using namespace passages;
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("passages"));
    QSettings settings;
    const QString language = installTranslations(app, ui::languageSetting(settings));
    ui::applyStyle();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/passages.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Passages: the reception desk of a Cité des métiers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main",
                                    "Use the desk database FILE instead of the default one."),
        QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();

    ui::Prompter prompter;
    DeskOpenStep failedStep = DeskOpenStep::Database;
    Result<DeskData> opened = openDesk(path, true, &failedStep);
    if (!opened) {
        prompter.error(nullptr, ui::Startup::failureTitle(),
                       failedStep == DeskOpenStep::Database
                           ? ui::Startup::databaseFailure(opened.error())
                           : ui::Startup::dataFailure(opened.error()));
        return 2;
    }
    DeskData desk = std::move(opened).value();
    Database &db = *desk.db;
    Referential &referential = desk.referential;
    referential.setLanguage(language);

    Reception reception(db, referential, desk.communes);
    if (!reception.identity().isSet() && !ui::runFirstRun(reception, prompter))
        return 0; // the agent cancelled the set-up: nothing to record with yet

    ui::MainWindow window(reception, referential, prompter, settings);
    window.show();
    return app.exec();
}
