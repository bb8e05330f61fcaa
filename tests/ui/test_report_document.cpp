// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/report_document.h"

#include <catch2/catch.hpp>

using passages::ui::ReportDocument;

TEST_CASE("the bilan's chart axes step by 1, 2 or 5 times a power of ten", "[ui][report]")
{
    // The old axes stepped by 625 or 1 875 (a fifth of the maximum).
    CHECK(ReportDocument::niceStep(3125) == 1000);
    CHECK(ReportDocument::niceStep(9375) == 2000);
    CHECK(ReportDocument::niceStep(251) == 100);
    CHECK(ReportDocument::niceStep(1) == 1);
    CHECK(ReportDocument::niceStep(0) == 1);
    CHECK(ReportDocument::niceStep(12) == 5);
    CHECK(ReportDocument::niceStep(63450) == 20000);
    for (qint64 max : {1, 7, 19, 99, 101, 625, 1875, 4999, 12345, 987654}) {
        const qint64 step = ReportDocument::niceStep(max);
        qint64 magnitude = 1;
        while (magnitude * 10 <= step)
            magnitude *= 10;
        INFO(max << " -> " << step);
        CHECK((step == magnitude || step == 2 * magnitude || step == 5 * magnitude));
        CHECK((max + step - 1) / step <= 5); // at most five intervals
    }
}
