// SPDX-License-Identifier: GPL-3.0-or-later
// The receipt reader: desks read what any consolidation (or anyone) left in receipts/.
#include "fuzz_support.h"

#include "core/sync/receipt.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    passages::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace passages;
    (void)Receipt::decode(fuzz::bytes(data, size),
                          QStringLiteral("0a1b2c3d-0000-4000-8000-000000000000."
                                         "5f1e2d3c-4b5a-4678-9abc-def012345678.json"));
    return 0;
}
