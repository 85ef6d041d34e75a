package org.casereviews.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program run to its end, its output (standard output and error together) kept in a file. */
record Command(int exitCode, String output, Duration took) {

  /**
   * Runs the program with the extra environment given.
   *
   * @throws IllegalStateException when it has not ended within the timeout (it is then ended)
   */
  static Command run(
      List<String> command, Map<String, String> environment, Duration timeout, Path log) {
    long start = System.nanoTime();
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        throw new IllegalStateException(
            String.join(" ", command) + " did not end within " + timeout + "; see " + log);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      return new Command(process.exitValue(), output, Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  boolean succeeded() {
    return exitCode == 0;
  }
}
