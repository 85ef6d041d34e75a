package org.casereviews.batch.reminders;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.casereviews.security.Roles;
import org.casereviews.shared.Today;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the action reminders every day at the time in {@code casereviews.reminders.schedule} ({@code
 * HH:mm}, English time; {@code off} for never). The timer is made afresh at each start from the
 * configuration, so a changed time takes effect when the application restarts.
 */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.PARTNERSHIP_ADMIN)
public class ReminderSchedule {

  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Resource private TimerService timers;

  @EJB private ActionReminders reminders;

  @Inject
  @ConfigProperty(name = "casereviews.reminders.schedule", defaultValue = "06:30")
  String schedule;

  @PostConstruct
  void schedule() {
    Optional<LocalTime> time;
    try {
      time = dailyTime(schedule);
    } catch (IllegalArgumentException e) {
      LOG.severe(e.getMessage());
      return;
    }
    if (time.isEmpty()) {
      LOG.info("Action reminders are off (casereviews.reminders.schedule=off).");
      return;
    }
    timers.createCalendarTimer(expression(time.get()), new TimerConfig(ActionReminders.JOB, false));
    LOG.info(() -> "Action reminders run every day at " + TIME.format(time.get()) + ".");
  }

  @Timeout
  void run() {
    long execution = reminders.start();
    LOG.info(() -> "Action reminders started on schedule: job run " + execution + ".");
  }

  /** The time of day of a schedule value, or empty for {@code off}. */
  static Optional<LocalTime> dailyTime(String value) {
    String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (text.equals("off")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text, TIME));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "casereviews.reminders.schedule is '"
              + value
              + "': give a time of day such as 06:30, or off. Action reminders are not scheduled.",
          e);
    }
  }

  static ScheduleExpression expression(LocalTime time) {
    return new ScheduleExpression()
        .hour(time.getHour())
        .minute(time.getMinute())
        .second(0)
        .timezone(Today.ENGLAND.getId());
  }
}
