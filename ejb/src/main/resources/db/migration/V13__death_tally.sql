-- The child deaths counted in advance, a year at a time, for the statistics (DOMAIN.md section 5):
-- a figure then reads a few hundred counts however many deaths are held, not every death.
--
-- death_tally_year says whether a year's counts are up to date. Whatever changes a death's date,
-- category, age, expectation, modifiable factors, place, ethnicity, deprivation decile or case
-- review adds one to that year's "changes", in the same transaction (cdop.CountedYears); a year
-- whose "changes" differs from the "tallied" its counts were made at is counted again before a
-- figure reads it (statistics.DeathCounts). A year without a row has no deaths. Anything that
-- writes child_death with SQL of its own must do the same, or the figures will not see it.
CREATE TABLE death_tally_year (
    for_year  INTEGER  NOT NULL PRIMARY KEY,
    changes   BIGINT   NOT NULL,
    tallied   BIGINT
);

-- A year's deaths counted by one of the ways the statistics count them (statistics.CdopDimension):
-- how many had the value (empty: none recorded), and how many of those led to a case review. Each
-- death is in exactly one row of each dimension and year.
CREATE TABLE death_tally (
    for_year     INTEGER      NOT NULL,
    dimension    VARCHAR(20)  NOT NULL,
    tally_value  VARCHAR(30),
    deaths       BIGINT       NOT NULL,
    reviewed     BIGINT       NOT NULL
);
CREATE INDEX death_tally_ix ON death_tally (dimension, for_year);

-- The deprivation decile of the child's home postcode, kept on the record (from the identity's
-- postcode and the deciles loaded) so that counting by it needs no join through the identities.
ALTER TABLE child_death ADD COLUMN deprivation_decile INTEGER;
MERGE INTO child_death d USING (SELECT i.child_death_id, p.decile FROM child_death_identity i
    JOIN stat_postcode_decile p ON p.postcode = i.postcode) s ON (d.id = s.child_death_id)
    WHEN MATCHED THEN UPDATE SET deprivation_decile = s.decile;

-- The deaths already held are counted when a figure first needs them.
INSERT INTO death_tally_year (for_year, changes)
    SELECT DISTINCT CAST(EXTRACT(YEAR FROM date_of_death) AS INTEGER), 1 FROM child_death;

-- The figures no longer group child_death itself: the index on the day of death serves the counts.
DROP INDEX child_death_year_ix;
