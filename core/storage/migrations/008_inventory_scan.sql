-- Schema 8: the codes scanned during an inventory (récolement) session, kept as they are
-- scanned so that a session of an hour at the shelves survives a crash or a restart.
-- Local working state of this desk: not synchronised, emptied by "New session".
CREATE TABLE inventory_scan (
    seq         INTEGER PRIMARY KEY,   -- scan order
    code        TEXT NOT NULL,         -- as scanned: inventory number or ISBN
    scanned_utc TEXT NOT NULL
);
