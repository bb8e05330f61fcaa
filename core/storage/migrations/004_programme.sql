-- The programme (events, their days or sessions, attendance) and the interviews held at
-- the pôle desks. Every table is synchronised: UUID id, site, desk, revision, deleted
-- tombstone, updated_utc, and each write goes through the outbox. No foreign keys: the
-- consolidated share upserts row images generically and in any order, so a session may
-- arrive before its event.

-- An event of the programme: a workshop offer, a forum, a rencontre métiers... Its dates
-- are those of its sessions.
CREATE TABLE event (
    id           TEXT PRIMARY KEY NOT NULL,       -- UUID
    site         TEXT NOT NULL,                   -- the site of the desk that created it
    desk         TEXT NOT NULL,
    title        TEXT NOT NULL,
    type         TEXT NOT NULL,                   -- referential event_types code
    pole         TEXT,                            -- NULL: transversal
    partners     TEXT NOT NULL DEFAULT '',        -- partner codes, comma-separated
    location     TEXT NOT NULL,                   -- referential locations or centre associé site code
    capacity     INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);

-- One day of a multi-day event, or one session of a workshop series.
CREATE TABLE event_session (
    id           TEXT PRIMARY KEY NOT NULL,
    site         TEXT NOT NULL,
    desk         TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    -- YYYY-MM-DD. Not "local_date": a planned session lies in the future, which the
    -- consolidation would flag as a desk clock error on a recorded row.
    session_date TEXT NOT NULL,
    start_time   TEXT,                            -- HH:MM, optional
    end_time     TEXT,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);
CREATE INDEX event_session_by_event ON event_session (event_id, deleted);
CREATE INDEX event_session_by_date ON event_session (session_date, deleted);

-- Participants of one session: entered afterwards ('entered') or counted live at the
-- door ('counter', one row per desk and session, updated on each +1 / -1). Rows add up:
-- two doors counted from two desks give two rows.
CREATE TABLE attendance (
    id           TEXT PRIMARY KEY NOT NULL,
    site         TEXT NOT NULL,
    desk         TEXT NOT NULL,
    event_id     TEXT NOT NULL,
    session_id   TEXT NOT NULL,
    local_date   TEXT NOT NULL,                   -- the session's date: the bucketing key
    participants INTEGER NOT NULL CHECK (participants >= 0),
    pupils       INTEGER CHECK (pupils IS NULL OR pupils >= 0),
    classes      INTEGER CHECK (classes IS NULL OR classes >= 0),
    source       TEXT NOT NULL CHECK (source IN ('entered', 'counter')),
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);
CREATE INDEX attendance_by_date ON attendance (local_date, deleted);
CREATE INDEX attendance_by_session ON attendance (session_id, deleted);

-- One interview (entretien) at a pôle desk, anonymous like a walk-in.
CREATE TABLE interview (
    id            TEXT PRIMARY KEY NOT NULL,
    site          TEXT NOT NULL,
    desk          TEXT NOT NULL,
    local_date    TEXT NOT NULL,
    local_time    TEXT NOT NULL,
    utc_offset    INTEGER NOT NULL,
    pole          TEXT NOT NULL,
    theme         TEXT,
    partner       TEXT,                           -- the counsellor's organisation
    channel       TEXT NOT NULL,
    duration_band TEXT,
    revision      INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc  TEXT NOT NULL,
    updated_utc   TEXT NOT NULL
);
CREATE INDEX interview_by_date ON interview (local_date, deleted);
