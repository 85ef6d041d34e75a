package org.casereviews.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casereviews.batch.childdeaths.ChildDeathImport;
import org.casereviews.batch.jobs.JobHistory;
import org.casereviews.batch.jobs.JobReport;
import org.casereviews.cdop.imports.ImportOrigin;
import org.casereviews.it.RunAs;
import org.casereviews.it.Waiting;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test: the child-death import of a 1,000,000-row file through the real job on
 * PostgreSQL, beside PostgreSQL's own COPY of the same file, measured in the same run. Run it with
 * {@code ./mvnw verify -pl it-tests -Pbench -Dit.test=ChildDeathImportBenchmark} (see
 * docs/BENCHMARKS.md); the normal suites never run it.
 *
 * <p>The file comes from {@link ChildDeathFileGenerator} (fixed seed: the same file every run) with
 * {@code casereviews.bench.rows} rows, {@code casereviews.bench.bad-share} of them bad. Each round
 * starts from empty child-death tables and:
 *
 * <ol>
 *   <li>imports the file through {@link ChildDeathImport#upload} (the copy of the upload to the
 *       inbox included), polled until the run has ended, sampling the server's heap;
 *   <li>writes the rows that import wrote again, into empty tables of the same indexes, by {@code
 *       INSERT ... SELECT} and by {@code COPY} ({@link CopyBaseline#writeFloor}): the least any
 *       import could take to write them;
 *   <li>imports the same file again: every row is a notification sent before, and none has changed;
 *   <li>imports a revision of the file (the same rows with other given names): every row changes
 *       its notification;
 *   <li>COPYs the file into a table of the file's columns with the notifications' unique key, and
 *       then COPYs it again to a staging table and upserts it ({@link CopyBaseline}).
 * </ol>
 *
 * Before each timed step the database is let go quiet ({@link CopyBaseline#quiet}: a checkpoint,
 * then no autovacuum at work), so that no step pays for the one before. The results go to {@code
 * target/bench/child-death-import.md} and the console. Only the counts are checked; the times are
 * reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChildDeathImportBenchmark {

  static final long SEED = 20261201L;

  private static final String REPORT = "child-death-import.md";

  private static final List<String> LINES = new ArrayList<>();

  private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

  private static final List<String> CDOP_TABLES =
      List.of(
          "panel_meeting_case",
          "death_factor",
          "death_transition",
          "death_match",
          "death_notification",
          "child_death_identity",
          "child_death",
          "death_import_row",
          "death_import_rejection",
          "death_import");

  @EJB private RunAs.Admin admin;

  @EJB private ChildDeathImport imports;

  @EJB private JobHistory jobs;

  static long rows() {
    return Long.getLong("casereviews.bench.rows", 1_000_000L);
  }

  static double badShare() {
    return Double.parseDouble(System.getProperty("casereviews.bench.bad-share", "0.02"));
  }

  static int rounds() {
    return Integer.getInteger("casereviews.bench.import-rounds", 1);
  }

  @Test
  @Order(1)
  void importAgainstCopy() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("casereviews.bench.dir")));
    Path file = dir.resolve("child-deaths-" + rows() + ".csv");
    Instant made = Instant.now();
    ChildDeathFileGenerator.Written written =
        new ChildDeathFileGenerator(SEED, badShare()).write(file, rows());
    Path revised = dir.resolve("child-deaths-" + rows() + "-revised.csv");
    new ChildDeathFileGenerator(SEED, badShare(), 1).write(revised, rows());
    header(written, Duration.between(made, Instant.now()));
    CopyBaseline copy = new CopyBaseline(BenchReport.database());
    try {
      for (int round = 1; round <= rounds(); round++) {
        resetImportTables();
        copy.reset();
        copy.quiet();
        Run first = importFile(file);
        checkCounts(first, written, false);
        copy.quiet();
        CopyBaseline.Floor floor = copy.writeFloor();
        copy.quiet();
        Run second = importFile(file);
        checkCounts(second, written, true);
        copy.quiet();
        Run third = importFile(revised);
        checkCounts(third, written, true);
        resetImportTables();
        copy.reset();
        copy.quiet();
        String before = load();
        CopyBaseline.Timed copied = copy.copy(file);
        copy.quiet();
        CopyBaseline.Timed upserted = copy.copyAndUpsert(file);
        String after = load();
        rows(
            round,
            written,
            new Run[] {first, second, third},
            floor,
            copied,
            upserted,
            before + " / " + after);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(revised);
      removeImportedFiles();
    }
  }

  /** On the client, at the end: shows the report on the console. */
  @Test
  @Order(2)
  @RunAsClient
  void printReport() throws IOException {
    Path file = Path.of(System.getProperty("casereviews.bench.dir"), REPORT);
    System.out.println(Files.readString(file, StandardCharsets.UTF_8));
  }

  // -- the job ----------------------------------------------------------------------------------

  /** One run of the import: its report, its times, and the heap it took. */
  record Run(
      JsonObject report,
      Duration wall,
      Duration read,
      Duration merge,
      long heapGrowthMb,
      long heapLiveGrowthMb,
      String load) {}

  private Run importFile(Path file) throws IOException {
    String before = load();
    try (HeapSampler heap = HeapSampler.start()) {
      Instant start = Instant.now();
      long execution;
      try (InputStream in = Files.newInputStream(file)) {
        execution = admin.call(() -> imports.upload(in, "bench.csv", ImportOrigin.API));
      }
      JobReport report = awaitEnd(execution);
      Duration wall = Duration.between(start, Instant.now());
      assertEquals("COMPLETED", report.run().status(), report.report());
      JsonObject json = Json.createReader(new StringReader(report.report())).readObject();
      Map<String, Duration> steps = admin.call(() -> jobs.stepTimes(execution));
      return new Run(
          json,
          wall,
          steps.getOrDefault("read", Duration.ZERO),
          steps.getOrDefault("merge", Duration.ZERO),
          heap.peakGrowthMb(),
          heap.peakLiveGrowthMb(),
          before + " / " + load());
    }
  }

  private JobReport awaitEnd(long execution) {
    return Waiting.until(
        () -> admin.call(() -> imports.find(execution)).orElseThrow(),
        report -> report.run().endedAt() != null && ENDED.contains(report.run().status()),
        Duration.ofHours(1),
        Duration.ofMillis(100),
        "The import run " + execution + " did not end");
  }

  private static void checkCounts(Run run, ChildDeathFileGenerator.Written written, boolean again) {
    JsonObject r = run.report();
    assertEquals(written.rows(), r.getJsonNumber("rowsRead").longValue(), r.toString());
    assertEquals(written.bad(), r.getJsonNumber("rowsRejected").longValue(), r.toString());
    long good = written.rows() - written.bad();
    assertEquals(good, r.getJsonNumber("rowsLoaded").longValue(), r.toString());
    assertEquals(again ? good : 0, r.getJsonNumber("notificationsUpdated").longValue());
  }

  // -- the data ---------------------------------------------------------------------------------

  /** Empties the child-death tables, so that every round starts from the same state. */
  private void resetImportTables() throws SQLException, IOException {
    try (Connection c = BenchReport.database().getConnection();
        Statement s = c.createStatement()) {
      s.execute("TRUNCATE " + String.join(", ", CDOP_TABLES));
      s.execute("ANALYZE " + String.join(", ", CDOP_TABLES));
    }
    removeImportedFiles();
  }

  /** The imported copies of the file (and their rejected rows) in the inbox's folders. */
  private static void removeImportedFiles() throws IOException {
    String inbox = System.getProperty("casereviews.import.inbox");
    if (inbox == null) {
      return;
    }
    for (String folder : List.of("uploaded", "done", "failed")) {
      Path path = Path.of(inbox, folder);
      if (!Files.isDirectory(path)) {
        continue;
      }
      try (Stream<Path> files = Files.list(path)) {
        for (Path f : files.filter(f -> f.getFileName().toString().contains("bench")).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  // -- the report -------------------------------------------------------------------------------

  private void header(ChildDeathFileGenerator.Written written, Duration made) throws SQLException {
    LINES.clear();
    String version = BenchReport.serverVersion();
    LINES.add("# Child-death import benchmark");
    LINES.add("");
    LINES.add(
        ("Run at %s on %d processors, PostgreSQL %s, server heap at most %d MB; the file %,d rows"
                + " (%,d bad on purpose), %,d bytes, made in %s s (seed %d).")
            .formatted(
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                version,
                Runtime.getRuntime().maxMemory() >> 20,
                written.rows(),
                written.bad(),
                written.bytes(),
                seconds(made),
                SEED));
    LINES.add("");
    LINES.add(
        "| round | what | time (s) | rows | rows/s | against COPY | read / merge step (s) | heap growth, peak / after GC (MB) | load before / after |");
    LINES.add("|---|---|---|---|---|---|---|---|---|");
    write();
  }

  private void rows(
      int round,
      ChildDeathFileGenerator.Written written,
      Run[] runs,
      CopyBaseline.Floor floor,
      CopyBaseline.Timed copied,
      CopyBaseline.Timed upserted,
      String copyLoad) {
    Run first = runs[0];
    long loaded = first.report().getJsonNumber("rowsLoaded").longValue();
    double copyRate = rate(copied.rows(), copied.took());
    double upsertRate = rate(upserted.rows(), upserted.took());
    job(round, "import (new)", first, written.rows(), loaded, copyRate);
    job(round, "import again, nothing changed", runs[1], written.rows(), loaded, upsertRate);
    job(
        round,
        "import of a revision (every row changed)",
        runs[2],
        written.rows(),
        loaded,
        upsertRate);
    floor(round, "INSERT ... SELECT", floor.insertSelect(), written.rows(), copyRate);
    floor(round, "COPY", floor.copy(), written.rows(), copyRate);
    LINES.add(
        "| %d | COPY into bench_copy | **%s** | %,d | %,.0f | 1 | - | - | %s |"
            .formatted(round, seconds(copied.took()), copied.rows(), copyRate, copyLoad));
    LINES.add(
        "| %d | COPY into bench_stage + INSERT ON CONFLICT DO UPDATE | **%s** | %,d | %,.0f | 1 | - | - | %s |"
            .formatted(round, seconds(upserted.took()), upserted.rows(), upsertRate, copyLoad));
    LINES.add("");
    LINES.add(
        ("Round %d: the import at %.2f of COPY's rate (goal >= 0.50; writing its rows alone by COPY: %.2f);"
                + " the import again took %.2f times COPY + upsert with nothing changed, %.2f with"
                + " every row changed (goal <= 1.5).")
            .formatted(
                round,
                rate(written.rows(), first.wall()) / copyRate,
                rate(written.rows(), floor.copy().took()) / copyRate,
                seconds(runs[1].wall().toMillis()) / seconds(upserted.took().toMillis()),
                seconds(runs[2].wall().toMillis()) / seconds(upserted.took().toMillis())));
    LINES.add("");
    write();
  }

  private static void floor(
      int round, String how, CopyBaseline.Timed floor, long fileRows, double copyRate) {
    double rate = rate(fileRows, floor.took());
    LINES.add(
        "| %d | the new import's rows (%,d in 4 tables) written by %s alone | **%s** | %,d | %,.0f | %.2f | - | - | - |"
            .formatted(
                round, floor.rows(), how, seconds(floor.took()), fileRows, rate, rate / copyRate));
  }

  private static void job(
      int round, String what, Run run, long rows, long loaded, double baselineRate) {
    double rate = rate(rows, run.wall());
    LINES.add(
        "| %d | %s (%,d loaded) | **%s** | %,d | %,.0f | %.2f | %s / %s | %d / %d | %s |"
            .formatted(
                round,
                what,
                loaded,
                seconds(run.wall()),
                rows,
                rate,
                rate / baselineRate,
                seconds(run.read()),
                seconds(run.merge()),
                run.heapGrowthMb(),
                run.heapLiveGrowthMb(),
                run.load()));
  }

  private static double rate(long rows, Duration took) {
    return rows / Math.max(0.001, took.toMillis() / 1000.0);
  }

  private static double seconds(long millis) {
    return millis / 1000.0;
  }

  private static void write() {
    BenchReport.write(REPORT, LINES);
  }

  private static String load() {
    return BenchReport.load();
  }

  private static String seconds(Duration d) {
    return BenchReport.seconds(d);
  }
}
