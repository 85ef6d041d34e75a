package org.casereviews.batch.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.casereviews.cluster.InstanceName;
import org.casereviews.cluster.RunClaims;

/**
 * Starts a job every day at the time its configuration gives ({@code HH:mm}, English time; {@code
 * off} for never). A subclass is a {@code @Singleton @Startup} bean that names its job and starts
 * it. The timer is made afresh at each start from the configuration, so a changed time takes effect
 * when the application restarts.
 *
 * <p>Every instance of the application that shares the database has the same timer. When it fires,
 * the instance first claims the job's run of that day in the database ({@link RunClaims}); the
 * first claim wins and that instance alone starts the job, so the schedule may stay on everywhere.
 */
public abstract class DailyJobSchedule {

  private static final Logger LOG = Logger.getLogger(DailyJobSchedule.class.getName());

  @Resource private TimerService timers;

  @EJB private RunClaims claims;

  private LocalTime time;

  /** The configuration key of the time, such as {@code casereviews.archive.schedule}. */
  protected abstract String key();

  /** The configured value. */
  protected abstract String schedule();

  /** What the job does, for the log: "Action reminders", "The archive". */
  protected abstract String what();

  /** The job's id, under which its runs are claimed: {@code review-archive}. */
  protected abstract String job();

  /** Starts a run and returns its number. */
  protected abstract long start();

  @PostConstruct
  void createTimer() {
    Optional<LocalTime> configured;
    try {
      configured = DailySchedule.dailyTime(key(), schedule(), what() + " is");
    } catch (IllegalArgumentException e) {
      LOG.severe(e.getMessage());
      return;
    }
    if (configured.isEmpty()) {
      LOG.info(() -> what() + ": off (" + key() + "=off).");
      return;
    }
    time = configured.get();
    timers.createCalendarTimer(DailySchedule.expression(time), new TimerConfig(key(), false));
    LOG.info(() -> what() + ": every day at " + DailySchedule.TIME.format(time) + ".");
  }

  @Timeout
  void run() {
    runFor(DailySchedule.slotNear(time, Instant.now()), InstanceName.current());
  }

  /**
   * Runs the job for the scheduled {@code slot} (English date and time) on behalf of {@code
   * instance}, if that instance's claim of the slot is the first; returns the run's number, or
   * empty when another instance has the slot.
   */
  public Optional<Long> runFor(LocalDateTime slot, String instance) {
    if (!claims.claimScheduledRun(job(), slot, instance)) {
      String holder = claims.scheduledRunHolder(job(), slot).orElse("another instance");
      LOG.info(
          () ->
              what()
                  + ": the run of "
                  + slot
                  + " is claimed by "
                  + holder
                  + "; not started on "
                  + instance
                  + ".");
      return Optional.empty();
    }
    long execution = start();
    LOG.info(
        () ->
            what()
                + " started on schedule on "
                + instance
                + " for "
                + slot
                + ": job run "
                + execution
                + ".");
    return Optional.of(execution);
  }
}
