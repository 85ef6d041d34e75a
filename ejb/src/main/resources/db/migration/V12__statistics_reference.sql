-- Reference data for the statistics the partnership publishes (DOMAIN.md section 5): the child
-- population of each area by year (ONS mid-year estimates), England's reviews by year and type,
-- other areas' published counts for the funnel plots, the deprivation decile of each postcode, and
-- which area is this partnership's own. Portable SQL for H2 and PostgreSQL.

-- An area by its ONS code (E92000001 is England).
CREATE TABLE stat_area (
    code        VARCHAR(12)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL
);

-- Children aged 0-17 living in an area at mid-year.
CREATE TABLE stat_population (
    area_code   VARCHAR(12)   NOT NULL,
    for_year    INTEGER       NOT NULL,
    children    BIGINT        NOT NULL,
    CONSTRAINT stat_population_pk PRIMARY KEY (area_code, for_year),
    CONSTRAINT stat_population_area_fk FOREIGN KEY (area_code) REFERENCES stat_area (code),
    CONSTRAINT stat_population_children_ck CHECK (children > 0)
);

-- Reviews of one type started in England in a year (national figures).
CREATE TABLE stat_national_reviews (
    for_year     INTEGER      NOT NULL,
    review_type  VARCHAR(30)  NOT NULL,
    reviews      INTEGER      NOT NULL,
    CONSTRAINT stat_national_reviews_pk PRIMARY KEY (for_year, review_type),
    CONSTRAINT stat_national_reviews_ck CHECK (reviews >= 0)
);

-- A count another area published for a year (its reviews, its child deaths), for comparison.
CREATE TABLE stat_area_count (
    area_code   VARCHAR(12)   NOT NULL,
    for_year    INTEGER       NOT NULL,
    measure     VARCHAR(20)   NOT NULL,
    counted     INTEGER       NOT NULL,
    CONSTRAINT stat_area_count_pk PRIMARY KEY (area_code, for_year, measure),
    CONSTRAINT stat_area_count_area_fk FOREIGN KEY (area_code) REFERENCES stat_area (code),
    CONSTRAINT stat_area_count_ck CHECK (counted >= 0)
);

-- The Index of Multiple Deprivation decile of a postcode (1 = the most deprived tenth).
CREATE TABLE stat_postcode_decile (
    postcode    VARCHAR(8)    NOT NULL PRIMARY KEY,
    decile      INTEGER       NOT NULL,
    CONSTRAINT stat_postcode_decile_ck CHECK (decile BETWEEN 1 AND 10)
);

-- Which area is this partnership's: one row at most.
CREATE TABLE stat_local_area (
    id          INTEGER       NOT NULL PRIMARY KEY,
    area_code   VARCHAR(12)   NOT NULL,
    chosen_at   TIMESTAMP     NOT NULL,
    chosen_by   VARCHAR(60)   NOT NULL,
    CONSTRAINT stat_local_area_one_ck CHECK (id = 1),
    CONSTRAINT stat_local_area_fk FOREIGN KEY (area_code) REFERENCES stat_area (code)
);

-- The statistics count reviews by the year they were commissioned and deaths by the year of death.
CREATE INDEX review_commissioned_ix ON review (review_type, initiated_on);
CREATE INDEX child_death_year_ix ON child_death (date_of_death, category, case_review_id);
