package org.casereviews.batch.reminders;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/** Records each agency that could not be reminded, with the reason, in the run's report. */
@Dependent
@Named("ReminderSkipListener")
public class ReminderSkipListener implements SkipProcessListener, SkipWriteListener {

  private static final Logger LOG = Logger.getLogger(ReminderSkipListener.class.getName());

  @Inject private JobContext job;

  @Inject private StepContext step;

  @Override
  public void onSkipProcessItem(Object item, Exception e) {
    record(e);
  }

  @Override
  public void onSkipWriteItem(List<Object> items, Exception e) {
    record(e);
  }

  private void record(Exception e) {
    AgencyNotRemindedException failure = (AgencyNotRemindedException) e;
    LOG.warning(
        () ->
            "action-reminders: " + failure.getAgency() + " not reminded: " + failure.getMessage());
    ReminderRun run = ReminderRun.of(job);
    run.report().notReminded(failure.getAgency(), failure.getMessage());
    run.save(job, step);
  }
}
