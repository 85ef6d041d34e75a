-- Publication and the archive (DOMAIN.md section 3): the documents of a review with their versions,
-- the public page's summary and links, holds on archiving, the archive job's runs, and the
-- public's requests for archived reports with their downloads.

ALTER TABLE review ADD COLUMN public_summary VARCHAR(4000);

-- A document of a review (full report, briefing ...); its content lives in its versions. Whether
-- the public may download it follows from its review: once the review is archived, only the kinds
-- that stay public (casereviews.archive.keep-public) do.
CREATE SEQUENCE review_document_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE review_document (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    review_id          BIGINT        NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    public_document    BOOLEAN       NOT NULL,
    current_version_id BIGINT,
    created_at         TIMESTAMP     NOT NULL,
    created_by         VARCHAR(60)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT review_document_review_fk FOREIGN KEY (review_id) REFERENCES review (id)
);
CREATE INDEX review_document_review_ix ON review_document (review_id);

-- One uploaded file of a document; versions are never changed or removed.
CREATE SEQUENCE document_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE document_version (
    id           BIGINT        NOT NULL PRIMARY KEY,
    document_id  BIGINT        NOT NULL,
    number       INTEGER       NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    file_type    VARCHAR(20)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    chunks       INTEGER       NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL,
    uploaded_by  VARCHAR(60)   NOT NULL,
    CONSTRAINT document_version_document_fk FOREIGN KEY (document_id) REFERENCES review_document (id),
    CONSTRAINT document_version_number_uq UNIQUE (document_id, number)
);
ALTER TABLE review_document ADD CONSTRAINT review_document_current_fk
    FOREIGN KEY (current_version_id) REFERENCES document_version (id);

-- A file's bytes in pieces of at most 512 KB, so that no upload or download holds a whole file.
CREATE TABLE document_chunk (
    version_id   BIGINT   NOT NULL,
    seq          INTEGER  NOT NULL,
    bytes        BYTEA    NOT NULL,
    CONSTRAINT document_chunk_pk PRIMARY KEY (version_id, seq),
    CONSTRAINT document_chunk_version_fk FOREIGN KEY (version_id) REFERENCES document_version (id)
);

-- A review held back from archiving (for example an inquiry's hold), and by whom.
CREATE TABLE archive_hold (
    review_id    BIGINT         NOT NULL PRIMARY KEY,
    reason       VARCHAR(1000)  NOT NULL,
    placed_at    TIMESTAMP      NOT NULL,
    placed_by    VARCHAR(60)    NOT NULL,
    CONSTRAINT archive_hold_review_fk FOREIGN KEY (review_id) REFERENCES review (id)
);

-- Each run of the archive: the day it archived as of, and what it moved.
CREATE SEQUENCE archive_run_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE archive_run (
    id           BIGINT        NOT NULL PRIMARY KEY,
    as_of        DATE          NOT NULL,
    cutoff       DATE          NOT NULL,
    ran_at       TIMESTAMP     NOT NULL,
    ran_by       VARCHAR(60)   NOT NULL,
    reviews      INTEGER       NOT NULL,
    documents    INTEGER       NOT NULL,
    held         INTEGER       NOT NULL
);

-- One row that each run of the archive locks first, so that two runs never work at once: the
-- second waits, then finds nothing due.
CREATE TABLE archive_lock (
    id           INTEGER  NOT NULL PRIMARY KEY
);
INSERT INTO archive_lock (id) VALUES (1);

-- The archive finds the due reviews by status and publication date. This index also serves every
-- look-up by status alone, so V3's review_status_ix goes: the archive changes the status of each
-- review it moves, and each index on status is one more write per review (docs/BENCHMARKS.md).
CREATE INDEX review_published_ix ON review (status, published_on);
DROP INDEX review_status_ix;

-- Links on the public page: national reviews, thematic collections and national guidance.
CREATE SEQUENCE public_link_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE public_link (
    id           BIGINT         NOT NULL PRIMARY KEY,
    section      VARCHAR(30)    NOT NULL,
    collection   VARCHAR(200),
    title        VARCHAR(300)   NOT NULL,
    url          VARCHAR(1000)  NOT NULL,
    note         VARCHAR(2000),
    source       VARCHAR(200),
    dated        DATE,
    position     INTEGER        NOT NULL,
    version      BIGINT         NOT NULL
);

-- A member of the public's request for an archived report, and the partnership's answer. The
-- requester's network address is kept only as a keyed SHA-256 hash, for the hourly limit; the
-- e-mail address is kept in lower case. An approved request holds the hash of its download link's
-- token (never the token) and when the link expires.
CREATE SEQUENCE archive_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE archive_request (
    id              BIGINT         NOT NULL PRIMARY KEY,
    review_id       BIGINT         NOT NULL,
    requester_name  VARCHAR(200)   NOT NULL,
    email           VARCHAR(254)   NOT NULL,
    organisation    VARCHAR(200),
    reason          VARCHAR(2000)  NOT NULL,
    received_at     TIMESTAMP      NOT NULL,
    address_hash    VARCHAR(64)    NOT NULL,
    state           VARCHAR(20)    NOT NULL,
    decided_at      TIMESTAMP,
    decided_by      VARCHAR(60),
    decline_reason  VARCHAR(2000),
    token_hash      VARCHAR(64),
    link_expires_at TIMESTAMP,
    version         BIGINT         NOT NULL,
    CONSTRAINT archive_request_review_fk FOREIGN KEY (review_id) REFERENCES review (id)
);
CREATE INDEX archive_request_state_ix ON archive_request (state, received_at);
CREATE INDEX archive_request_review_ix ON archive_request (review_id);
CREATE INDEX archive_request_address_ix ON archive_request (address_hash, received_at);
CREATE INDEX archive_request_email_ix ON archive_request (email, received_at);
CREATE UNIQUE INDEX archive_request_token_ix ON archive_request (token_hash);

-- Each download through a request's link: which document, which of its files, when.
CREATE SEQUENCE archive_download_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE archive_download (
    id             BIGINT     NOT NULL PRIMARY KEY,
    request_id     BIGINT     NOT NULL,
    document_id    BIGINT     NOT NULL,
    version_id     BIGINT     NOT NULL,
    downloaded_at  TIMESTAMP  NOT NULL,
    CONSTRAINT archive_download_request_fk FOREIGN KEY (request_id) REFERENCES archive_request (id),
    CONSTRAINT archive_download_document_fk FOREIGN KEY (document_id) REFERENCES review_document (id),
    CONSTRAINT archive_download_version_fk FOREIGN KEY (version_id) REFERENCES document_version (id)
);
CREATE INDEX archive_download_request_ix ON archive_download (request_id);

-- Request forms answered without storing anything: a filled-in trap field (a robot), or a
-- sender over the hourly limit. Counted for the statistics; the address only as its hash.
CREATE SEQUENCE archive_request_refusal_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE archive_request_refusal (
    id            BIGINT        NOT NULL PRIMARY KEY,
    refused_at    TIMESTAMP     NOT NULL,
    address_hash  VARCHAR(64)   NOT NULL,
    review_id     BIGINT,
    cause         VARCHAR(20)   NOT NULL
);
CREATE INDEX archive_request_refusal_ix ON archive_request_refusal (refused_at);

-- Secrets the application generates for itself once (db/vendor/*/V6_1 fills them in), such as
-- the key of the requesters' address hashes when casereviews.archive-requests.address-secret is
-- not set.
CREATE TABLE application_secret (
    name     VARCHAR(60)    NOT NULL PRIMARY KEY,
    secret   VARCHAR(128)   NOT NULL
);
