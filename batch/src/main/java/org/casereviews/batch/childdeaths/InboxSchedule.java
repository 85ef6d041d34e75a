package org.casereviews.batch.childdeaths;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.casereviews.batch.jobs.DailyJobSchedule;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Empties the inbox every night at {@code casereviews.import.schedule} (02:00). */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class InboxSchedule extends DailyJobSchedule {

  /** The inbox job's id: META-INF/batch-jobs/child-death-inbox.xml. */
  public static final String JOB = "child-death-inbox";

  @EJB private JobHistory jobs;

  @Inject
  @ConfigProperty(name = "casereviews.import.schedule", defaultValue = "02:00")
  String schedule;

  @Override
  protected String key() {
    return "casereviews.import.schedule";
  }

  @Override
  protected String schedule() {
    return schedule;
  }

  @Override
  protected String what() {
    return "The child-death inbox";
  }

  @Override
  protected String job() {
    return JOB;
  }

  @Override
  protected long start() {
    return jobs.start(JOB);
  }
}
