// SPDX-License-Identifier: GPL-3.0-or-later
// The desk form offers the group sizes the Cité's referential allows, no more.
#include "ui_support.h"

#include "ui/accueil/accueil_widget.h"

#include <QSpinBox>

using namespace passages;
using namespace passages::test;

TEST_CASE("the desk form's group size stops at the referential's maximum", "[ui][group-size]")
{
    DeskWindow w;
    auto *count = w.find<QSpinBox>(QStringLiteral("countSpin"));
    CHECK(count->minimum() == 1);
    CHECK(count->maximum() == Referential::kDefaultMaxGroupSize);

    // A newer referential (picked up at a sync) with another maximum: the form follows.
    REQUIRE(w.desk.referential.setMaxGroupSize(40).ok());
    w.window->findChild<ui::AccueilWidget *>()->refreshFields();
    CHECK(count->maximum() == 40);
}
