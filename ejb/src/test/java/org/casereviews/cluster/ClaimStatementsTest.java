package org.casereviews.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claims on a real (in-memory) H2 database with the application's migrations, each instance on
 * a connection of its own, as instances sharing a database are.
 */
class ClaimStatementsTest {

  private static final LocalDateTime THREE_AM = LocalDateTime.of(2026, 12, 1, 3, 0);

  private static final int INSTANCES = 12;

  private JdbcDataSource h2;

  private ExecutorService instances;

  @BeforeEach
  void migrate() {
    h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    instances = Executors.newFixedThreadPool(INSTANCES);
  }

  @AfterEach
  void stop() {
    instances.shutdownNow();
  }

  @Test
  void ofInstancesClaimingOneRunAtOnceExactlyOneWinsAndIsNamed() throws Exception {
    List<Boolean> won = atOnce(instance -> claim("review-archive", THREE_AM, instance));

    assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), won.toString());
    String winner = "instance-" + won.indexOf(true);
    assertEquals(Optional.of(winner), holder("review-archive", THREE_AM));
  }

  @Test
  void claimsOfOtherSlotsAndJobsAllWin() throws Exception {
    List<Boolean> won =
        atOnce(
            instance ->
                claim(
                    instance % 2 == 0 ? "review-archive" : "action-reminders",
                    THREE_AM.plusDays(instance / 2),
                    instance));

    assertEquals(INSTANCES, won.stream().filter(Boolean::booleanValue).count(), won.toString());
  }

  @Test
  void theSameRunTomorrowIsANewClaim() throws SQLException {
    assertTrue(claim("review-archive", THREE_AM, 1));
    assertFalse(claim("review-archive", THREE_AM, 2));
    assertTrue(claim("review-archive", THREE_AM.plusDays(1), 2));
  }

  @Test
  void aClaimNotYetCommittedBlocksOnlyItsOwnRunAndDecidesIt() throws Exception {
    try (Connection first = h2.getConnection()) {
      first.setAutoCommit(false);
      assertTrue(new ClaimStatements(first).claimScheduledRun("review-archive", THREE_AM, "a"));

      Future<Boolean> otherSlot =
          instances.submit(() -> claim("review-archive", THREE_AM.plusDays(1), 2));
      Future<Boolean> otherJob = instances.submit(() -> claim("action-reminders", THREE_AM, 3));
      assertTrue(otherSlot.get(5, TimeUnit.SECONDS), "another slot does not wait");
      assertTrue(otherJob.get(5, TimeUnit.SECONDS), "another job does not wait");

      Future<Boolean> sameRun = instances.submit(() -> claim("review-archive", THREE_AM, 4));
      Thread.sleep(Duration.ofMillis(300).toMillis());
      assertFalse(sameRun.isDone(), "the same run waits for the first claim to be decided");
      first.commit();
      assertFalse(sameRun.get(5, TimeUnit.SECONDS), "and loses once it is committed");
    }
  }

  @Test
  void aClaimRolledBackLetsTheNextOneIn() throws Exception {
    try (Connection first = h2.getConnection()) {
      first.setAutoCommit(false);
      new ClaimStatements(first).claimScheduledRun("review-archive", THREE_AM, "a");
      Future<Boolean> next = instances.submit(() -> claim("review-archive", THREE_AM, 2));
      Thread.sleep(300);
      first.rollback();
      assertTrue(next.get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void aFailureOtherThanATakenKeyIsNotALostClaim() {
    SQLException failure = assertThrows(SQLException.class, () -> claim(null, THREE_AM, 1));

    assertFalse(ClaimStatements.isUniqueViolation(failure), failure.getSQLState());
  }

  @Test
  void ofInstancesStartedTogetherOneResumesAnImport() throws Exception {
    OffsetDateTime started = now();

    List<Boolean> won = atOnce(instance -> resume(42, started, instance));

    assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), won.toString());
  }

  @Test
  void anInstanceStartedBeforeTheImportWasResumedLeavesIt() throws Exception {
    OffsetDateTime earlier = now();
    Thread.sleep(20);
    OffsetDateTime later = now();

    assertTrue(resume(42, later, 1));
    assertFalse(resume(42, earlier, 2), "resumed since this instance started");
    assertTrue(resume(43, earlier, 2), "another import");
  }

  @Test
  void anImportThatDiesAgainIsResumedAgainByAnInstanceStartedSince() throws Exception {
    assertTrue(resume(42, now(), 1));
    Thread.sleep(20);

    assertTrue(resume(42, now(), 2), "the second attempt");
    assertFalse(resume(42, now().minusSeconds(60), 3));
  }

  private List<Boolean> atOnce(Claim claim) throws Exception {
    CountDownLatch ready = new CountDownLatch(INSTANCES);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      int instance = i;
      Callable<Boolean> work =
          () -> {
            ready.countDown();
            go.await();
            return claim.by(instance);
          };
      answers.add(instances.submit(work));
    }
    ready.await();
    go.countDown();
    List<Boolean> won = new ArrayList<>();
    for (Future<Boolean> answer : answers) {
      won.add(answer.get(30, TimeUnit.SECONDS));
    }
    return won;
  }

  private boolean claim(String job, LocalDateTime slot, int instance) throws SQLException {
    try (Connection connection = h2.getConnection()) {
      return new ClaimStatements(connection).claimScheduledRun(job, slot, "instance-" + instance);
    }
  }

  private Optional<String> holder(String job, LocalDateTime slot) throws SQLException {
    try (Connection connection = h2.getConnection()) {
      return new ClaimStatements(connection).scheduledRunHolder(job, slot);
    }
  }

  private boolean resume(long importId, OffsetDateTime started, int instance) throws SQLException {
    try (Connection connection = h2.getConnection()) {
      connection.setAutoCommit(false);
      boolean won =
          new ClaimStatements(connection)
              .claimResumption(importId, started, "instance-" + instance);
      if (won) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return won;
    }
  }

  private OffsetDateTime now() throws SQLException {
    try (Connection connection = h2.getConnection()) {
      return new ClaimStatements(connection).now();
    }
  }

  @FunctionalInterface
  private interface Claim {
    boolean by(int instance) throws SQLException;
  }
}
