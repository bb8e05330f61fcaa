-- Schema 3: synchronisation state.
-- Desk side: each batch of outbox rows published (or to publish) to the share.
-- outbox.batch_no holds local_batch: a fork starts a new instance's numbering at 1.
CREATE TABLE sync_batch (
    local_batch   INTEGER PRIMARY KEY,
    instance_id   TEXT NOT NULL,                     -- the identity it was made under
    batch_no      INTEGER NOT NULL,                  -- 1, 2, ... per instance
    row_count     INTEGER NOT NULL,
    -- Everything in the file's header is fixed when the batch is cut, so the file can be
    -- rebuilt byte for byte from the outbox at any time.
    parent_instance TEXT NOT NULL DEFAULT '',
    site          TEXT NOT NULL,
    desk          TEXT NOT NULL,
    app_version   TEXT NOT NULL,
    created_utc   TEXT NOT NULL,
    prev_sha256   TEXT NOT NULL,                     -- the previous batch's file hash
    sha256        TEXT,                              -- this batch's file hash once built
    attempt       INTEGER NOT NULL DEFAULT 1,
    file_name     TEXT,
    published_utc TEXT,                              -- NULL until safely on the share
    UNIQUE (instance_id, batch_no)
);

-- Consolidating side: every file seen on the share gets exactly one status.
CREATE TABLE share_file (
    name        TEXT PRIMARY KEY NOT NULL,           -- path relative to the share root
    instance_id TEXT,
    batch_no    INTEGER,
    sha256      TEXT,
    size        INTEGER,
    status      TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'quarantined',
                                                'held', 'fork')),
    reason      TEXT,
    row_count   INTEGER,
    implausible INTEGER NOT NULL DEFAULT 0,          -- rows dated far from their batch
    created_utc TEXT,                                -- the batch's own creation time
    seen_utc    TEXT NOT NULL
);
CREATE INDEX share_file_by_instance ON share_file (instance_id, batch_no);

-- Consolidating side: what is known of each desk identity.
CREATE TABLE share_instance (
    instance_id     TEXT PRIMARY KEY NOT NULL,
    parent_instance TEXT,
    site            TEXT,
    desk            TEXT,
    held            INTEGER NOT NULL DEFAULT 0,      -- a fork was detected: stop importing
    held_reason     TEXT,
    last_created_utc TEXT
);
