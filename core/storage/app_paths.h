// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace passages {

/// Sets the organisation and application names so the GUI and the CLI agree on the
/// user's data folder and settings. Call right after creating the Q*Application.
void setApplicationIdentity();

/// The desk database both the GUI and the CLI use by default:
/// `<user data folder>/passages/passages.sqlite` (~/.local/share/passages/passages.sqlite
/// on Linux, %LOCALAPPDATA%\\passages\\passages.sqlite on Windows).
QString defaultDatabasePath();

/// The settings key of the share folder chosen in the GUI's sync settings
/// (Outils › Synchronisation); `passages-cli sync` uses it when no --share is given, so the
/// packaged nightly timer needs no editing.
inline constexpr char kShareFolderSetting[] = "sync/share";
/// The share folder set for this user's desk, or "" when none is set.
QString configuredShareFolder();

/// Where a share's consolidated cache lives by default: a rebuildable local copy,
/// `<user data folder>/passages/consolidated-<share id>.sqlite`; a share id that is not a
/// plain UUID (the share is anyone's to write) is hashed, never used as a path.
QString defaultCachePath(const QString &shareId);

} // namespace passages
