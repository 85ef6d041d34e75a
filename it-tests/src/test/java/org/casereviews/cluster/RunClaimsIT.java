package org.casereviews.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.casereviews.it.RunAs;
import org.casereviews.shared.ApplicationDataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The claims of scheduled runs against the real database (H2, or PostgreSQL with -Ppostgres): many
 * instances claiming one run at the same moment, each on a thread and a transaction of its own, and
 * exactly one of them gets it; claims of other runs neither lose nor wait.
 */
@ExtendWith(ArquillianExtension.class)
class RunClaimsIT {

  private static final int INSTANCES = 16;

  private static final int ROUNDS = 10;

  @EJB private RunClaims claims;

  @EJB private RunAs.Admin admin;

  private ExecutorService instances;

  /** A job of this test alone, so that no other test's claims and no earlier run count. */
  private String job;

  @BeforeEach
  void start() {
    instances = Executors.newFixedThreadPool(INSTANCES, Container.threads());
    job = "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void stop() {
    instances.shutdownNow();
  }

  @Test
  void ofManyInstancesClaimingOneRunAtOnceExactlyOneWinsEachTime() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      LocalDateTime slot = LocalDateTime.of(2026, 12, 1, 3, 0).plusDays(round);

      List<Boolean> won = atOnce(instance -> () -> claim(job, slot, instance));

      assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "round " + round);
      assertEquals(
          Optional.of("it-instance-" + won.indexOf(true)),
          admin.call(() -> claims.scheduledRunHolder(job, slot)),
          "the winner is named in the claim");
    }
  }

  @Test
  void claimsOfOtherSlotsAndJobsAllWin() throws Exception {
    LocalDateTime slot = LocalDateTime.of(2026, 12, 1, 3, 0);

    List<Boolean> won =
        atOnce(
            instance -> () -> claim(job + (instance % 2), slot.plusDays(instance / 2), instance));

    assertEquals(List.of(), won.stream().filter(claimed -> !claimed).toList());
  }

  @Test
  void aClaimNotYetCommittedHoldsUpOnlyItsOwnRun() throws Exception {
    LocalDateTime slot = LocalDateTime.of(2026, 12, 1, 3, 0);
    UserTransaction transaction = Container.transaction();
    transaction.begin();
    try {
      insertClaim(job, slot, "it-slow-instance");

      Future<Boolean> otherSlot = instances.submit(() -> claim(job, slot.plusDays(1), 1));
      Future<Boolean> otherJob = instances.submit(() -> claim(job + "-other", slot, 2));
      assertTrue(otherSlot.get(10, TimeUnit.SECONDS), "the next day's run does not wait");
      assertTrue(otherJob.get(10, TimeUnit.SECONDS), "another job's run does not wait");

      Future<Boolean> sameRun = instances.submit(() -> claim(job, slot, 3));
      Thread.sleep(500);
      assertFalse(sameRun.isDone(), "the same run waits for the open claim");
      transaction.commit();
      assertFalse(sameRun.get(10, TimeUnit.SECONDS), "and loses to it once it is committed");
    } finally {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
    assertEquals(
        Optional.of("it-slow-instance"), admin.call(() -> claims.scheduledRunHolder(job, slot)));
  }

  private boolean claim(String job, LocalDateTime slot, int instance) {
    return admin.call(() -> claims.claimScheduledRun(job, slot, "it-instance-" + instance));
  }

  /** A claim in the test's open transaction, as an instance whose claim has not committed yet. */
  private static void insertClaim(String job, LocalDateTime slot, String instance)
      throws Exception {
    try (Connection connection = ApplicationDataSource.select().dataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO scheduled_run (job, slot, instance, claimed_at)"
                    + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
      insert.setString(1, job);
      insert.setObject(2, slot);
      insert.setString(3, instance);
      insert.executeUpdate();
    }
  }

  /** Runs the claim of every instance at the same moment and returns whether each won. */
  private List<Boolean> atOnce(IntFunction<Callable<Boolean>> claimOf) throws Exception {
    CountDownLatch ready = new CountDownLatch(INSTANCES);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      Callable<Boolean> claim = claimOf.apply(i);
      answers.add(
          instances.submit(
              () -> {
                ready.countDown();
                go.await();
                return claim.call();
              }));
    }
    ready.await();
    go.countDown();
    List<Boolean> won = new ArrayList<>();
    for (Future<Boolean> answer : answers) {
      won.add(answer.get(60, TimeUnit.SECONDS));
    }
    return won;
  }
}
