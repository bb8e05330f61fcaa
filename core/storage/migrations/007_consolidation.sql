-- Schema 7: batch format 2, receipts, and summaries a consolidation may defer.
-- Batch files of format 2 are hashed and signed with BLAKE2b-256 instead of SHA-256
-- (five times faster in Qt, which matters when a year of every desk is consolidated at
-- once); the columns say "content hash" so they hold either. A batch is always rebuilt
-- in the format it was first made in: rows from before this schema are format 1.
ALTER TABLE sync_batch RENAME COLUMN sha256 TO content_hash;
ALTER TABLE sync_batch RENAME COLUMN prev_sha256 TO prev_hash;
ALTER TABLE sync_batch ADD COLUMN format_version INTEGER NOT NULL DEFAULT 1;
-- What a consolidation said of the published file (receipts/<instance>.<consolidator>.json):
-- imported, duplicate, quarantined, held or fork; NULL while no receipt names it.
ALTER TABLE sync_batch ADD COLUMN ack_status TEXT;
ALTER TABLE sync_batch ADD COLUMN ack_reason TEXT;
ALTER TABLE sync_batch ADD COLUMN ack_utc TEXT;

ALTER TABLE share_file RENAME COLUMN sha256 TO content_hash;
-- When the receipt that tells the desk about this file was written (NULL: not yet).
ALTER TABLE share_file ADD COLUMN receipt_utc TEXT;

-- The dashboard's summary tables (schema 6) are kept by per-row triggers, right for a
-- desk logging one tally at a time but most of the cost of a first consolidation (a
-- year of every desk: five upserts per row). While `meta` holds 'summaries_deferred'
-- the triggers stand aside; whoever sets it rebuilds the tables from `passage` and
-- removes it in the same transaction (or, after a crash, at its next run). Readers never
-- see the difference: the flag only lives inside a consolidation's transactions.
DROP TRIGGER passage_desk_insert;
DROP TRIGGER passage_day_insert;
DROP TRIGGER passage_day_update;
DROP TRIGGER passage_day_delete;

-- The migration runner splits statements on a ';' ending a line: inside a trigger body
-- the separators therefore start the next line.
CREATE TRIGGER passage_desk_insert AFTER INSERT ON passage
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    INSERT OR IGNORE INTO passage_desk (site, desk) VALUES (NEW.site, NEW.desk)
    ; END;

CREATE TRIGGER passage_day_insert AFTER INSERT ON passage
WHEN NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    INSERT INTO passage_day (local_date, pole, site, desk, channel, n)
    VALUES (NEW.local_date, NEW.pole, NEW.site, NEW.desk, NEW.channel, NEW.count)
    ON CONFLICT (local_date, pole, site, desk, channel) DO UPDATE SET n = n + excluded.n
    ; INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
    SELECT NEW.local_date, 'age_band', NEW.age_band, NEW.site, NEW.desk, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'public', NEW.public, NEW.site, NEW.desk, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'department', CASE WHEN NEW.commune IN ('etranger', 'nr') THEN NEW.commune
        WHEN substr(NEW.commune, 1, 2) IN ('97', '98') THEN substr(NEW.commune, 1, 3)
        ELSE substr(NEW.commune, 1, 2) END, NEW.site, NEW.desk, NEW.count
    WHERE NEW.deleted = 0
    ON CONFLICT (local_date, dim, code, site, desk) DO UPDATE SET n = n + excluded.n
    ; END;

CREATE TRIGGER passage_day_update
AFTER UPDATE OF local_date, pole, site, desk, channel, count, deleted, age_band, public,
    commune ON passage
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    UPDATE passage_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND local_date = OLD.local_date AND pole = OLD.pole
      AND site = OLD.site AND desk = OLD.desk AND channel = OLD.channel
    ; DELETE FROM passage_day
    WHERE OLD.deleted = 0 AND n <= 0 AND local_date = OLD.local_date AND pole = OLD.pole
      AND site = OLD.site AND desk = OLD.desk AND channel = OLD.channel
    ; INSERT INTO passage_day (local_date, pole, site, desk, channel, n)
    SELECT NEW.local_date, NEW.pole, NEW.site, NEW.desk, NEW.channel, NEW.count
    WHERE NEW.deleted = 0
    ON CONFLICT (local_date, pole, site, desk, channel) DO UPDATE SET n = n + excluded.n
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'age_band' AND local_date = OLD.local_date
      AND code = OLD.age_band AND site = OLD.site AND desk = OLD.desk
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'public' AND local_date = OLD.local_date
      AND code = OLD.public AND site = OLD.site AND desk = OLD.desk
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'department' AND local_date = OLD.local_date
      AND code = CASE WHEN OLD.commune IN ('etranger', 'nr') THEN OLD.commune
        WHEN substr(OLD.commune, 1, 2) IN ('97', '98') THEN substr(OLD.commune, 1, 3)
        ELSE substr(OLD.commune, 1, 2) END
      AND site = OLD.site AND desk = OLD.desk
    ; DELETE FROM passage_dim_day WHERE n <= 0 AND dim IN ('age_band', 'public', 'department')
      AND local_date = OLD.local_date AND site = OLD.site AND desk = OLD.desk
    ; INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
    SELECT NEW.local_date, 'age_band', NEW.age_band, NEW.site, NEW.desk, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'public', NEW.public, NEW.site, NEW.desk, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'department', CASE WHEN NEW.commune IN ('etranger', 'nr') THEN NEW.commune
        WHEN substr(NEW.commune, 1, 2) IN ('97', '98') THEN substr(NEW.commune, 1, 3)
        ELSE substr(NEW.commune, 1, 2) END, NEW.site, NEW.desk, NEW.count
    WHERE NEW.deleted = 0
    ON CONFLICT (local_date, dim, code, site, desk) DO UPDATE SET n = n + excluded.n
    ; END;

CREATE TRIGGER passage_day_delete AFTER DELETE ON passage
WHEN OLD.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    UPDATE passage_day SET n = n - OLD.count
    WHERE local_date = OLD.local_date AND pole = OLD.pole AND site = OLD.site
      AND desk = OLD.desk AND channel = OLD.channel
    ; DELETE FROM passage_day
    WHERE n <= 0 AND local_date = OLD.local_date AND pole = OLD.pole AND site = OLD.site
      AND desk = OLD.desk AND channel = OLD.channel
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'age_band' AND local_date = OLD.local_date
      AND code = OLD.age_band AND site = OLD.site AND desk = OLD.desk
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'public' AND local_date = OLD.local_date
      AND code = OLD.public AND site = OLD.site AND desk = OLD.desk
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'department' AND local_date = OLD.local_date
      AND code = CASE WHEN OLD.commune IN ('etranger', 'nr') THEN OLD.commune
        WHEN substr(OLD.commune, 1, 2) IN ('97', '98') THEN substr(OLD.commune, 1, 3)
        ELSE substr(OLD.commune, 1, 2) END
      AND site = OLD.site AND desk = OLD.desk
    ; DELETE FROM passage_dim_day WHERE n <= 0 AND dim IN ('age_band', 'public', 'department')
      AND local_date = OLD.local_date AND site = OLD.site AND desk = OLD.desk
    ; END;
