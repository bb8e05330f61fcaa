// SPDX-License-Identifier: GPL-3.0-or-later
// The referential's internals shared by its source files (referential.cpp: lookups;
// referential_json.cpp: the document; referential_edit.cpp: the editing calls;
// referential_checks.cpp: validation). Not part of core's interface.
#pragma once

#include "core/common/result.h"
#include "core/referential/referential.h"

#include <iterator>

namespace passages::referential_detail {

struct KindInfo
{
    Referential::Kind kind;
    const char *key;
    bool optional = false; ///< absent from a document: the default referential's list
};

inline constexpr KindInfo kinds[] = {
    {Referential::Kind::Pole, "poles"},
    {Referential::Kind::Theme, "themes"},
    {Referential::Kind::AgeBand, "age_bands"},
    {Referential::Kind::Public, "publics"},
    {Referential::Kind::Channel, "channels"},
    {Referential::Kind::Site, "sites"},
    {Referential::Kind::EventType, "event_types", true},
    {Referential::Kind::Location, "locations", true},
    {Referential::Kind::Partner, "partners", true},
    {Referential::Kind::DurationBand, "duration_bands", true},
    {Referential::Kind::ServiceLevel, "service_levels", true},
    {Referential::Kind::Orientation, "orientations", true},
};
static_assert(std::size(kinds) == Referential::kindCount);

/// The partner flag of the desks' "Referred to" targets.
inline constexpr const char *kOrientationTarget = "orientation_target";

/// "Unknown <kind> "<code>"." on the kind's document key.
Error unknown(Referential::Kind kind, const QString &code);
/// "#rrggbb" only: what the pôle buttons, bars and exports all read.
bool isColor(const QString &color);

} // namespace passages::referential_detail
