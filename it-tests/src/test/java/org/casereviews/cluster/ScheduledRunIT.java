package org.casereviews.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances' schedules of one job fire for the same run at the same moment, through the real
 * timer code ({@code DailyJobSchedule}): one job run is started, by one of them, and the next day's
 * run is started again.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledRunIT {

  @EJB private ProbeSchedules.OnFirstInstance first;

  @EJB private ProbeSchedules.OnSecondInstance second;

  @Test
  void twoInstancesFiringForOneRunStartTheJobOnce() throws Exception {
    // a slot no other run of this test has claimed: a minute of a day far ahead
    LocalDateTime slot = unclaimedSlot();
    long runsBefore = probeRuns();

    List<Optional<Long>> started =
        atOnce(
            () -> first.runFor(slot, "it-first-instance"),
            () -> second.runFor(slot, "it-second-instance"));

    assertEquals(1, started.stream().filter(Optional::isPresent).count(), "started: " + started);
    assertEquals(runsBefore + 1, probeRuns(), "one run of the job");

    Optional<Long> nextDay = second.runFor(slot.plusDays(1), "it-second-instance");
    assertTrue(nextDay.isPresent(), "the next day's run is a run of its own");
    assertEquals(runsBefore + 2, probeRuns());
  }

  private List<Optional<Long>> atOnce(
      Supplier<Optional<Long>> onFirst, Supplier<Optional<Long>> onSecond) throws Exception {
    ExecutorService instances = Executors.newFixedThreadPool(2, Container.threads());
    try {
      CountDownLatch go = new CountDownLatch(1);
      Future<Optional<Long>> a =
          instances.submit(
              () -> {
                go.await();
                return onFirst.get();
              });
      Future<Optional<Long>> b =
          instances.submit(
              () -> {
                go.await();
                return onSecond.get();
              });
      go.countDown();
      return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    } finally {
      instances.shutdownNow();
    }
  }

  private static LocalDateTime unclaimedSlot() {
    int minutes = Math.floorMod(UUID.randomUUID().hashCode(), 24 * 60 * 365);
    return LocalDateTime.of(2300, 1, 1, 0, 0).plusMinutes(minutes);
  }

  /** Runs of the probe job started so far: each run is a job instance of its own. */
  private static long probeRuns() {
    try {
      return BatchRuntime.getJobOperator().getJobInstanceCount(ProbeSchedules.JOB);
    } catch (NoSuchJobException e) {
      return 0;
    }
  }
}
