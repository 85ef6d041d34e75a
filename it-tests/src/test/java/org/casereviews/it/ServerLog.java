package org.casereviews.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The test domain's server log, for tests of what the application tells an administrator there. The
 * server writes its log in the background, so a line is waited for, not expected at once.
 */
public final class ServerLog {

  private ServerLog() {}

  /** Where the log ends now: what a test writes after this is read with {@link #since}. */
  public static long end() {
    try {
      return Files.size(path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the log holds after {@code offset}, once it holds {@code expected} (or after 10 s). */
  public static String since(long offset, String expected) {
    return Waiting.until(
        () -> read(offset),
        text -> text.contains(expected),
        Duration.ofSeconds(10),
        Duration.ofMillis(200),
        "see \"" + expected + "\" in the server log " + path());
  }

  private static String read(long offset) {
    try {
      byte[] log = Files.readAllBytes(path());
      int from = (int) Math.min(offset, log.length);
      return new String(log, from, log.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path path() {
    return Path.of(System.getProperty("casereviews.it.serverLog"));
  }
}
