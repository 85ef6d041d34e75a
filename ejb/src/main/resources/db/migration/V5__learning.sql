-- casereviews learning and dissemination: practitioner briefings, briefing notes, workshops and
-- other learning events, each spreading the learning of a review or of themes, with the number of
-- people from each agency who took part. Portable SQL for H2 and PostgreSQL.

CREATE SEQUENCE learning_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE learning_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    format      VARCHAR(30)   NOT NULL,
    held_on     DATE          NOT NULL,
    audience    VARCHAR(500),
    review_id   BIGINT,
    notes       VARCHAR(4000),
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT learning_event_review_fk FOREIGN KEY (review_id) REFERENCES review (id)
);
CREATE INDEX learning_event_held_ix ON learning_event (held_on);
CREATE INDEX learning_event_review_ix ON learning_event (review_id);

CREATE TABLE learning_event_theme (
    event_id BIGINT NOT NULL,
    theme_id BIGINT NOT NULL,
    CONSTRAINT learning_event_theme_pk PRIMARY KEY (event_id, theme_id),
    CONSTRAINT learning_event_theme_e_fk FOREIGN KEY (event_id) REFERENCES learning_event (id),
    CONSTRAINT learning_event_theme_t_fk FOREIGN KEY (theme_id) REFERENCES review_theme (id)
);

CREATE TABLE learning_attendance (
    event_id  BIGINT  NOT NULL,
    agency_id BIGINT  NOT NULL,
    attended  INTEGER NOT NULL,
    CONSTRAINT learning_attendance_pk PRIMARY KEY (event_id, agency_id),
    CONSTRAINT learning_attendance_e_fk FOREIGN KEY (event_id) REFERENCES learning_event (id),
    CONSTRAINT learning_attendance_a_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT learning_attendance_count_ck CHECK (attended >= 0)
);
