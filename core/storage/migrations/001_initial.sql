-- Schema 1: the desk identity and the anonymous walk-in tallies.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- The Cité's referential as this desk knows it (one JSON document, versioned).
CREATE TABLE referential (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  INTEGER NOT NULL,
    document TEXT NOT NULL
);

-- One row per walk-in (or group). Nothing is ever hard-deleted: a correction bumps the
-- revision, a deletion sets the tombstone flag (the sync depends on it).
CREATE TABLE passage (
    id           TEXT PRIMARY KEY NOT NULL,       -- UUID, stable across desks
    site         TEXT NOT NULL,
    desk         TEXT NOT NULL,
    local_date   TEXT NOT NULL,                   -- YYYY-MM-DD as the desk saw it
    local_time   TEXT NOT NULL,                   -- HH:MM:SS
    utc_offset   INTEGER NOT NULL,                -- seconds east of UTC at that moment
    pole         TEXT NOT NULL,
    theme        TEXT,
    age_band     TEXT NOT NULL,
    commune      TEXT NOT NULL,
    public       TEXT NOT NULL,
    channel      TEXT NOT NULL,
    count        INTEGER NOT NULL CHECK (count >= 1),
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);
CREATE INDEX passage_by_date ON passage (local_date, deleted);
