// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace passages::ui {

/// Fusion with a fixed light palette: the desks look the same whatever the system theme,
/// and screenshots and tests do not depend on the machine.
void applyStyle();

/// Black or white, whichever contrasts more with `background` (WCAG relative luminance):
/// pôle colours come from each Cité's referential, so text colour cannot be hard-coded.
QColor readableTextOn(const QColor &background);

/// `a` moved towards `b` by `t` (0..1).
QColor mix(const QColor &a, const QColor &b, qreal t);

/// The few colours the screens share.
namespace colors {
inline const QColor window{0xf3, 0xf4, 0xf6};
inline const QColor card{0xff, 0xff, 0xff};
inline const QColor border{0xd4, 0xd8, 0xde};
inline const QColor text{0x1f, 0x29, 0x37};
inline const QColor muted{0x5b, 0x64, 0x70};
inline const QColor accent{0x1d, 0x4e, 0xd8};
inline const QColor success{0x16, 0x65, 0x34};
inline const QColor successBackground{0xe6, 0xf4, 0xea};
inline const QColor danger{0x99, 0x1b, 0x1b};
inline const QColor dangerBackground{0xfd, 0xec, 0xec};
} // namespace colors

} // namespace passages::ui
