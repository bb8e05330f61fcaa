-- Schema 11: two optional desk fields (issue 17), shown when the referential turns them
-- on: the service level (information, conseil, accompagnement: the first and second levels
-- of the CEP and the SPRO) and where the person was sent ("orientation vers"). NULL is
-- "not recorded": every row before this schema, and rows of desks that do not show them.
-- Synchronised like every column of `passage` (the outbox carries the whole row). The
-- Répartitions read them from the rows, not from the day summaries: a year of one Cité
-- is read in tens of milliseconds (bench_dashboard), and a summary would double the
-- triggers every walk-in pays for two fields most desks leave off.
ALTER TABLE passage ADD COLUMN service_level TEXT;
ALTER TABLE passage ADD COLUMN orientation TEXT;
