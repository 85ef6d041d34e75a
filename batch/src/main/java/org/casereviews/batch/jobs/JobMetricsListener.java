package org.casereviews.batch.jobs;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casereviews.operations.OperationsMetrics;

/**
 * Counts each run of a job when it ends, however it ends ({@code casereviews_jobs_run_total}).
 * Every job lists it among its listeners: {@code <listener ref="JobMetricsListener"/>}.
 */
@Dependent
@Named("JobMetricsListener")
public class JobMetricsListener extends AbstractJobListener {

  @Inject private JobContext job;

  @Inject private OperationsMetrics metrics;

  @Override
  public void afterJob() {
    metrics.jobEnded(job.getJobName());
  }
}
