// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"
#include "storage/app_paths.h"
#include "translations/install.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    passages::setApplicationIdentity();
    passages::installTranslations(app);
    passages::ui::MainWindow window;
    window.show();
    return app.exec();
}
