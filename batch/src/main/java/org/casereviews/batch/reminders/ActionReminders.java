package org.casereviews.batch.reminders;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.security.Roles;

/** Starts a run of the action reminders job. Administrators only (and the nightly schedule). */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class ActionReminders {

  /** The job's id: its XML is META-INF/batch-jobs/action-reminders.xml. */
  public static final String JOB = "action-reminders";

  @EJB private JobHistory jobs;

  /** Starts a run and returns its execution id; the run goes on in the background. */
  public long start() {
    return jobs.start(JOB);
  }
}
