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
    const QByteArray input = fuzz::bytes(data, size);
    (void)Receipt::decode(input, QStringLiteral("0a1b2c3d-0000-4000-8000-000000000000."
                                                "5f1e2d3c-4b5a-4678-9abc-def012345678.json"));
    // The identities of the signed seed (receipt-signed.json), and its signature check.
    (void)Receipt::decode(input, QStringLiteral("33946d2c-c68b-4014-b9e7-edfe90a4b595."
                                                "00c1a6eb-8536-41f6-ab68-1fb1aed7282b.json"));
    static const QByteArray key(32, 'k');
    (void)Receipt::verify(input, key);
    return 0;
}
