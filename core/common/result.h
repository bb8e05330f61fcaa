// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace passages {

/// The one error policy of core: every fallible call returns a Result carrying either a
/// value or an Error with a stable code (for programs and tests) and a translated,
/// human message (for the screen and the CLI's stderr).
enum class ErrorCode
{
    InvalidArgument, ///< a value given by the user or a file is not acceptable
    Ambiguous,       ///< a shortened id names several entities: give it whole (a usage error)
    /// Allowed once the person confirms (closing days that already have walk-ins): ask,
    /// then call again with their consent.
    NeedsConfirmation,
    UnknownCode,    ///< a referential code that does not exist
    NotFound,       ///< the entity asked for does not exist
    Database,       ///< SQLite failed (I/O, constraint, corruption)
    Corrupt,        ///< the database fails its integrity check
    TooNew,         ///< the database was written by a newer version of Passages
    NotInitialised, ///< the desk has no site/desk identity yet
    Io,             ///< a file could not be read or written
    Parse,          ///< a file's content is malformed
    // The sync's outcomes, which callers act on (retry later, quarantine, say "in progress"):
    Busy,             ///< another program holds the database (a consolidation, a second Passages)
    ShareUnavailable, ///< the share cannot be reached or listed: retry later, nothing is lost
    ShareNotPrepared, ///< the folder has no SHARE_ID: not a Passages share (yet)
    ShareOutdated,    ///< the share predates the trust model: `share upgrade` first
    ShareNewer,       ///< the share was prepared by a newer version of Passages
    ShareDamaged,     ///< the share's content is inconsistent or was tampered with
    ShareFull,        ///< the share's disk or quota is full
    Refused,          ///< a file on the share is refused for what it is (a link, too large)
    Rejected,         ///< a batch's row fails the value checks: its whole file is quarantined
    Interrupted,      ///< a run stopped at a test seam, as if the process had died
};

struct Error
{
    ErrorCode code;
    QString message;
    /// The input field at fault, when there is one ("count", "pole"): for people, never a
    /// control code (the code says what happened).
    QString field = {};
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// A Result with no value: success or an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error{code, std::move(message), std::move(field)};
}

} // namespace passages
