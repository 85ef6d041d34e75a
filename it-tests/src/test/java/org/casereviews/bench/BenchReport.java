package org.casereviews.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What the benchmarks share: their results written out, the machine's load, seconds as text. */
final class BenchReport {

  private BenchReport() {}

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
