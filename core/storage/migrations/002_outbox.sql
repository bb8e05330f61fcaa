-- Schema 2: the "first visit" optional field and the transactional outbox.
ALTER TABLE passage ADD COLUMN first_visit INTEGER CHECK (first_visit IN (0, 1));

-- Every insert, correction or tombstone appends the full row image here in the same
-- transaction; the nightly sync publishes unsent rows in numbered batches.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    payload     TEXT NOT NULL,                    -- JSON image of the row
    created_utc TEXT NOT NULL,
    batch_no    INTEGER                           -- NULL until put in a batch
);
CREATE INDEX outbox_unsent ON outbox (batch_no) WHERE batch_no IS NULL;

-- Rows recorded under schema 1 enter the outbox so the first sync carries them.
INSERT INTO outbox (entity, entity_id, revision, payload, created_utc)
SELECT 'passage', id, revision,
       json_object('id', id, 'site', site, 'desk', desk, 'local_date', local_date,
                   'local_time', local_time, 'utc_offset', utc_offset, 'pole', pole,
                   'theme', theme, 'age_band', age_band, 'commune', commune,
                   'public', public, 'channel', channel, 'count', count,
                   'first_visit', NULL, 'revision', revision, 'deleted', deleted,
                   'recorded_utc', recorded_utc, 'updated_utc', updated_utc),
       updated_utc
FROM passage ORDER BY recorded_utc, id;
