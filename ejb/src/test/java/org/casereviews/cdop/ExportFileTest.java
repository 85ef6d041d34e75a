package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An export's file holds children's records: one left behind does not stay. */
class ExportFileTest {

  @Test
  void anExportLeftForOverAnHourIsDeletedByTheNextAndARecentOneIsKept() throws IOException {
    Path forgotten = Files.createTempFile("casereviews-export-", ".csv");
    Path recent = Files.createTempFile("casereviews-export-", ".csv");
    Files.setLastModifiedTime(forgotten, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path next = ExportFile.create();
    try {
      assertFalse(Files.exists(forgotten), "the forgotten export is deleted");
      assertTrue(Files.exists(recent), "an export being sent is left alone");
      assertTrue(Files.exists(next));
    } finally {
      Files.deleteIfExists(recent);
      new ExportFile(next, 0).delete();
      Files.deleteIfExists(forgotten);
    }
    assertFalse(Files.exists(next), "delete removes the file");
  }
}
