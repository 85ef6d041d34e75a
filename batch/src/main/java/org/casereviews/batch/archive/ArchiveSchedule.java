package org.casereviews.batch.archive;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.casereviews.batch.jobs.DailyJobSchedule;
import org.casereviews.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the archive every night at {@code casereviews.archive.schedule} (03:00). */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class ArchiveSchedule extends DailyJobSchedule {

  @EJB private ReviewArchive archive;

  @Inject
  @ConfigProperty(name = "casereviews.archive.schedule", defaultValue = "03:00")
  String schedule;

  @Override
  protected String key() {
    return "casereviews.archive.schedule";
  }

  @Override
  protected String schedule() {
    return schedule;
  }

  @Override
  protected String what() {
    return "The archive";
  }

  @Override
  protected String job() {
    return ReviewArchive.JOB;
  }

  @Override
  protected long start() {
    return archive.start();
  }
}
