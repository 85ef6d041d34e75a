package org.casereviews.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What PostgreSQL itself does with the same file, the yardstick of the import: {@code COPY ... FROM
 * STDIN WITH (FORMAT csv, HEADER true)} through the driver's {@code CopyManager}, over a connection
 * of the application's pool, into {@code bench_copy}, a table with the file's columns, the
 * notifications' unique key (source system and reference) and the index on the NHS number. The
 * columns are text of the notifications' lengths, since COPY would stop at the first bad date or
 * code, where the import rejects that row and goes on. Then the same file sent again: COPY into
 * {@code bench_stage} (no key), and {@code INSERT ... ON CONFLICT DO UPDATE} into {@code
 * bench_copy}.
 */
final class CopyBaseline {

  private static final String COLUMNS =
      "source_system VARCHAR(20), source_ref VARCHAR(60), nhs_number VARCHAR(20),"
          + " family_name VARCHAR(100), given_names VARCHAR(100), sex VARCHAR(13),"
          + " date_of_birth VARCHAR(10), date_of_death VARCHAR(10), place_of_death VARCHAR(20),"
          + " postcode VARCHAR(10), ethnicity VARCHAR(1), expected VARCHAR(10),"
          + " looked_after VARCHAR(1), notified_on VARCHAR(10)";

  private static final String UPDATED =
      "nhs_number, family_name, given_names, sex, date_of_birth, date_of_death, place_of_death,"
          + " postcode, ethnicity, expected, looked_after, notified_on";

  private final DataSource database;

  CopyBaseline(DataSource database) {
    this.database = database;
  }

  /** Makes both tables when they are not there, and empties them. */
  void reset() throws SQLException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS bench_copy ("
              + COLUMNS
              + ", CONSTRAINT bench_copy_source_uq UNIQUE (source_system, source_ref))");
      s.execute("CREATE INDEX IF NOT EXISTS bench_copy_nhs_ix ON bench_copy (nhs_number)");
      s.execute("CREATE TABLE IF NOT EXISTS bench_stage (" + COLUMNS + ")");
      s.execute("TRUNCATE bench_copy, bench_stage");
    }
  }

  /** The time a COPY of the file into {@code bench_copy} took, and the rows it loaded. */
  Timed copy(Path file) throws SQLException {
    Instant start = Instant.now();
    long rows;
    try (Connection c = database.getConnection()) {
      rows = copyInto(c, "bench_copy", file);
    }
    return new Timed(Duration.between(start, Instant.now()), rows);
  }

  /**
   * The time the same file sent again took: a COPY into {@code bench_stage}, then an upsert of
   * every row with a reference into {@code bench_copy}, in one transaction.
   */
  Timed copyAndUpsert(Path file) throws SQLException {
    Instant start = Instant.now();
    long rows;
    try (Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("TRUNCATE bench_stage");
        copyInto(c, "bench_stage", file);
        StringBuilder set = new StringBuilder();
        for (String column : UPDATED.split(", ")) {
          set.append(set.isEmpty() ? "" : ", ")
              .append(column)
              .append(" = EXCLUDED.")
              .append(column);
        }
        rows =
            s.executeUpdate(
                "INSERT INTO bench_copy SELECT * FROM bench_stage WHERE source_ref IS NOT NULL"
                    + " ON CONFLICT (source_system, source_ref) DO UPDATE SET "
                    + set);
      }
      c.commit();
    }
    return new Timed(Duration.between(start, Instant.now()), rows);
  }

  private static long copyInto(Connection c, String table, Path file) throws SQLException {
    try (InputStream in = Files.newInputStream(file)) {
      return c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY "
                  + table
                  + " ("
                  + ChildDeathFileGenerator.HEADER
                  + ") FROM STDIN WITH (FORMAT csv, HEADER true)",
              in,
              1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tables an import of new notifications must write, and the rows of them it wrote. */
  private static final List<String[]> WRITTEN =
      List.of(
          new String[] {"death_notification", "TRUE"},
          new String[] {"child_death", "TRUE"},
          new String[] {"child_death_identity", "TRUE"},
          new String[] {"audit_event", "record_type = 'ChildDeath' AND action = 'CREATE'"});

  /**
   * The least an import of new notifications can take once the file is read and checked: the rows
   * the import wrote (its notifications, records, identities and their audit) written again into
   * empty tables with the same columns and indexes ({@code LIKE ... INCLUDING ALL}: no foreign
   * keys, no logic: every row is already made), in one transaction, twice: by {@code INSERT ...
   * SELECT}, and by {@code COPY ... FROM STDIN} of the same rows, written out to files first (not
   * timed). Run after an import, on its rows.
   */
  Floor writeFloor() throws SQLException, IOException {
    Path dir = Files.createTempDirectory("bench-floor");
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      long copied = 0;
      for (String[] table : WRITTEN) {
        try (OutputStream out = Files.newOutputStream(dir.resolve(table[0]))) {
          copied +=
              copy.copyOut(
                  "COPY (SELECT * FROM " + table[0] + " WHERE " + table[1] + ") TO STDOUT", out);
        }
      }
      Timed inserted =
          intoCopies(
              c,
              table ->
                  s.executeUpdate(
                      "INSERT INTO floor_"
                          + table[0]
                          + " SELECT * FROM "
                          + table[0]
                          + " WHERE "
                          + table[1]));
      Timed copiedIn =
          intoCopies(
              c,
              table -> {
                try (InputStream in = Files.newInputStream(dir.resolve(table[0]))) {
                  return copy.copyIn("COPY floor_" + table[0] + " FROM STDIN", in);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      if (copiedIn.rows() != copied || inserted.rows() != copied) {
        throw new IllegalStateException(
            "The floor wrote " + inserted.rows() + " and " + copiedIn.rows() + " of " + copied);
      }
      return new Floor(inserted, copiedIn);
    } finally {
      for (String[] table : WRITTEN) {
        Files.deleteIfExists(dir.resolve(table[0]));
      }
      Files.deleteIfExists(dir);
    }
  }

  /** The least an import can take: its rows written by INSERT ... SELECT, and by COPY. */
  record Floor(Timed insertSelect, Timed copy) {}

  /** A way of writing one table's rows into its empty copy; returns the rows written. */
  private interface TableWrite {
    long write(String[] table) throws SQLException, IOException;
  }

  /** Makes the empty copies, writes every table's rows in one timed transaction, drops them. */
  private static Timed intoCopies(Connection c, TableWrite write) throws SQLException, IOException {
    try (Statement s = c.createStatement()) {
      for (String[] table : WRITTEN) {
        s.execute("DROP TABLE IF EXISTS floor_" + table[0]);
        s.execute("CREATE TABLE floor_" + table[0] + " (LIKE " + table[0] + " INCLUDING ALL)");
      }
      c.setAutoCommit(false);
      Instant start = Instant.now();
      long rows = 0;
      for (String[] table : WRITTEN) {
        rows += write.write(table);
      }
      c.commit();
      Duration took = Duration.between(start, Instant.now());
      c.setAutoCommit(true);
      for (String[] table : WRITTEN) {
        s.execute("DROP TABLE floor_" + table[0]);
      }
      return new Timed(took, rows);
    }
  }

  /** The tables an import writes, which the database tidies between steps. */
  private static final List<String> TIDIED =
      List.of(
          "death_import_row",
          "death_import_rejection",
          "death_import_match",
          "death_notification",
          "death_match",
          "child_death",
          "child_death_identity",
          "audit_event",
          "bench_copy",
          "bench_stage");

  /**
   * Makes the database quiet, so that every timed step starts alike: the tables an import writes
   * vacuumed and analysed (what autovacuum would do, on the same two cores, in the minutes after a
   * million-row import; a night's import finds it done), a checkpoint (the writes of the step
   * before are on disk), then no autovacuum at work. At most ten minutes of waiting.
   */
  void quiet() throws SQLException, InterruptedException {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("VACUUM (ANALYZE) " + String.join(", ", TIDIED));
      s.execute("CHECKPOINT");
      Instant until = Instant.now().plus(Duration.ofMinutes(10));
      while (Instant.now().isBefore(until)) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")) {
          r.next();
          if (r.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(1000);
      }
    }
  }

  /** How long a step took, and the rows it loaded. */
  record Timed(Duration took, long rows) {}
}
