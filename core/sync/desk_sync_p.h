// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/sync: what desk_sync.cpp and desk_sync_batches.cpp share.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace passages::sync_detail {

/// What a run returns when a test stops it at one of DeskSync's steps (stopsAt()).
inline Error stoppedError()
{
    return makeError(ErrorCode::Interrupted, QStringLiteral("stopped at a test seam"));
}

} // namespace passages::sync_detail
