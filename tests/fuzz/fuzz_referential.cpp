// SPDX-License-Identifier: GPL-3.0-or-later
// The referential loader: versions on the share, files given to share init/referential.
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    passages::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace passages;
    Result<Referential> referential = Referential::fromJson(fuzz::bytes(data, size));
    if (referential) {
        // What a desk does with one: list, label and check codes.
        (void)referential->toJson();
        for (const Category &pole : referential->list(Referential::Kind::Pole))
            (void)referential->checkPoleAndTheme(pole.code, QString());
    }
    return 0;
}
