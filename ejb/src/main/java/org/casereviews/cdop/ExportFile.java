package org.casereviews.cdop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An export written and audited, waiting to be sent: a file in the server's temporary directory
 * that only the server's own account can read, which whoever sends it deletes once sent. One left
 * behind (an answer that was never written) is deleted by the first export an hour later.
 *
 * @param path the file
 * @param rows how many records it holds
 */
public record ExportFile(Path path, long rows) {

  private static final Logger LOG = Logger.getLogger(ExportFile.class.getName());

  private static final String PREFIX = "casereviews-export-";

  /** An export not sent within this time (an answer never written, say) is deleted by the next. */
  private static final Duration KEPT = Duration.ofHours(1);

  static Path create() {
    try {
      // on a POSIX file system a temporary file is made readable and writable by its owner alone
      Path file = Files.createTempFile(PREFIX, ".csv");
      deleteForgotten(file.getParent());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("No file for the export could be made", e);
    }
  }

  /** Deletes the file: it holds children's records and must not outlive its sending. */
  public void delete() {
    delete(path);
  }

  private static void deleteForgotten(Path folder) {
    Instant before = Instant.now().minus(KEPT);
    try (DirectoryStream<Path> exports = Files.newDirectoryStream(folder, PREFIX + "*.csv")) {
      for (Path export : exports) {
        if (Files.getLastModifiedTime(export).toInstant().isBefore(before)) {
          delete(export);
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Old exports in " + folder + " could not be looked for", e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The export " + file + " could not be deleted", e);
    }
  }
}
