package org.casereviews.cdop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An export written and audited, waiting to be sent: a file in the server's temporary directory
 * that only the server's own account can read, which whoever sends it deletes once sent.
 *
 * @param path the file
 * @param rows how many records it holds
 */
public record ExportFile(Path path, long rows) {

  private static final Logger LOG = Logger.getLogger(ExportFile.class.getName());

  static Path create() {
    try {
      // on a POSIX file system a temporary file is made readable and writable by its owner alone
      return Files.createTempFile("casereviews-export-", ".csv");
    } catch (IOException e) {
      throw new UncheckedIOException("No file for the export could be made", e);
    }
  }

  /** Deletes the file: it holds children's records and must not outlive its sending. */
  public void delete() {
    delete(path);
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The export " + file + " could not be deleted", e);
    }
  }
}
