package org.casereviews.batch.childdeaths;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder other systems drop child-death files in ({@code casereviews.import.inbox}; unless set,
 * {@code casereviews/child-deaths/inbox} in the server's domain folder), with its sub-folders:
 * {@code uploaded/} for files sent through the screen or the API, {@code done/} and {@code failed/}
 * for files whose import has ended.
 */
@ApplicationScoped
public class ImportInbox {

  @Inject
  @ConfigProperty(name = "casereviews.import.inbox", defaultValue = " ")
  String configured;

  /** The inbox folder, made when it is not there yet. */
  public Path folder() {
    Path folder =
        configured == null || configured.isBlank()
            ? Path.of(System.getProperty("com.sun.aas.instanceRoot", "."))
                .resolve("casereviews/child-deaths/inbox")
            : Path.of(configured.strip());
    return made(folder);
  }

  public Path uploaded() {
    return made(folder().resolve("uploaded"));
  }

  /**
   * The files waiting in the inbox (not those in its sub-folders), oldest first. A name starting
   * with a dot, or ending in {@code .part} or {@code .tmp}, is a file still being written.
   */
  public List<Path> waiting() {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !isBeingWritten(file.getFileName().toString()))
          .sorted((a, b) -> Long.compare(modified(a), modified(b)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("The inbox " + folder() + " could not be read", e);
    }
  }

  /**
   * Moves a file whose import has ended into {@code done/} or {@code failed/} beside the inbox,
   * with its rejected rows file when there is one; returns where the file went.
   */
  public Path moveEnded(Path file, boolean completed) {
    Path target = made(folder().resolve(completed ? "done" : "failed"));
    Path moved = move(file, target);
    Path rejected = rejectedFile(file);
    if (Files.exists(rejected)) {
      move(rejected, target);
    }
    return moved;
  }

  /** {@code <name>.rejected.csv} beside the file. */
  public static Path rejectedFile(Path file) {
    String name = file.getFileName().toString();
    String base = name.toLowerCase().endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return file.resolveSibling(base + ".rejected.csv");
  }

  private static Path move(Path file, Path folder) {
    try {
      return Files.move(
          file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("The file " + file + " could not be moved to " + folder, e);
    }
  }

  private static boolean isBeingWritten(String name) {
    return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp");
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private static Path made(Path folder) {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("The folder " + folder + " could not be made", e);
    }
  }
}
