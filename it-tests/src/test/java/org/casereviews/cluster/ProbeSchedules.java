package org.casereviews.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Singleton;
import java.util.Properties;
import org.casereviews.batch.jobs.DailyJobSchedule;
import org.casereviews.security.Roles;

/**
 * Two schedules of one job, as two instances of the application each have: the real {@link
 * DailyJobSchedule} with its claim, starting a real job that does nothing ({@code
 * scheduled-run-probe}). Their timers are off; the test fires them for a slot it names.
 */
public final class ProbeSchedules {

  /** The probe job's id: ScheduledRunIT/scheduled-run-probe.xml in the test deployment. */
  public static final String JOB = "scheduled-run-probe";

  private ProbeSchedules() {}

  /** The schedule of one instance. */
  public abstract static class Probe extends DailyJobSchedule {

    @Override
    protected String key() {
      return "casereviews.it.probe.schedule";
    }

    @Override
    protected String schedule() {
      return "off";
    }

    @Override
    protected String what() {
      return "The probe job";
    }

    @Override
    protected String job() {
      return JOB;
    }

    @Override
    protected long start() {
      // started here, in the test deployment's web module, which holds the job's XML
      return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
  }

  /** The first instance's schedule. */
  @Singleton
  @PermitAll
  @RunAs(Roles.PARTNERSHIP_ADMIN)
  public static class OnFirstInstance extends Probe {}

  /** The second instance's schedule. */
  @Singleton
  @PermitAll
  @RunAs(Roles.PARTNERSHIP_ADMIN)
  public static class OnSecondInstance extends Probe {}
}
