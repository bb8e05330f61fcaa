// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace passages::ui {

/// Gives every widget the keyboard reaches a name for assistive technologies (RGAA 11.1,
/// WCAG 4.1.2), from what a sighted user reads next to it: Qt only finds a buddy label
/// among the field's siblings, so fields laid out in sub-widgets or without a buddy are
/// nameless. In order: an explicit name stays; else the nearest label before the field in
/// its layout; else its placeholder or tooltip; else a named ancestor's name.
void nameFromLabels(QWidget *root);

/// Runs nameFromLabels() on every window as it is shown (applyStyle() installs it).
void installAccessibleNames();

} // namespace passages::ui
