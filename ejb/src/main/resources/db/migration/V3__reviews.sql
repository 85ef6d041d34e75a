-- casereviews reviews: significant-incident notifications, reviews of every kind, their lifecycle,
-- deadline history, findings and recommendations. Portable SQL for H2 and PostgreSQL.

CREATE SEQUENCE notification_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE notification (
    id                BIGINT        NOT NULL PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    incident_on       DATE          NOT NULL,
    aware_on          DATE          NOT NULL,
    category          VARCHAR(20)   NOT NULL,
    summary           VARCHAR(4000) NOT NULL,
    panel_notified_on DATE,
    received_at       TIMESTAMP     NOT NULL,
    recorded_by       VARCHAR(60)   NOT NULL,
    triage_decision   VARCHAR(30),
    triage_reasons    VARCHAR(4000),
    triaged_by        VARCHAR(60),
    triaged_at        TIMESTAMP,
    version           BIGINT        NOT NULL,
    CONSTRAINT notification_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT notification_dates_ck CHECK (aware_on >= incident_on)
);
CREATE INDEX notification_agency_ix ON notification (agency_id, received_at);

CREATE TABLE notification_child (
    notification_id       BIGINT      NOT NULL,
    position              INTEGER     NOT NULL,
    age_years             INTEGER     NOT NULL,
    age_months            INTEGER,
    sex                   VARCHAR(20) NOT NULL,
    ethnicity             VARCHAR(2),
    disability            BOOLEAN     NOT NULL,
    looked_after          BOOLEAN     NOT NULL,
    child_protection_plan BOOLEAN     NOT NULL,
    CONSTRAINT notification_child_pk PRIMARY KEY (notification_id, position),
    CONSTRAINT notification_child_fk FOREIGN KEY (notification_id) REFERENCES notification (id),
    CONSTRAINT notification_child_age_ck CHECK (age_years BETWEEN 0 AND 17)
);

CREATE TABLE notification_agency (
    notification_id BIGINT NOT NULL,
    agency_id       BIGINT NOT NULL,
    CONSTRAINT notification_agency_pk PRIMARY KEY (notification_id, agency_id),
    CONSTRAINT notification_agency_n_fk FOREIGN KEY (notification_id) REFERENCES notification (id),
    CONSTRAINT notification_agency_a_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE SEQUENCE review_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE review (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    reference            VARCHAR(40)   NOT NULL,
    pseudonym            VARCHAR(100)  NOT NULL,
    review_type          VARCHAR(30)   NOT NULL,
    category             VARCHAR(20)   NOT NULL,
    status               VARCHAR(30)   NOT NULL,
    panel_decision       VARCHAR(20),
    working_together     VARCHAR(10),
    summary              VARCHAR(4000),
    lead_reviewer        VARCHAR(200),
    case_officer         VARCHAR(60),
    origin_id            BIGINT,
    incident_on          DATE,
    aware_on             DATE,
    notified_on          DATE,
    rapid_review_sent_on DATE,
    decision_on          DATE,
    initiated_on         DATE,
    signed_off_on        DATE,
    sent_to_panel_on     DATE,
    planned_publication_on DATE,
    published_on         DATE,
    archived_on          DATE,
    opened_on            DATE          NOT NULL,
    imported             BOOLEAN       NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    created_by           VARCHAR(60)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT review_reference_uk UNIQUE (reference),
    CONSTRAINT review_origin_fk FOREIGN KEY (origin_id) REFERENCES review (id)
);
CREATE INDEX review_status_ix ON review (status);
CREATE INDEX review_type_ix ON review (review_type);
CREATE INDEX review_opened_ix ON review (opened_on);
CREATE INDEX review_officer_ix ON review (case_officer);

CREATE TABLE review_child (
    review_id             BIGINT      NOT NULL,
    position              INTEGER     NOT NULL,
    age_years             INTEGER     NOT NULL,
    age_months            INTEGER,
    sex                   VARCHAR(20) NOT NULL,
    ethnicity             VARCHAR(2),
    disability            BOOLEAN     NOT NULL,
    looked_after          BOOLEAN     NOT NULL,
    child_protection_plan BOOLEAN     NOT NULL,
    CONSTRAINT review_child_pk PRIMARY KEY (review_id, position),
    CONSTRAINT review_child_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT review_child_age_ck CHECK (age_years BETWEEN 0 AND 17)
);

CREATE TABLE review_theme_tag (
    review_id BIGINT NOT NULL,
    theme_id  BIGINT NOT NULL,
    CONSTRAINT review_theme_tag_pk PRIMARY KEY (review_id, theme_id),
    CONSTRAINT review_theme_tag_r_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT review_theme_tag_t_fk FOREIGN KEY (theme_id) REFERENCES review_theme (id)
);
CREATE INDEX review_theme_tag_theme_ix ON review_theme_tag (theme_id);

CREATE TABLE review_agency (
    review_id BIGINT NOT NULL,
    agency_id BIGINT NOT NULL,
    CONSTRAINT review_agency_pk PRIMARY KEY (review_id, agency_id),
    CONSTRAINT review_agency_r_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT review_agency_a_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX review_agency_agency_ix ON review_agency (agency_id);

CREATE TABLE review_notification (
    review_id       BIGINT NOT NULL,
    notification_id BIGINT NOT NULL,
    CONSTRAINT review_notification_pk PRIMARY KEY (review_id, notification_id),
    CONSTRAINT review_notification_r_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT review_notification_n_fk FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX review_notification_n_ix ON review_notification (notification_id);

-- the cases a thematic review (or any review) covers
CREATE TABLE review_case (
    review_id      BIGINT NOT NULL,
    case_review_id BIGINT NOT NULL,
    CONSTRAINT review_case_pk PRIMARY KEY (review_id, case_review_id),
    CONSTRAINT review_case_r_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT review_case_c_fk FOREIGN KEY (case_review_id) REFERENCES review (id)
);

CREATE SEQUENCE review_transition_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE review_transition (
    id           BIGINT        NOT NULL PRIMARY KEY,
    review_id    BIGINT        NOT NULL,
    from_status  VARCHAR(30),
    to_status    VARCHAR(30)   NOT NULL,
    effective_on DATE          NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    recorded_by  VARCHAR(60)   NOT NULL,
    reason       VARCHAR(2000),
    CONSTRAINT review_transition_review_fk FOREIGN KEY (review_id) REFERENCES review (id)
);
CREATE INDEX review_transition_review_ix ON review_transition (review_id, recorded_at);

CREATE SEQUENCE deadline_change_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE deadline_change (
    id           BIGINT        NOT NULL PRIMARY KEY,
    review_id    BIGINT        NOT NULL,
    deadline     VARCHAR(30)   NOT NULL,
    previous_due DATE,
    new_due      DATE,
    changed_at   TIMESTAMP     NOT NULL,
    changed_by   VARCHAR(60)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    CONSTRAINT deadline_change_review_fk FOREIGN KEY (review_id) REFERENCES review (id)
);
CREATE INDEX deadline_change_review_ix ON deadline_change (review_id, changed_at);

CREATE TABLE review_reference_counter (
    financial_year INTEGER NOT NULL PRIMARY KEY,
    last_number    INTEGER NOT NULL
);

CREATE SEQUENCE finding_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE finding (
    id        BIGINT        NOT NULL PRIMARY KEY,
    review_id BIGINT        NOT NULL,
    number    INTEGER       NOT NULL,
    text      VARCHAR(4000) NOT NULL,
    version   BIGINT        NOT NULL,
    CONSTRAINT finding_review_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT finding_number_uk UNIQUE (review_id, number)
);

CREATE TABLE finding_theme (
    finding_id BIGINT NOT NULL,
    theme_id   BIGINT NOT NULL,
    CONSTRAINT finding_theme_pk PRIMARY KEY (finding_id, theme_id),
    CONSTRAINT finding_theme_f_fk FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT finding_theme_t_fk FOREIGN KEY (theme_id) REFERENCES review_theme (id)
);

CREATE SEQUENCE recommendation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE recommendation (
    id         BIGINT        NOT NULL PRIMARY KEY,
    review_id  BIGINT        NOT NULL,
    finding_id BIGINT,
    number     INTEGER       NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT recommendation_review_fk FOREIGN KEY (review_id) REFERENCES review (id),
    CONSTRAINT recommendation_finding_fk FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT recommendation_number_uk UNIQUE (review_id, number)
);

CREATE TABLE recommendation_theme (
    recommendation_id BIGINT NOT NULL,
    theme_id          BIGINT NOT NULL,
    CONSTRAINT recommendation_theme_pk PRIMARY KEY (recommendation_id, theme_id),
    CONSTRAINT recommendation_theme_r_fk FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT recommendation_theme_t_fk FOREIGN KEY (theme_id) REFERENCES review_theme (id)
);
