-- Schema 6: the Cité's closures (the dashboard's calendar) and the daily walk-in
-- aggregate the dashboard and the bilan read.

-- A closure set by the Cité (summer closure, inventory day, strike...): no walk-in is
-- expected from first_date to last_date (inclusive), so those days are shown as closed
-- and left out of the averages. Synchronised like every table a desk records.
CREATE TABLE closure (
    id           TEXT PRIMARY KEY NOT NULL,       -- UUID
    site         TEXT NOT NULL,                   -- the desk that recorded it
    desk         TEXT NOT NULL,
    closed_site  TEXT NOT NULL DEFAULT '',        -- the site closed; '' = every site
    first_date   TEXT NOT NULL,                   -- YYYY-MM-DD
    last_date    TEXT NOT NULL CHECK (last_date >= first_date),
    reason       TEXT NOT NULL DEFAULT '',
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc TEXT NOT NULL,
    updated_utc  TEXT NOT NULL
);
CREATE INDEX closure_by_date ON closure (first_date, deleted);

-- Walk-ins per day, pôle, site, desk and channel (group sizes summed, tombstones left
-- out). A year of 500 000 tallies reads about half as many rows here, in the order of the
-- key, so yearly and daily figures by pôle need no sort. Kept exact by the triggers
-- below on every insert, correction and tombstone, on a desk as on the consolidated
-- share (whose generic upserts fire them too). Not synchronised: derived data.
CREATE TABLE passage_day (
    local_date TEXT NOT NULL,
    pole       TEXT NOT NULL,
    site       TEXT NOT NULL,
    desk       TEXT NOT NULL,
    channel    TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (local_date, pole, site, desk, channel)
) WITHOUT ROWID;

INSERT INTO passage_day (local_date, pole, site, desk, channel, n)
SELECT local_date, pole, site, desk, channel, SUM(count) FROM passage
WHERE deleted = 0 GROUP BY local_date, pole, site, desk, channel;

-- Walk-ins per day and age band, public or department (dim 'age_band', 'public',
-- 'department'), per site and desk: the yearly tables of the bilan read a few hundred
-- narrow rows a day instead of every walk-in. The day leads the key so that a walk-in's
-- three rows share a page with the day's others (one page more per commit, not three). The department is the INSEE rule (two
-- first characters, three overseas), 'etranger' and 'nr' stay as they are.
CREATE TABLE passage_dim_day (
    local_date TEXT NOT NULL,
    dim        TEXT NOT NULL,
    code       TEXT NOT NULL,
    site       TEXT NOT NULL,
    desk       TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (local_date, dim, code, site, desk)
) WITHOUT ROWID;

INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
SELECT local_date, 'age_band', age_band, site, desk, SUM(count) FROM passage
WHERE deleted = 0 GROUP BY local_date, age_band, site, desk;
INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
SELECT local_date, 'public', public, site, desk, SUM(count) FROM passage
WHERE deleted = 0 GROUP BY local_date, public, site, desk;
INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
SELECT local_date, 'department', CASE WHEN commune IN ('etranger', 'nr') THEN commune
    WHEN substr(commune, 1, 2) IN ('97', '98') THEN substr(commune, 1, 3)
    ELSE substr(commune, 1, 2) END AS department, site, desk, SUM(count) FROM passage
WHERE deleted = 0 GROUP BY local_date, department, site, desk;

-- The desks that ever recorded a walk-in (the dashboard's desk filter), without a scan.
CREATE TABLE passage_desk (
    site TEXT NOT NULL,
    desk TEXT NOT NULL,
    PRIMARY KEY (site, desk)
) WITHOUT ROWID;
INSERT INTO passage_desk (site, desk) SELECT DISTINCT site, desk FROM passage;

-- Written when the migration runner split statements on a ';' ending a line, hence the
-- separators at the start of lines in trigger bodies. The runner now uses SQLite's own
-- statement boundary (core/storage/sql_script.h): new scripts are plain SQL.
CREATE TRIGGER passage_desk_insert AFTER INSERT ON passage BEGIN
    INSERT OR IGNORE INTO passage_desk (site, desk) VALUES (NEW.site, NEW.desk)
    ; END;

CREATE TRIGGER passage_day_insert AFTER INSERT ON passage WHEN NEW.deleted = 0 BEGIN
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
    commune ON passage BEGIN
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

CREATE TRIGGER passage_day_delete AFTER DELETE ON passage WHEN OLD.deleted = 0 BEGIN
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
