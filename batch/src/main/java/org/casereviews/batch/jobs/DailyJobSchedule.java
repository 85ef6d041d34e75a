package org.casereviews.batch.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Starts a job every day at the time its configuration gives ({@code HH:mm}, English time; {@code
 * off} for never). A subclass is a {@code @Singleton @Startup} bean that names its job and starts
 * it. The timer is made afresh at each start from the configuration, so a changed time takes effect
 * when the application restarts.
 */
public abstract class DailyJobSchedule {

  private static final Logger LOG = Logger.getLogger(DailyJobSchedule.class.getName());

  @Resource private TimerService timers;

  /** The configuration key of the time, such as {@code casereviews.archive.schedule}. */
  protected abstract String key();

  /** The configured value. */
  protected abstract String schedule();

  /** What the job does, for the log: "Action reminders", "The archive". */
  protected abstract String what();

  /** Starts a run and returns its number. */
  protected abstract long start();

  @PostConstruct
  void createTimer() {
    Optional<LocalTime> time;
    try {
      time = DailySchedule.dailyTime(key(), schedule(), what() + " is");
    } catch (IllegalArgumentException e) {
      LOG.severe(e.getMessage());
      return;
    }
    if (time.isEmpty()) {
      LOG.info(() -> what() + ": off (" + key() + "=off).");
      return;
    }
    timers.createCalendarTimer(DailySchedule.expression(time.get()), new TimerConfig(key(), false));
    LOG.info(() -> what() + ": every day at " + DailySchedule.TIME.format(time.get()) + ".");
  }

  @Timeout
  void run() {
    long execution = start();
    LOG.info(() -> what() + " started on schedule: job run " + execution + ".");
  }
}
