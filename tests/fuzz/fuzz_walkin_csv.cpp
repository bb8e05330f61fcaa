// SPDX-License-Identifier: GPL-3.0-or-later
// The walk-in CSV importer (passages-cli import, the GUI's import): any bytes give a
// report or an error, never a crash, a leak or undefined behaviour.
#include "fuzz_support.h"

#include "core/reception/passage_csv.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    passages::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace passages;
    static fuzz::FuzzDesk desk;
    (void)PassageCsv::importData(*desk.reception, fuzz::bytes(data, size),
                                 QStringLiteral("fuzz.csv"));
    return 0;
}
