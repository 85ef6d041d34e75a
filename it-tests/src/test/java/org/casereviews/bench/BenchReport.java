package org.casereviews.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * What the benchmarks share: the council's database, their results written out, the machine's load,
 * seconds as text.
 */
final class BenchReport {

  private BenchReport() {}

  /**
   * The council's database, looked up when a round starts: an injected resource would stop the
   * deployment of every test run on the embedded database, which has none.
   */
  static DataSource database() {
    try {
      return (DataSource) new InitialContext().lookup("jdbc/casereviews");
    } catch (NamingException e) {
      throw new IllegalStateException(
          "The benchmark runs on PostgreSQL only (jdbc/casereviews): use -Pbench", e);
    }
  }

  /** PostgreSQL's version, for the report's first lines. */
  static String serverVersion() throws SQLException {
    try (Connection c = database().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW server_version")) {
      r.next();
      return r.getString(1);
    }
  }

  /** Prints the lines and writes them to {@code name} in {@code casereviews.bench.dir}. */
  static void write(String name, List<String> lines) {
    String text = String.join("\n", lines) + "\n";
    System.out.println(text);
    try {
      Path dir = Path.of(System.getProperty("casereviews.bench.dir"));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the report written to {@code name}: on the client, to the build's console. */
  static void print(String name) throws IOException {
    Path file = Path.of(System.getProperty("casereviews.bench.dir"), name);
    System.out.println(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The machine's load average over the last minute (other work on it slows the run). */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
  }
}
