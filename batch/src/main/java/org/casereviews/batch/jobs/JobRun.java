package org.casereviews.batch.jobs;

import java.time.Instant;

/** One run (execution) of a batch job, as the job history shows it. */
public record JobRun(
    long executionId,
    String jobName,
    String status,
    String exitStatus,
    Instant startedAt,
    Instant endedAt) {}
