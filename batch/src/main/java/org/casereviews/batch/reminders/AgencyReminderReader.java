package org.casereviews.batch.reminders;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.casereviews.batch.jobs.JobProgress;
import org.casereviews.shared.mail.MailSessionMissingException;

/**
 * Reads the agencies that have actions to be reminded of, one item per agency, publishing the share
 * of agencies done as the run's progress. Fails the run at once, with the reason, when the server
 * has no mail session to send through.
 */
@Dependent
@Named("AgencyReminderReader")
public class AgencyReminderReader extends AbstractItemReader {

  @Inject private JobContext job;

  @Inject private StepContext step;

  @Inject private Mailer mailer;

  @EJB private ReminderSource source;

  @EJB private JobProgress progress;

  private List<AgencyReminder> agencies;
  private int next;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    ReminderRun run = ReminderRun.of(job);
    try {
      mailer.session();
    } catch (MailSessionMissingException e) {
      run.report().failed(e.getMessage());
      run.save(job, step);
      step.setExitStatus(e.getMessage());
      throw e;
    }
    agencies = run.agencies(source);
    next = checkpoint instanceof Integer done ? done : 0;
  }

  @Override
  public Object readItem() {
    progress.publish(job.getExecutionId(), next, agencies.size());
    return next < agencies.size() ? agencies.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}
