package org.casereviews.batch.reminders;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.casereviews.batch.jobs.DailyJobSchedule;
import org.casereviews.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the action reminders every day at {@code casereviews.reminders.schedule} (06:30). */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class ReminderSchedule extends DailyJobSchedule {

  @EJB private ActionReminders reminders;

  @Inject
  @ConfigProperty(name = "casereviews.reminders.schedule", defaultValue = "06:30")
  String schedule;

  @Override
  protected String key() {
    return "casereviews.reminders.schedule";
  }

  @Override
  protected String schedule() {
    return schedule;
  }

  @Override
  protected String what() {
    return "Action reminders";
  }

  @Override
  protected String job() {
    return ActionReminders.JOB;
  }

  @Override
  protected long start() {
    return reminders.start();
  }
}
