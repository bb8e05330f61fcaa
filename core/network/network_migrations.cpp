// SPDX-License-Identifier: GPL-3.0-or-later
// The network database's schema, as numbered migrations (NetworkDatabase::migrate()).
// Each runs once, in its own transaction with its version row; written so that running
// one again on a database that has it changes nothing (IF NOT EXISTS, OR REPLACE).
#include "core/network/network_migrations.h"

namespace passages::network {

namespace {

/// The summary's dimensions of a walk-in (dimension, SQL of its code for a row `p`):
/// those of schema 2, and schema 3's with the optional desk fields.
constexpr const char *kDimensions2[][2] = {
    {"pole", "p.pole"},         {"theme", "COALESCE(p.theme, '')"},
    {"age-band", "p.age_band"}, {"commune", "p.commune"},
    {"public", "p.public"},     {"channel", "p.channel"},
    {"site", "p.site"},
};
constexpr const char *kDimensions3[][2] = {
    {"pole", "p.pole"},
    {"theme", "COALESCE(p.theme, '')"},
    {"age-band", "p.age_band"},
    {"commune", "p.commune"},
    {"public", "p.public"},
    {"channel", "p.channel"},
    {"site", "p.site"},
    {"service-level", "COALESCE(p.service_level, '')"},
    {"orientation", "COALESCE(p.orientation, '')"},
};

/// `(VALUES ('pole', o.pole), ...) d (dim, code)` over the rows named `row`.
template <std::size_t N> QString dimensionsOf(const char *const (&dims)[N][2], const char *row)
{
    QStringList values;
    for (const auto &dim : dims)
        values << QStringLiteral("('%1', %2)")
                      .arg(
                          QLatin1String(dim[0]),
                          QString(QLatin1String(dim[1]))
                              .replace(QLatin1String("p."), QLatin1String(row) + QLatin1Char('.')));
    return QStringLiteral("(VALUES %1) d (dim, code)").arg(values.join(QLatin1String(", ")));
}

/// The statement trigger's function keeping the summaries exact for `dims`: inserted rows
/// add their counts, deleted ones subtract theirs, an update does both in one grouped
/// upsert; tombstones count for nothing. Schemas 2 and 3 differ by their dimensions only
/// and keep passage_dim_total (days); from schema 5 (`months`) the same grouped changes
/// also go to passage_dim_month, in the same statement.
template <std::size_t N> QString summariseRows(const char *const (&dims)[N][2], bool months)
{
    // The changes of the statement by (Cité, day, dimension, code, site), from `rows`.
    const QString inserted =
        QStringLiteral(
            "SELECT p.cite, p.local_date, d.dim, d.code, p.site, SUM(p.count) AS n "
            "FROM new_rows p CROSS JOIN LATERAL %1 WHERE p.deleted = 0 GROUP BY 1, 2, 3, 4, 5")
            .arg(dimensionsOf(dims, "p"));
    const QString updated =
        QStringLiteral(
            "SELECT x.cite, x.local_date, x.dim, x.code, x.site, SUM(x.n) AS n FROM ("
            "SELECT o.cite, o.local_date, d.dim, d.code, o.site, -o.count AS n "
            "FROM old_rows o CROSS JOIN LATERAL %2 WHERE o.deleted = 0 UNION ALL "
            "SELECT p.cite, p.local_date, d.dim, d.code, p.site, p.count AS n "
            "FROM new_rows p CROSS JOIN LATERAL %1 WHERE p.deleted = 0) x GROUP BY 1, 2, 3, 4, 5")
            .arg(dimensionsOf(dims, "p"), dimensionsOf(dims, "o"));
    const QString deleted =
        QStringLiteral(
            "SELECT o.cite, o.local_date, d.dim, d.code, o.site, -SUM(o.count) AS n "
            "FROM old_rows o CROSS JOIN LATERAL %1 WHERE o.deleted = 0 GROUP BY 1, 2, 3, 4, 5")
            .arg(dimensionsOf(dims, "o"));
    const auto upsert = [months](const QString &changes) {
        const QString days = QStringLiteral(
            "INSERT INTO passage_dim_total AS t (cite, local_date, dim, code, site, n) "
            "SELECT cite, local_date, dim, code, site, n FROM changes "
            "ON CONFLICT (cite, dim, local_date, code, site) DO UPDATE SET n = t.n + excluded.n");
        if (!months)
            return QStringLiteral("WITH changes AS (%1) %2;").arg(changes, days);
        return QStringLiteral(
                   "WITH changes AS (%1), by_month AS (INSERT INTO passage_dim_month AS m "
                   "(cite, month, dim, code, site, n) SELECT cite, left(local_date, 7), dim, "
                   "code, site, SUM(n) FROM changes GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (cite, "
                   "dim, month, code, site) DO UPDATE SET n = m.n + excluded.n) %2;")
            .arg(changes, days);
    };
    return QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION passage_summarise_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        %1
    ELSIF TG_OP = 'UPDATE' THEN
        %2
    ELSE
        %3
    END IF;
    RETURN NULL;
END
$$;
)sql")
        .arg(upsert(inserted), upsert(updated), upsert(deleted));
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral(R"sql(
-- Schema 1: every Cité in one database. Every table's key starts with the Cité's code:
-- a consolidation writes its own Cité's rows only, and two Cités never meet on a row.

-- A Cité and the share it is bound to (its SHARE_ID UUID) at its first consolidation: the
-- same share under another code, or another share under this code, is refused.
CREATE TABLE IF NOT EXISTS cite (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    share_id   text NOT NULL UNIQUE,
    bound_utc  text NOT NULL,
    last_consolidation_utc text
);
-- Small settings of each Cité's consolidation (consolidator_id, its signing key, the
-- pinned share admin key): what a desk database keeps in `meta`.
CREATE TABLE IF NOT EXISTS cite_meta (
    cite  text NOT NULL REFERENCES cite (code),
    key   text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (cite, key)
);
CREATE TABLE IF NOT EXISTS cite_referential (
    cite     text PRIMARY KEY REFERENCES cite (code),
    version  integer NOT NULL,
    document text NOT NULL
);
-- The consolidation state of each share: as share_file, share_instance, share_approval
-- and record_origin in the SQLite cache (core/storage/migrations 003, 007, 009).
CREATE TABLE IF NOT EXISTS share_file (
    cite         text NOT NULL REFERENCES cite (code),
    name         text NOT NULL,
    instance_id  text,
    batch_no     bigint,
    content_hash text,
    size         bigint,
    status       text NOT NULL CHECK (status IN ('imported', 'duplicate', 'quarantined',
                                                 'held', 'fork', 'unapproved')),
    reason       text,
    row_count    integer,
    implausible  integer NOT NULL DEFAULT 0,
    created_utc  text,
    seen_utc     text NOT NULL,
    receipt_utc  text,
    PRIMARY KEY (cite, name)
);
CREATE INDEX IF NOT EXISTS share_file_by_instance ON share_file (cite, instance_id, batch_no);
CREATE TABLE IF NOT EXISTS share_instance (
    cite             text NOT NULL REFERENCES cite (code),
    instance_id      text NOT NULL,
    parent_instance  text,
    site             text,
    desk             text,
    last_created_utc text,
    held             integer NOT NULL DEFAULT 0,
    held_reason      text,
    PRIMARY KEY (cite, instance_id)
);
CREATE TABLE IF NOT EXISTS share_approval (
    cite         text NOT NULL REFERENCES cite (code),
    instance_id  text NOT NULL,
    approved_utc text NOT NULL,
    PRIMARY KEY (cite, instance_id)
);
CREATE TABLE IF NOT EXISTS record_origin (
    cite        text NOT NULL REFERENCES cite (code),
    id          text NOT NULL,
    instance_id text NOT NULL,
    PRIMARY KEY (cite, id)
);
-- The walk-ins: a desk's `passage` table with the Cité in front of its key.
CREATE TABLE IF NOT EXISTS passage (
    cite         text NOT NULL REFERENCES cite (code),
    id           text NOT NULL,
    site         text NOT NULL,
    desk         text NOT NULL,
    local_date   text NOT NULL,
    local_time   text NOT NULL,
    utc_offset   integer NOT NULL,
    pole         text NOT NULL,
    theme        text,
    age_band     text NOT NULL,
    commune      text NOT NULL,
    public       text NOT NULL,
    channel      text NOT NULL,
    count        integer NOT NULL CHECK (count >= 1),
    revision     integer NOT NULL DEFAULT 1,
    deleted      integer NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    recorded_utc text NOT NULL,
    updated_utc  text NOT NULL,
    first_visit  integer CHECK (first_visit IN (0, 1)),
    PRIMARY KEY (cite, id)
);
-- Every other synchronised record (programme, fonds, calendar...): kept whole, newer
-- revision wins as for walk-ins, so no share file is refused for what it carries.
CREATE TABLE IF NOT EXISTS record (
    cite     text NOT NULL REFERENCES cite (code),
    entity   text NOT NULL,
    id       text NOT NULL,
    revision integer NOT NULL,
    deleted  integer NOT NULL,
    row      jsonb NOT NULL,
    PRIMARY KEY (cite, entity, id)
);

-- The summary the reports read: walk-ins per Cité, day, dimension, code and site, kept
-- exact by a trigger on `passage` (the SQLite cache's passage_dim_total, with the Cité).
-- A year's bilan by pôle or by Cité reads a few thousand rows instead of every walk-in.
CREATE TABLE IF NOT EXISTS passage_dim_total (
    cite       text NOT NULL,
    local_date text NOT NULL,
    dim        text NOT NULL,
    code       text NOT NULL,
    site       text NOT NULL,
    n          bigint NOT NULL,
    PRIMARY KEY (cite, dim, local_date, code, site)
);
CREATE OR REPLACE FUNCTION passage_dims(p passage)
RETURNS TABLE (dim text, code text) LANGUAGE sql IMMUTABLE AS $$
    VALUES ('pole', p.pole), ('theme', COALESCE(p.theme, '')), ('age-band', p.age_band),
           ('commune', p.commune), ('public', p.public), ('channel', p.channel),
           ('site', p.site)
$$;
CREATE OR REPLACE FUNCTION passage_summarise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted = 0 THEN
        UPDATE passage_dim_total t SET n = t.n - OLD.count
        FROM passage_dims(OLD) d
        WHERE t.cite = OLD.cite AND t.dim = d.dim AND t.local_date = OLD.local_date
          AND t.code = d.code AND t.site = OLD.site;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted = 0 THEN
        INSERT INTO passage_dim_total AS t (cite, local_date, dim, code, site, n)
        SELECT NEW.cite, NEW.local_date, d.dim, d.code, NEW.site, NEW.count
        FROM passage_dims(NEW) d
        ON CONFLICT (cite, dim, local_date, code, site) DO UPDATE SET n = t.n + excluded.n;
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS passage_summary ON passage;
CREATE TRIGGER passage_summary AFTER INSERT OR UPDATE OR DELETE ON passage
FOR EACH ROW EXECUTE FUNCTION passage_summarise();
)sql")},
        {2, QStringLiteral(R"sql(
-- Schema 2: the summary kept per statement instead of per row. A consolidation writes
-- walk-ins 200 to a statement: one grouped upsert of the summary per statement (from its
-- transition tables) instead of seven per row. Same rows, same figures.
DROP TRIGGER IF EXISTS passage_summary ON passage;
DROP FUNCTION IF EXISTS passage_summarise();
-- The network's bilan (every Cité) reads by dimension and date, without a Cité.
CREATE INDEX IF NOT EXISTS passage_dim_total_by_dim ON passage_dim_total (dim, local_date);
)sql") + summariseRows(kDimensions2, false) +
                QStringLiteral(R"sql(
DROP TRIGGER IF EXISTS passage_summary_insert ON passage;
DROP TRIGGER IF EXISTS passage_summary_update ON passage;
DROP TRIGGER IF EXISTS passage_summary_delete ON passage;
CREATE TRIGGER passage_summary_insert AFTER INSERT ON passage
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION passage_summarise_rows();
CREATE TRIGGER passage_summary_update AFTER UPDATE ON passage
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION passage_summarise_rows();
CREATE TRIGGER passage_summary_delete AFTER DELETE ON passage
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION passage_summarise_rows();
)sql")},
        {3, QStringLiteral(R"sql(
-- Schema 3: the two optional desk fields of issue 17, as the desks' schema 11: the service
-- level and where the person was sent, NULL when not recorded (every row before). The
-- summary gains their dimensions ('service-level', 'orientation'; '' for not recorded),
-- backfilled from the rows already there, so `report --pg --by service-level` reads it.
ALTER TABLE passage ADD COLUMN IF NOT EXISTS service_level text;
ALTER TABLE passage ADD COLUMN IF NOT EXISTS orientation text;
DELETE FROM passage_dim_total WHERE dim IN ('service-level', 'orientation');
INSERT INTO passage_dim_total (cite, local_date, dim, code, site, n)
SELECT p.cite, p.local_date, d.dim, d.code, p.site, SUM(p.count)
FROM passage p CROSS JOIN LATERAL (VALUES ('service-level', COALESCE(p.service_level, '')),
    ('orientation', COALESCE(p.orientation, ''))) d (dim, code)
WHERE p.deleted = 0 GROUP BY 1, 2, 3, 4, 5;
)sql") + summariseRows(kDimensions3, false)},
        {4, QStringLiteral(R"sql(
-- Schema 4: the network dashboard reads PostgreSQL in place (core/network/network_figures.h).
-- The hours of a day and the heat map are in no summary: they read the period's rows,
-- found by day for one Cité or for the whole network instead of by a scan of every year.
CREATE INDEX IF NOT EXISTS passage_by_cite_date ON passage (cite, local_date);
CREATE INDEX IF NOT EXISTS passage_by_date ON passage (local_date);
)sql")},
        {5, QStringLiteral(R"sql(
-- Schema 5: the summary by month beside the summary by day. A year's bilan (report --pg,
-- the dashboards' bilan and breakdowns of whole months) reads twelve rows per code and
-- Cité instead of one per open day: the days' summary of a first consolidation is
-- scattered over the table by the updates of every file. Kept by the same statement
-- trigger, in the same statement as the days; filled from the days' summary here.
CREATE TABLE IF NOT EXISTS passage_dim_month (
    cite  text NOT NULL,
    month text NOT NULL,
    dim   text NOT NULL,
    code  text NOT NULL,
    site  text NOT NULL,
    n     bigint NOT NULL,
    PRIMARY KEY (cite, dim, month, code, site)
);
CREATE INDEX IF NOT EXISTS passage_dim_month_by_dim ON passage_dim_month (dim, month);
DELETE FROM passage_dim_month;
INSERT INTO passage_dim_month (cite, month, dim, code, site, n)
SELECT cite, left(local_date, 7), dim, code, site, SUM(n) FROM passage_dim_total
GROUP BY 1, 2, 3, 4, 5;
)sql") + summariseRows(kDimensions3, true)},
    };
    return all;
}

} // namespace passages::network
