-- Schema 10: summaries for the dashboard's *Répartitions* (themes, age bands, communes of a
-- whole year beside the year before), which read every walk-in until now.
-- 1. passage_dim_day (schema 6) also holds themes (dim 'theme', '' for no theme) and
--    communes (dim 'commune'): a view filtered by site or desk reads day totals.
-- 2. passage_dim_total: the same five dimensions per day and site, every desk together:
--    what a view of the whole Cité or of one site reads (a few dozen rows a day and site
--    instead of a few per desk), so a year is read in milliseconds.
-- Kept by their own triggers beside schema 7's, with the same rule: they stand aside
-- while the summaries are deferred, and summaries::rebuild() computes the same rows.
-- Not synchronised: derived data.
INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
SELECT local_date, 'theme', COALESCE(theme, ''), site, desk, SUM(count) FROM passage
WHERE deleted = 0 GROUP BY local_date, COALESCE(theme, ''), site, desk;
INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
SELECT local_date, 'commune', commune, site, desk, SUM(count) FROM passage
WHERE deleted = 0 GROUP BY local_date, commune, site, desk;

-- The migration runner splits statements on a ';' ending a line: inside a trigger body
-- the separators therefore start the next line.
CREATE TRIGGER passage_topic_day_insert AFTER INSERT ON passage
WHEN NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
    SELECT NEW.local_date, 'theme', COALESCE(NEW.theme, ''), NEW.site, NEW.desk, NEW.count
    UNION ALL SELECT NEW.local_date, 'commune', NEW.commune, NEW.site, NEW.desk, NEW.count
    WHERE 1
    ON CONFLICT (local_date, dim, code, site, desk) DO UPDATE SET n = n + excluded.n
    ; END;

CREATE TRIGGER passage_topic_day_update
AFTER UPDATE OF local_date, site, desk, count, deleted, theme, commune ON passage
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'theme' AND local_date = OLD.local_date
      AND code = COALESCE(OLD.theme, '') AND site = OLD.site AND desk = OLD.desk
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND dim = 'commune' AND local_date = OLD.local_date
      AND code = OLD.commune AND site = OLD.site AND desk = OLD.desk
    ; DELETE FROM passage_dim_day WHERE n <= 0 AND dim IN ('theme', 'commune')
      AND local_date = OLD.local_date AND site = OLD.site AND desk = OLD.desk
    ; INSERT INTO passage_dim_day (local_date, dim, code, site, desk, n)
    SELECT NEW.local_date, 'theme', COALESCE(NEW.theme, ''), NEW.site, NEW.desk, NEW.count
    WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'commune', NEW.commune, NEW.site, NEW.desk, NEW.count
    WHERE NEW.deleted = 0
    ON CONFLICT (local_date, dim, code, site, desk) DO UPDATE SET n = n + excluded.n
    ; END;

CREATE TRIGGER passage_topic_day_delete AFTER DELETE ON passage
WHEN OLD.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    UPDATE passage_dim_day SET n = n - OLD.count
    WHERE dim = 'theme' AND local_date = OLD.local_date
      AND code = COALESCE(OLD.theme, '') AND site = OLD.site AND desk = OLD.desk
    ; UPDATE passage_dim_day SET n = n - OLD.count
    WHERE dim = 'commune' AND local_date = OLD.local_date
      AND code = OLD.commune AND site = OLD.site AND desk = OLD.desk
    ; DELETE FROM passage_dim_day WHERE n <= 0 AND dim IN ('theme', 'commune')
      AND local_date = OLD.local_date AND site = OLD.site AND desk = OLD.desk
    ; END;

CREATE TABLE passage_dim_total (
    local_date TEXT NOT NULL,
    dim        TEXT NOT NULL,
    code       TEXT NOT NULL,
    site       TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (local_date, dim, code, site)
) WITHOUT ROWID;

INSERT INTO passage_dim_total (local_date, dim, code, site, n)
SELECT local_date, dim, code, site, SUM(n) FROM passage_dim_day
GROUP BY local_date, dim, code, site;

CREATE TRIGGER passage_total_day_insert AFTER INSERT ON passage
WHEN NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    INSERT INTO passage_dim_total (local_date, dim, code, site, n)
    SELECT NEW.local_date, 'age_band', NEW.age_band, NEW.site, NEW.count
    UNION ALL SELECT NEW.local_date, 'public', NEW.public, NEW.site, NEW.count
    UNION ALL SELECT NEW.local_date, 'department', CASE WHEN NEW.commune IN ('etranger', 'nr') THEN NEW.commune
        WHEN substr(NEW.commune, 1, 2) IN ('97', '98') THEN substr(NEW.commune, 1, 3)
        ELSE substr(NEW.commune, 1, 2) END, NEW.site, NEW.count
    UNION ALL SELECT NEW.local_date, 'theme', COALESCE(NEW.theme, ''), NEW.site, NEW.count
    UNION ALL SELECT NEW.local_date, 'commune', NEW.commune, NEW.site, NEW.count
    WHERE 1
    ON CONFLICT (local_date, dim, code, site) DO UPDATE SET n = n + excluded.n
    ; END;

CREATE TRIGGER passage_total_day_update
AFTER UPDATE OF local_date, site, count, deleted, age_band, public, theme, commune ON passage
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    UPDATE passage_dim_total SET n = n - OLD.count
    WHERE OLD.deleted = 0 AND local_date = OLD.local_date AND site = OLD.site AND (
        (dim = 'age_band' AND code = OLD.age_band) OR (dim = 'public' AND code = OLD.public)
        OR (dim = 'department' AND code = CASE WHEN OLD.commune IN ('etranger', 'nr') THEN OLD.commune
            WHEN substr(OLD.commune, 1, 2) IN ('97', '98') THEN substr(OLD.commune, 1, 3)
            ELSE substr(OLD.commune, 1, 2) END)
        OR (dim = 'theme' AND code = COALESCE(OLD.theme, ''))
        OR (dim = 'commune' AND code = OLD.commune))
    ; DELETE FROM passage_dim_total WHERE n <= 0 AND local_date = OLD.local_date AND site = OLD.site
    ; INSERT INTO passage_dim_total (local_date, dim, code, site, n)
    SELECT NEW.local_date, 'age_band', NEW.age_band, NEW.site, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'public', NEW.public, NEW.site, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'department', CASE WHEN NEW.commune IN ('etranger', 'nr') THEN NEW.commune
        WHEN substr(NEW.commune, 1, 2) IN ('97', '98') THEN substr(NEW.commune, 1, 3)
        ELSE substr(NEW.commune, 1, 2) END, NEW.site, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'theme', COALESCE(NEW.theme, ''), NEW.site, NEW.count WHERE NEW.deleted = 0
    UNION ALL SELECT NEW.local_date, 'commune', NEW.commune, NEW.site, NEW.count WHERE NEW.deleted = 0
    ON CONFLICT (local_date, dim, code, site) DO UPDATE SET n = n + excluded.n
    ; END;

CREATE TRIGGER passage_total_day_delete AFTER DELETE ON passage
WHEN OLD.deleted = 0 AND NOT EXISTS (SELECT 1 FROM meta WHERE key = 'summaries_deferred') BEGIN
    UPDATE passage_dim_total SET n = n - OLD.count
    WHERE local_date = OLD.local_date AND site = OLD.site AND (
        (dim = 'age_band' AND code = OLD.age_band) OR (dim = 'public' AND code = OLD.public)
        OR (dim = 'department' AND code = CASE WHEN OLD.commune IN ('etranger', 'nr') THEN OLD.commune
            WHEN substr(OLD.commune, 1, 2) IN ('97', '98') THEN substr(OLD.commune, 1, 3)
            ELSE substr(OLD.commune, 1, 2) END)
        OR (dim = 'theme' AND code = COALESCE(OLD.theme, ''))
        OR (dim = 'commune' AND code = OLD.commune))
    ; DELETE FROM passage_dim_total WHERE n <= 0 AND local_date = OLD.local_date AND site = OLD.site
    ; END;
