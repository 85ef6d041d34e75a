-- casereviews foundation: reference lists, user accounts and the audit trail.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL.
-- Sequences start above the seeded ids and step by 50 (the JPA allocation size).

CREATE SEQUENCE agency_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE agency (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT agency_code_uk UNIQUE (code),
    CONSTRAINT agency_name_uk UNIQUE (name)
);

CREATE SEQUENCE review_theme_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE review_theme (
    id      BIGINT       NOT NULL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT review_theme_code_uk UNIQUE (code),
    CONSTRAINT review_theme_name_uk UNIQUE (name)
);

CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE user_account (
    id                     BIGINT       NOT NULL PRIMARY KEY,
    username               VARCHAR(60)  NOT NULL,
    full_name              VARCHAR(200) NOT NULL,
    email                  VARCHAR(254),
    password_hash          VARCHAR(300) NOT NULL,
    agency_id              BIGINT,
    enabled                BOOLEAN      NOT NULL,
    locked_until           TIMESTAMP,
    failures_counted_since TIMESTAMP    NOT NULL,
    created_at             TIMESTAMP    NOT NULL,
    password_changed_at    TIMESTAMP    NOT NULL,
    last_login_at          TIMESTAMP,
    version                BIGINT       NOT NULL,
    CONSTRAINT user_account_username_uk UNIQUE (username),
    CONSTRAINT user_account_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(40) NOT NULL,
    CONSTRAINT user_role_pk PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT user_role_role_ck CHECK (role IN
        ('partnership-admin', 'review-officer', 'cdop-officer', 'agency-liaison', 'viewer'))
);

CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    username    VARCHAR(60)   NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    record_type VARCHAR(60)   NOT NULL,
    record_id   VARCHAR(60),
    detail      VARCHAR(1000)
);
CREATE INDEX audit_event_occurred_ix ON audit_event (occurred_at);
CREATE INDEX audit_event_user_ix ON audit_event (username, action, occurred_at);
CREATE INDEX audit_event_record_ix ON audit_event (record_type, record_id);

INSERT INTO agency (id, code, name, active, version) VALUES
    (1,  'CSC',              'Children''s social care', TRUE, 1),
    (2,  'POLICE',           'Police', TRUE, 1),
    (3,  'GP',               'Primary care / GP', TRUE, 1),
    (4,  'HOSPITAL',         'Hospital and paediatrics', TRUE, 1),
    (5,  'COMMUNITY_HEALTH', 'Community health', TRUE, 1),
    (6,  'CAMHS',            'Mental health / CAMHS', TRUE, 1),
    (7,  'AMBULANCE',        'Ambulance service', TRUE, 1),
    (8,  'EDUCATION',        'Education / schools', TRUE, 1),
    (9,  'EARLY_YEARS',      'Early years', TRUE, 1),
    (10, 'PROBATION',        'Probation', TRUE, 1),
    (11, 'HOUSING',          'Housing', TRUE, 1),
    (12, 'ICB',              'Integrated Care Board (ICB)', TRUE, 1),
    (13, 'VOLUNTARY',        'Voluntary sector', TRUE, 1);

INSERT INTO review_theme (id, code, name, active, version) VALUES
    (1,  'NEGLECT',                   'Neglect', TRUE, 1),
    (2,  'PHYSICAL_ABUSE',            'Physical abuse / non-accidental injury', TRUE, 1),
    (3,  'BRUISING_NON_MOBILE',       'Bruising in non-mobile infants', TRUE, 1),
    (4,  'SEXUAL_ABUSE',              'Sexual abuse', TRUE, 1),
    (5,  'CSE',                       'Child sexual exploitation', TRUE, 1),
    (6,  'CRIMINAL_EXPLOITATION',     'Criminal exploitation / county lines', TRUE, 1),
    (7,  'DOMESTIC_ABUSE',            'Domestic abuse', TRUE, 1),
    (8,  'PARENTAL_MENTAL_HEALTH',    'Parental mental health', TRUE, 1),
    (9,  'PARENTAL_SUBSTANCE_MISUSE', 'Parental substance misuse', TRUE, 1),
    (10, 'FII',                       'Fabricated or induced illness', TRUE, 1),
    (11, 'DISABLED_CHILDREN',         'Disabled children', TRUE, 1),
    (12, 'SUDI',                      'Sudden unexpected death in infancy / co-sleeping', TRUE, 1),
    (13, 'SUICIDE_SELF_HARM',         'Suicide and self-harm', TRUE, 1),
    (14, 'ADOLESCENTS',               'Adolescents', TRUE, 1),
    (15, 'RACE_ETHNICITY_CULTURE',    'Race, ethnicity and culture', TRUE, 1),
    (16, 'MISSING_EDUCATION',         'Children missing education / home educated', TRUE, 1),
    (17, 'LOOKED_AFTER',              'Looked-after children', TRUE, 1),
    (18, 'PROFESSIONAL_CURIOSITY',    'Professional curiosity', TRUE, 1),
    (19, 'VOICE_OF_CHILD',            'Voice of the child', TRUE, 1),
    (20, 'INFORMATION_SHARING',       'Information sharing', TRUE, 1),
    (21, 'RISK_ASSESSMENT',           'Risk assessment', TRUE, 1);
