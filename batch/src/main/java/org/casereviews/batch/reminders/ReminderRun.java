package org.casereviews.batch.reminders;

import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.time.LocalDate;
import java.util.List;
import org.casereviews.shared.Today;

/**
 * What the steps of one run share: the day it reminds for, the agencies read and the report. Held
 * in the job's transient user data; the report is also saved with each step, where it outlives the
 * run.
 */
final class ReminderRun {

  private final LocalDate today;
  private final ReminderReport report;
  private List<AgencyReminder> agencies;

  private ReminderRun(LocalDate today) {
    this.today = today;
    this.report = new ReminderReport(today);
  }

  /** This run's shared state, started on first use. */
  static ReminderRun of(JobContext job) {
    if (job.getTransientUserData() instanceof ReminderRun run) {
      return run;
    }
    ReminderRun run = new ReminderRun(Today.inEngland());
    job.setTransientUserData(run);
    return run;
  }

  LocalDate today() {
    return today;
  }

  ReminderReport report() {
    return report;
  }

  /** The agencies to remind, read once per run. */
  List<AgencyReminder> agencies(ReminderSource source) {
    if (agencies == null) {
      agencies = source.dueFor(today);
    }
    return agencies;
  }

  /** Keeps the report with the step and its short form as the run's exit status. */
  void save(JobContext job, StepContext step) {
    step.setPersistentUserData(report.toJson());
    job.setExitStatus(report.exitStatus());
  }
}
