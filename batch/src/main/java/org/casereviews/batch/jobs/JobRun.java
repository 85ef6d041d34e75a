package org.casereviews.batch.jobs;

import java.io.Serializable;
import java.time.Instant;

/** One run (execution) of a batch job, as the job history shows it. */
public record JobRun(
    long executionId,
    String jobName,
    String status,
    String exitStatus,
    Instant startedAt,
    Instant endedAt)
    implements Serializable {

  /** Whether the run is still going (or waiting to start): it has no end time yet. */
  public boolean running() {
    return endedAt == null;
  }

  /** The job's label from the catalogue, or its id. */
  public String label() {
    return JobCatalogue.labelOf(jobName);
  }
}
