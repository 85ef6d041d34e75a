package org.casereviews.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casereviews.batch.archive.ReviewArchive;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.it.RunAs;
import org.casereviews.it.Waiting;
import org.casereviews.publication.ArchiveOutcome;
import org.casereviews.publication.ArchiveService;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: the archive of 100,000 published reviews with 500,000 documents on
 * PostgreSQL, on the real EAR in the real server, as the nightly job does it. Run it with {@code
 * ./mvnw verify -pl it-tests -Pbench} (see docs/BENCHMARKS.md); the normal suites never run it.
 *
 * <p>Each round makes a fresh data set with SQL alone (a fixed generator: the same rows every
 * time), analyses the tables, then times {@link ArchiveService#archiveDue} as an administrator
 * (wall time of the call, its transaction's commit included) and a second run on the same day,
 * which must find nothing. The last round goes through the batch job instead ({@link
 * ReviewArchive#start(LocalDate)}, polled through {@link JobHistory#find}). The results go to
 * {@code target/bench/archive.md} and the console. Figures are only checked for the counts they
 * must have: the time is reported, never asserted.
 *
 * <p>It needs a PostgreSQL database of its own and an account that may set {@code
 * session_replication_role} (a superuser, as in the test setup): the generator and the clean-up
 * between rounds skip the foreign-key checks, the rows being consistent by construction.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveBenchmark {

  /** The day every round archives as of: everything generated is published before 2023-11-22. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  /** Bench ids start here, far above anything the sequences give out. */
  static final long BASE = 900_000_000L;

  static final int DOCUMENTS_PER_REVIEW = 5;

  private static final List<String> LINES = new ArrayList<>();

  @EJB private RunAs.Admin admin;

  @EJB private ArchiveService archive;

  @EJB private ReviewArchive job;

  @EJB private JobHistory history;

  @Test
  @Order(1)
  void archiveServiceRounds() throws SQLException {
    int rounds = Integer.getInteger("casereviews.bench.rounds", 3);
    header();
    for (int round = 1; round <= rounds; round++) {
      Data data = generate();
      Instant start = Instant.now();
      String before = load();
      ArchiveOutcome outcome = admin.call(() -> archive.archiveDue(AS_OF));
      Duration took = Duration.between(start, Instant.now());
      String after = load();
      Instant again = Instant.now();
      ArchiveOutcome second = admin.call(() -> archive.archiveDue(AS_OF));
      Duration secondTook = Duration.between(again, Instant.now());

      assertEquals(reviews(), outcome.reviews(), outcome.summary());
      assertEquals(withdrawn(), outcome.documents(), outcome.summary());
      assertEquals(0, second.reviews(), second.summary());
      assertEquals(0, second.documents(), second.summary());
      row(
          "ArchiveService.archiveDue #" + round,
          data,
          took,
          outcome.reviews(),
          outcome.documents(),
          secondTook,
          before,
          after);
    }
  }

  @Test
  @Order(2)
  void batchJobRound() throws SQLException {
    Data data = generate();
    String before = load();
    Instant start = Instant.now();
    long execution = admin.call(() -> job.startNow(AS_OF));
    JobReport report = awaitEnd(execution);
    Duration took = Duration.between(start, Instant.now());
    String after = load();
    assertEquals("COMPLETED", report.run().status(), report.report());
    JsonObject json = Json.createReader(new StringReader(report.report())).readObject();
    assertEquals(reviews(), json.getInt("reviewsArchived"), json.toString());
    assertEquals(withdrawn(), json.getInt("documentsWithdrawn"), json.toString());
    Duration inJob = Duration.between(report.run().startedAt(), report.run().endedAt());
    row(
        "review-archive job (start to end seen; " + seconds(inJob) + " s by the job's own times)",
        data,
        took,
        json.getInt("reviewsArchived"),
        json.getInt("documentsWithdrawn"),
        null,
        before,
        after);
  }

  /** On the client, at the end: shows the report on the console. */
  @Test
  @Order(3)
  @RunAsClient
  void printReport() throws IOException {
    BenchReport.print("archive.md");
  }

  // -- the data ---------------------------------------------------------------------------------

  /** The number of reviews of a data set (100,000 unless the build says otherwise). */
  static int reviews() {
    return Integer.getInteger("casereviews.bench.reviews", 100_000);
  }

  /**
   * The public documents that leave the public page: each review's full report and executive
   * summary, and the presentation of every other review (the others have an internal document).
   */
  static int withdrawn() {
    return reviews() * 2 + reviews() / 2;
  }

  /** How long making a data set took, and analysing it. */
  record Data(Duration generated, Duration analysed) {}

  /**
   * Removes the previous round's rows, then makes {@link #reviews()} published reviews with five
   * documents each (a full report, an executive summary, a practitioner briefing, a briefing note,
   * and a presentation or an internal other document), each document with one version, all
   * published between 2010 and May 2023. Then vacuums and analyses, as the database would have done
   * by the night of the run.
   */
  Data generate() throws SQLException {
    long last = BASE + (long) reviews() * DOCUMENTS_PER_REVIEW;
    Instant start = Instant.now();
    try (Connection c = BenchReport.database().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL session_replication_role = replica");
        String bench = " BETWEEN " + BASE + " AND " + last;
        s.executeUpdate("DELETE FROM review_transition WHERE review_id" + bench);
        s.executeUpdate("DELETE FROM document_version WHERE id" + bench);
        s.executeUpdate("DELETE FROM review_document WHERE id" + bench);
        s.executeUpdate("DELETE FROM review WHERE id" + bench);
        s.executeUpdate(
            """
            INSERT INTO review (id, reference, pseudonym, review_type, category, status,
                working_together, initiated_on, signed_off_on, sent_to_panel_on, published_on,
                opened_on, imported, created_at, created_by, version)
            SELECT %d + i, 'BENCH ' || i, 'Child ' || i,
                (ARRAY['LCSPR', 'SCR', 'LOCAL_LEARNING'])[1 + i %% 3],
                (ARRAY['DEATH', 'SERIOUS_HARM'])[1 + i %% 2],
                'PUBLISHED', 'WT2018',
                DATE '2010-01-01' + (i %% 4900) - 300, DATE '2010-01-01' + (i %% 4900) - 60,
                DATE '2010-01-01' + (i %% 4900) - 30, DATE '2010-01-01' + (i %% 4900),
                DATE '2010-01-01' + (i %% 4900) - 300, TRUE, TIMESTAMP '2026-01-01 09:00:00',
                'bench', 1
            FROM generate_series(1, %d) AS i
            """
                .formatted(BASE, reviews()));
        s.executeUpdate(
            """
            INSERT INTO review_document (id, review_id, kind, title, public_document,
                current_version_id, created_at, created_by, version)
            SELECT %d + j, %d + (j - 1) / 5 + 1, k.kind, k.kind || ' ' || j, k.kind <> 'OTHER',
                %d + j, TIMESTAMP '2026-01-01 09:00:00', 'bench', 1
            FROM generate_series(1, %d) AS j
            CROSS JOIN LATERAL (SELECT (ARRAY['FULL_REPORT', 'EXECUTIVE_SUMMARY',
                'PRACTITIONER_BRIEFING', 'BRIEFING_NOTE',
                CASE WHEN j %% 2 = 0 THEN 'PRESENTATION' ELSE 'OTHER' END])[1 + (j - 1) %% 5]
                AS kind) AS k
            """
                .formatted(BASE, BASE, BASE, reviews() * DOCUMENTS_PER_REVIEW));
        s.executeUpdate(
            """
            INSERT INTO document_version (id, document_id, number, file_name, file_type,
                size_bytes, chunks, sha256, uploaded_at, uploaded_by)
            SELECT %d + j, %d + j, 1, 'document-' || j || '.pdf', 'PDF', 250000 + j %% 100000, 1,
                md5(j::text) || md5(j::text), TIMESTAMP '2026-01-01 09:00:00', 'bench'
            FROM generate_series(1, %d) AS j
            """
                .formatted(BASE, BASE, reviews() * DOCUMENTS_PER_REVIEW));
      }
      c.commit();
    }
    Instant generated = Instant.now();
    try (Connection c = BenchReport.database().getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      for (String table :
          List.of("review", "review_document", "document_version", "review_transition")) {
        s.execute("VACUUM FULL " + table);
      }
      s.execute("VACUUM ANALYZE");
    }
    return new Data(Duration.between(start, generated), Duration.between(generated, Instant.now()));
  }

  // -- the job ----------------------------------------------------------------------------------

  /** JBatch sets the end time a moment before the final status: wait for both. */
  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  private JobReport awaitEnd(long execution) {
    return Waiting.until(
        () -> admin.call(() -> history.find(execution)).orElseThrow(),
        report -> report.run().endedAt() != null && ENDED.contains(report.run().status()),
        Duration.ofMinutes(10),
        Duration.ofMillis(50),
        "The archive run " + execution + " did not end");
  }

  // -- the report -------------------------------------------------------------------------------

  private void header() throws SQLException {
    LINES.clear();
    String version = BenchReport.serverVersion();
    LINES.add("# Archive benchmark");
    LINES.add("");
    LINES.add(
        "Run at %s on %d processors, PostgreSQL %s; each data set %,d published reviews with %,d documents, archived as of %s (%,d documents withdrawn, the briefings kept)."
            .formatted(
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                version,
                reviews(),
                reviews() * DOCUMENTS_PER_REVIEW,
                AS_OF,
                withdrawn()));
    LINES.add("");
    LINES.add(
        "| run | archive (s) | reviews | documents | second run (s) | data made / analysed (s) | load before / after |");
    LINES.add("|---|---|---|---|---|---|---|");
    write();
  }

  private void row(
      String what,
      Data data,
      Duration took,
      int reviews,
      int documents,
      Duration second,
      String before,
      String after) {
    LINES.add(
        "| %s | **%s** | %,d | %,d | %s | %s / %s | %s / %s |"
            .formatted(
                what,
                seconds(took),
                reviews,
                documents,
                second == null ? "-" : seconds(second),
                seconds(data.generated()),
                seconds(data.analysed()),
                before,
                after));
    write();
  }

  private static void write() {
    BenchReport.write("archive.md", LINES);
  }

  private static String load() {
    return BenchReport.load();
  }

  private static String seconds(Duration d) {
    return BenchReport.seconds(d);
  }
}
