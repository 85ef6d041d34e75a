package org.casereviews.batch.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.Properties;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.security.Roles;

/** Starts a run of the archive job. Administrators only (and the nightly schedule). */
@Stateless
@RolesAllowed(Roles.PARTNERSHIP_ADMIN)
public class ReviewArchive {

  /** The job's id: its XML is META-INF/batch-jobs/review-archive.xml. */
  public static final String JOB = "review-archive";

  @EJB private JobHistory jobs;

  /** Archives what is due today; returns the run's number. */
  public long start() {
    return jobs.start(JOB);
  }

  /**
   * Archives what is due on {@code asOf} (a day other than today: catching up, or a test); refused
   * while a run of the archive is going.
   */
  public long startNow(LocalDate asOf) {
    Properties parameters = new Properties();
    parameters.setProperty("asOf", asOf.toString());
    return jobs.startNow(JOB, parameters);
  }
}
