-- Schema 9: the trust model of the share (docs/trust-model.md).
-- Consolidating side: a batch signed by a key the administrator has not approved (yet)
-- is 'unapproved', and examined again once an approval for its desk appears. SQLite
-- cannot change a CHECK constraint in place: the table is rebuilt.
CREATE TABLE share_file_v9 (
    name        TEXT PRIMARY KEY NOT NULL,
    instance_id TEXT,
    batch_no    INTEGER,
    content_hash TEXT,
    size        INTEGER,
    status      TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'quarantined',
                                                'held', 'fork', 'unapproved')),
    reason      TEXT,
    row_count   INTEGER,
    implausible INTEGER NOT NULL DEFAULT 0,
    created_utc TEXT,
    seen_utc    TEXT NOT NULL,
    receipt_utc TEXT
);
INSERT INTO share_file_v9 (name, instance_id, batch_no, content_hash, size, status, reason,
                           row_count, implausible, created_utc, seen_utc, receipt_utc)
SELECT name, instance_id, batch_no, content_hash, size, status, reason, row_count,
       implausible, created_utc, seen_utc, receipt_utc FROM share_file;
DROP TABLE share_file;
ALTER TABLE share_file_v9 RENAME TO share_file;
CREATE INDEX share_file_by_instance ON share_file (instance_id, batch_no);

-- Consolidating side: the desk identity that first brought each record. Its later
-- revisions and tombstones are accepted only from that identity (or one the
-- administrator approved as forked from it): another desk cannot delete it.
CREATE TABLE record_origin (
    id          TEXT PRIMARY KEY NOT NULL,
    instance_id TEXT NOT NULL
) WITHOUT ROWID;

-- Consolidating side: the approval (its time, signed by the admin) each desk identity had
-- when its 'unapproved' files were judged; a newer one has them judged again, once.
CREATE TABLE share_approval (
    instance_id  TEXT PRIMARY KEY NOT NULL,
    approved_utc TEXT NOT NULL
) WITHOUT ROWID;
