-- The Child Death Overview Panel's analysis of each death (DOMAIN.md section 4): the child death
-- review meeting, the panel's review with its category, the factors in each domain with their
-- score, whether there were modifiable factors and the learning; each move of a record's status;
-- and the panel's meetings with the cases each reviewed.

ALTER TABLE child_death ADD COLUMN cdr_meeting_on DATE;
ALTER TABLE child_death ADD COLUMN panel_reviewed_on DATE;
ALTER TABLE child_death ADD COLUMN category INTEGER;
ALTER TABLE child_death ADD COLUMN modifiable VARCHAR(30);
ALTER TABLE child_death ADD COLUMN learning_points VARCHAR(4000);
ALTER TABLE child_death ADD COLUMN closed_on DATE;
ALTER TABLE child_death ADD CONSTRAINT child_death_category_ck CHECK (category BETWEEN 1 AND 10);
CREATE INDEX child_death_status_ix ON child_death (status);

-- A factor the panel found in one of the four domains, with its score.
CREATE SEQUENCE death_factor_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE death_factor (
    id              BIGINT         NOT NULL PRIMARY KEY,
    child_death_id  BIGINT         NOT NULL,
    domain          VARCHAR(30)    NOT NULL,
    description     VARCHAR(1000)  NOT NULL,
    score           INTEGER        NOT NULL,
    position        INTEGER        NOT NULL,
    CONSTRAINT death_factor_death_fk FOREIGN KEY (child_death_id) REFERENCES child_death (id),
    CONSTRAINT death_factor_score_ck CHECK (score BETWEEN 0 AND 2)
);
CREATE INDEX death_factor_death_ix ON death_factor (child_death_id);

-- Each move of a record from one status to the next: when, by whom and why.
CREATE SEQUENCE death_transition_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE death_transition (
    id              BIGINT         NOT NULL PRIMARY KEY,
    child_death_id  BIGINT         NOT NULL,
    from_status     VARCHAR(30)    NOT NULL,
    to_status       VARCHAR(30)    NOT NULL,
    effective_on    DATE           NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL,
    recorded_by     VARCHAR(60)    NOT NULL,
    note            VARCHAR(1000),
    CONSTRAINT death_transition_death_fk FOREIGN KEY (child_death_id) REFERENCES child_death (id)
);
CREATE INDEX death_transition_death_ix ON death_transition (child_death_id);

-- A meeting of the Child Death Overview Panel, and the cases it reviewed.
CREATE SEQUENCE panel_meeting_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE panel_meeting (
    id          BIGINT         NOT NULL PRIMARY KEY,
    held_on     DATE           NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    notes       VARCHAR(4000),
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(60)    NOT NULL,
    version     BIGINT         NOT NULL
);
CREATE TABLE panel_meeting_case (
    meeting_id      BIGINT  NOT NULL,
    child_death_id  BIGINT  NOT NULL,
    CONSTRAINT panel_meeting_case_pk PRIMARY KEY (meeting_id, child_death_id),
    CONSTRAINT panel_meeting_case_meeting_fk FOREIGN KEY (meeting_id) REFERENCES panel_meeting (id),
    CONSTRAINT panel_meeting_case_death_fk FOREIGN KEY (child_death_id) REFERENCES child_death (id)
);
CREATE INDEX panel_meeting_case_death_ix ON panel_meeting_case (child_death_id);
