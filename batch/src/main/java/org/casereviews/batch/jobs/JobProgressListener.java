package org.casereviews.batch.jobs;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Forgets a run's published progress when the run ends, however it ends. Every job that publishes
 * to {@link JobProgress} lists it among the job's listeners: {@code <listener
 * ref="JobProgressListener"/>}.
 */
@Dependent
@Named("JobProgressListener")
public class JobProgressListener extends AbstractJobListener {

  @Inject private JobContext job;

  @EJB private JobProgress progress;

  @Override
  public void afterJob() {
    progress.clear(job.getExecutionId());
  }
}
