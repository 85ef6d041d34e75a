-- The possible matches one statement of an import's merge has found, before they join the queue
-- in death_match. A statement that inserted into death_match while checking death_match for the
-- matches already queued would read its own new rows once for every match it found: at a million
-- rows that one statement took more than two minutes. The merge finds the matches into this
-- table, moves them to death_match, and empties it, all in its own transaction.
CREATE TABLE death_import_match (
    import_id        BIGINT        NOT NULL,
    notification_id  BIGINT        NOT NULL,
    child_death_id   BIGINT        NOT NULL,
    reason           VARCHAR(300)  NOT NULL
);
CREATE INDEX death_import_match_import_ix ON death_import_match (import_id);

