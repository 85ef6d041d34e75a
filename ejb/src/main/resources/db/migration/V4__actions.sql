-- casereviews action plans: each recommendation's agency actions, their slippage, progress notes,
-- assurance decisions and evidence files. Portable SQL for H2 and PostgreSQL (BYTEA is a binary
-- type on both).

CREATE SEQUENCE action_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE action_item (
    id                BIGINT        NOT NULL PRIMARY KEY,
    recommendation_id BIGINT        NOT NULL,
    agency_id         BIGINT        NOT NULL,
    owner_name        VARCHAR(200)  NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    due_on            DATE          NOT NULL,
    status            VARCHAR(30)   NOT NULL,
    not_achievable_reason VARCHAR(2000),
    completed_on      DATE,
    assured_on        DATE,
    closed_on         DATE,
    created_at        TIMESTAMP     NOT NULL,
    created_by        VARCHAR(60)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT action_item_recommendation_fk FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT action_item_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX action_item_agency_ix ON action_item (agency_id, status, due_on);
CREATE INDEX action_item_recommendation_ix ON action_item (recommendation_id);

CREATE SEQUENCE action_due_change_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE action_due_change (
    id           BIGINT        NOT NULL PRIMARY KEY,
    action_id    BIGINT        NOT NULL,
    previous_due DATE          NOT NULL,
    new_due      DATE          NOT NULL,
    changed_at   TIMESTAMP     NOT NULL,
    changed_by   VARCHAR(60)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    CONSTRAINT action_due_change_action_fk FOREIGN KEY (action_id) REFERENCES action_item (id)
);
CREATE INDEX action_due_change_action_ix ON action_due_change (action_id);

CREATE SEQUENCE action_note_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE action_note (
    id          BIGINT        NOT NULL PRIMARY KEY,
    action_id   BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    decision    VARCHAR(30),
    status      VARCHAR(30),
    text        VARCHAR(4000) NOT NULL,
    written_at  TIMESTAMP     NOT NULL,
    written_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT action_note_action_fk FOREIGN KEY (action_id) REFERENCES action_item (id)
);
CREATE INDEX action_note_action_ix ON action_note (action_id, written_at);

CREATE SEQUENCE action_evidence_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE action_evidence (
    id           BIGINT        NOT NULL PRIMARY KEY,
    action_id    BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    file_type    VARCHAR(20)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL,
    uploaded_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT action_evidence_action_fk FOREIGN KEY (action_id) REFERENCES action_item (id)
);
CREATE INDEX action_evidence_action_ix ON action_evidence (action_id);
