// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"
namespace passages::ui {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
} // namespace passages::ui
