package org.casereviews.batch.jobs;

import java.io.Serializable;

/**
 * One job run with its counts (items read, written and skipped over all its steps), the report its
 * last step kept, as JSON, or null when the job keeps none, and how far it has got in percent while
 * it runs, or null when the job does not say (or the run has ended).
 */
public record JobReport(
    JobRun run, long read, long written, long skipped, String report, Integer percentDone)
    implements Serializable {}
