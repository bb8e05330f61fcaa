-- The documentation space: the printed fonds (catalogue, copies, periodicals) and the
-- on-site consultations. Every table follows the synchronised-table convention (UUID id,
-- site, desk, revision, deleted tombstone, updated_utc; row images through the outbox).
-- Codes (theme, type, status, source, frequency) are stable identifiers checked in core.

-- A title: a book, a review, a daily, a dossier or a binder.
CREATE TABLE fonds_title (
    id          TEXT PRIMARY KEY NOT NULL,
    site        TEXT NOT NULL,
    desk        TEXT NOT NULL,
    title       TEXT NOT NULL,
    authors     TEXT NOT NULL DEFAULT '',
    publisher   TEXT NOT NULL DEFAULT '',
    year        INTEGER,                         -- publication year, NULL when unknown
    edition     TEXT NOT NULL DEFAULT '',        -- "3", "3e éd.", "2024-2025"
    isbn        TEXT,                            -- 13 digits, NULL when none
    theme       TEXT NOT NULL,                   -- MFO, MFP, MFF, MFC
    subcote     TEXT NOT NULL DEFAULT '',        -- the Cité's own sub-cote
    type        TEXT NOT NULL,                   -- book, review, daily, dossier, binder
    language    TEXT NOT NULL DEFAULT 'fr',
    notes       TEXT NOT NULL DEFAULT '',
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE UNIQUE INDEX fonds_title_isbn ON fonds_title (isbn) WHERE isbn IS NOT NULL AND deleted = 0;

-- A copy on the shelves. Withdrawn copies stay (history); status_date says since when.
CREATE TABLE fonds_copy (
    id          TEXT PRIMARY KEY NOT NULL,
    site        TEXT NOT NULL,
    desk        TEXT NOT NULL,
    title_id    TEXT NOT NULL,
    inventory   TEXT NOT NULL,                   -- inventory number / barcode
    status      TEXT NOT NULL CHECK (status IN ('on-shelf', 'reserve', 'missing', 'withdrawn')),
    status_date TEXT,                            -- YYYY-MM-DD of the last status change
    status_note TEXT NOT NULL DEFAULT '',        -- why (weeding reason, inventory)
    acquired    TEXT,                            -- YYYY-MM-DD
    source      TEXT NOT NULL CHECK (source IN ('purchase', 'gift', 'free')),
    location    TEXT NOT NULL DEFAULT '',
    revision    INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
CREATE UNIQUE INDEX fonds_copy_inventory ON fonds_copy (inventory) WHERE deleted = 0;
CREATE INDEX fonds_copy_by_title ON fonds_copy (title_id);

-- A periodical subscription: issues expected from start_date at issues_per_year.
CREATE TABLE fonds_subscription (
    id              TEXT PRIMARY KEY NOT NULL,
    site            TEXT NOT NULL,
    desk            TEXT NOT NULL,
    title_id        TEXT NOT NULL,
    frequency       TEXT NOT NULL,               -- daily, weekly, ..., yearly
    issues_per_year INTEGER NOT NULL CHECK (issues_per_year >= 1),
    start_date      TEXT NOT NULL,               -- the first expected issue
    end_date        TEXT,                        -- NULL while running
    keep_issues     INTEGER,                     -- retention: keep the last N issues
    keep_months     INTEGER,                     -- or the issues of the last N months
    revision        INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_utc     TEXT NOT NULL,
    updated_utc     TEXT NOT NULL
);

-- One issue checked in (bulletinage); removed_date once taken off the shelf.
CREATE TABLE fonds_issue (
    id              TEXT PRIMARY KEY NOT NULL,
    site            TEXT NOT NULL,
    desk            TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    number          TEXT NOT NULL DEFAULT '',    -- as printed ("n° 412", "mars 2024")
    received_date   TEXT NOT NULL,
    removed_date    TEXT,
    revision        INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    created_utc     TEXT NOT NULL,
    updated_utc     TEXT NOT NULL
);
CREATE INDEX fonds_issue_by_subscription ON fonds_issue (subscription_id, received_date);

-- On-site consultations counted at reshelving: per title (scanned) or per theme (tally).
CREATE TABLE fonds_consultation (
    id           TEXT PRIMARY KEY NOT NULL,
    site         TEXT NOT NULL,
    desk         TEXT NOT NULL,
    local_date   TEXT NOT NULL,
    local_time   TEXT NOT NULL,
    utc_offset   INTEGER NOT NULL,
    theme        TEXT NOT NULL,
    title_id     TEXT,                           -- NULL for a theme tally
    copy_id      TEXT,
    count        INTEGER NOT NULL CHECK (count >= 1),
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);
CREATE INDEX fonds_consultation_by_date ON fonds_consultation (local_date, deleted);
CREATE INDEX fonds_consultation_by_title ON fonds_consultation (title_id, local_date);
