-- Several instances of the application may share this database, each with the same daily timers.
-- When a timer fires, the instance first claims that job's run for that scheduled slot here, in a
-- transaction of its own; the primary key lets one claim of a (job, slot) in, so only one instance
-- starts the job. The slot is the English date and time the schedule gives (such as 2026-12-01
-- 03:00), not a clock reading, so instances whose clocks differ claim the same slot. The row says
-- which instance ran the job and when (by the database's clock).
CREATE TABLE scheduled_run (
    job         VARCHAR(60)               NOT NULL,
    slot        TIMESTAMP                 NOT NULL,
    instance    VARCHAR(200)              NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT scheduled_run_pk PRIMARY KEY (job, slot)
);

-- When instances start, each looks for child-death imports that had not ended and resumes them. The
-- first to claim the next attempt of an import resumes it; an instance that finds the import
-- claimed since it started leaves it. An import that dies again is resumed by a later attempt.
CREATE TABLE import_resumption (
    import_id   BIGINT                    NOT NULL,
    attempt     INTEGER                   NOT NULL,
    instance    VARCHAR(200)              NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    CONSTRAINT import_resumption_pk PRIMARY KEY (import_id, attempt)
);
