-- Child death reviews (DOMAIN.md section 4): one record for every child death, the notifications
-- that reported it (one death, possibly several sources), possible matches waiting for a person to
-- confirm them, and the nightly import's staging tables.

-- The analysis data of one child death: no name, NHS number or address here (see
-- child_death_identity). age_days is worked out from the two dates when the record is made, so
-- that statistics can group by age band in SQL.
CREATE SEQUENCE child_death_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE child_death (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    sex                    VARCHAR(13)   NOT NULL,
    date_of_birth          DATE          NOT NULL,
    date_of_death          DATE          NOT NULL,
    age_days               INTEGER       NOT NULL,
    place_of_death         VARCHAR(20),
    ethnicity              VARCHAR(1),
    expected               VARCHAR(10),
    looked_after           BOOLEAN,
    joint_agency_response  BOOLEAN       NOT NULL,
    status                 VARCHAR(30)   NOT NULL,
    case_review_id         BIGINT,
    first_notification_id  BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    created_by             VARCHAR(60)   NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT child_death_review_fk FOREIGN KEY (case_review_id) REFERENCES review (id),
    CONSTRAINT child_death_first_uq UNIQUE (first_notification_id)
);
CREATE INDEX child_death_dates_ix ON child_death (date_of_birth, date_of_death);
CREATE INDEX child_death_died_ix ON child_death (date_of_death);

-- Who the child was: kept apart from the analysis data, read only by the CDOP's own roles.
CREATE TABLE child_death_identity (
    child_death_id  BIGINT        NOT NULL PRIMARY KEY,
    nhs_number      VARCHAR(10),
    family_name     VARCHAR(100),
    given_names     VARCHAR(100),
    address         VARCHAR(500),
    postcode        VARCHAR(8),
    CONSTRAINT child_death_identity_fk FOREIGN KEY (child_death_id) REFERENCES child_death (id)
);
CREATE INDEX child_death_identity_nhs_ix ON child_death_identity (nhs_number);

-- A notification of a death from one source system, as that system last sent it. A re-sent
-- notification (the same source_system and source_ref) updates this row. child_death_id is empty
-- while a possible match waits for a person to confirm it.
CREATE SEQUENCE death_notification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE death_notification (
    id              BIGINT        NOT NULL PRIMARY KEY,
    source_system   VARCHAR(20)   NOT NULL,
    source_ref      VARCHAR(60)   NOT NULL,
    child_death_id  BIGINT,
    nhs_number      VARCHAR(10),
    family_name     VARCHAR(100),
    given_names     VARCHAR(100),
    sex             VARCHAR(13)   NOT NULL,
    date_of_birth   DATE          NOT NULL,
    date_of_death   DATE          NOT NULL,
    age_days        INTEGER       NOT NULL,
    place_of_death  VARCHAR(20),
    postcode        VARCHAR(8),
    ethnicity       VARCHAR(1),
    expected        VARCHAR(10),
    looked_after    BOOLEAN,
    notified_on     DATE,
    import_id       BIGINT        NOT NULL,
    import_line     BIGINT        NOT NULL,
    received_at     TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    CONSTRAINT death_notification_source_uq UNIQUE (source_system, source_ref),
    CONSTRAINT death_notification_death_fk FOREIGN KEY (child_death_id) REFERENCES child_death (id)
);
CREATE INDEX death_notification_death_ix ON death_notification (child_death_id);
CREATE INDEX death_notification_import_ix ON death_notification (import_id);

-- A notification that may be of a child who already has a record, but not certainly (the same
-- dates of birth and death without an NHS number to settle it): a person confirms or rejects it.
CREATE SEQUENCE death_match_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE death_match (
    id               BIGINT        NOT NULL PRIMARY KEY,
    notification_id  BIGINT        NOT NULL,
    child_death_id   BIGINT        NOT NULL,
    reason           VARCHAR(300)  NOT NULL,
    found_at         TIMESTAMP     NOT NULL,
    state            VARCHAR(12)   NOT NULL,
    decided_by       VARCHAR(60),
    decided_at       TIMESTAMP,
    CONSTRAINT death_match_notification_fk
        FOREIGN KEY (notification_id) REFERENCES death_notification (id),
    CONSTRAINT death_match_death_fk FOREIGN KEY (child_death_id) REFERENCES child_death (id),
    CONSTRAINT death_match_pair_uq UNIQUE (notification_id, child_death_id)
);
CREATE INDEX death_match_state_ix ON death_match (state);

-- One import of a file (the batch run's execution id is its id): where the file came from, and
-- what the import did with it.
CREATE TABLE death_import (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    file_name          VARCHAR(255)   NOT NULL,
    file_path          VARCHAR(1000)  NOT NULL,
    origin             VARCHAR(10)    NOT NULL,
    started_by         VARCHAR(60)    NOT NULL,
    started_at         TIMESTAMP      NOT NULL,
    ended_at           TIMESTAMP,
    state              VARCHAR(12)    NOT NULL,
    failure            VARCHAR(1000),
    rows_read          BIGINT         NOT NULL,
    rows_rejected      BIGINT         NOT NULL,
    notifications_new  BIGINT         NOT NULL,
    notifications_updated BIGINT      NOT NULL,
    deaths_new         BIGINT         NOT NULL,
    deaths_merged      BIGINT         NOT NULL,
    matches_queued     BIGINT         NOT NULL
);
CREATE INDEX death_import_path_ix ON death_import (file_path, state);

-- The good rows of an import, written a chunk at a time, until the import merges them into
-- death_notification and removes them.
CREATE TABLE death_import_row (
    import_id       BIGINT        NOT NULL,
    line            BIGINT        NOT NULL,
    source_system   VARCHAR(20)   NOT NULL,
    source_ref      VARCHAR(60)   NOT NULL,
    nhs_number      VARCHAR(10),
    family_name     VARCHAR(100),
    given_names     VARCHAR(100),
    sex             VARCHAR(13)   NOT NULL,
    date_of_birth   DATE          NOT NULL,
    date_of_death   DATE          NOT NULL,
    age_days        INTEGER       NOT NULL,
    place_of_death  VARCHAR(20),
    postcode        VARCHAR(8),
    ethnicity       VARCHAR(1),
    expected        VARCHAR(10),
    looked_after    BOOLEAN,
    notified_on     DATE,
    CONSTRAINT death_import_row_pk PRIMARY KEY (import_id, line)
);
CREATE INDEX death_import_row_source_ix ON death_import_row (import_id, source_system, source_ref);

-- The rows an import rejected, with line, column and reason: kept for the job's report and the
-- file's .rejected.csv.
CREATE TABLE death_import_rejection (
    import_id    BIGINT         NOT NULL,
    line         BIGINT         NOT NULL,
    column_name  VARCHAR(40),
    reason       VARCHAR(1000)  NOT NULL,
    CONSTRAINT death_import_rejection_pk PRIMARY KEY (import_id, line)
);

-- One row that each import locks before it merges its rows, so that two imports never make two
-- records of one child at the same time: the second waits, then finds the first one's records.
CREATE TABLE death_merge_lock (
    id           INTEGER  NOT NULL PRIMARY KEY
);
INSERT INTO death_merge_lock (id) VALUES (1);
CREATE INDEX death_notification_nhs_ix ON death_notification (nhs_number);
CREATE INDEX death_notification_dates_ix ON death_notification (date_of_birth, date_of_death);
