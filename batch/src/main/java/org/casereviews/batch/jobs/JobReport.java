package org.casereviews.batch.jobs;

/**
 * One job run with its counts (items read, written and skipped over all its steps) and the report
 * its last step kept, as JSON, or null when the job keeps none.
 */
public record JobReport(JobRun run, long read, long written, long skipped, String report) {}
