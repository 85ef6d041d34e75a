package org.casereviews.publication;

import java.time.LocalDate;

/**
 * A public document of a published review as the public page lists it; {@code archivedOn} is set
 * when it has been taken down with its archived review (available on request only).
 */
public record PublicDocument(
    long id,
    String kind,
    String title,
    String fileType,
    String fileName,
    long sizeBytes,
    LocalDate archivedOn) {

  public boolean available() {
    return archivedOn == null;
  }

  /** The size as people read it, such as "2.4 MB" or "180 KB". */
  public String size() {
    return sizeBytes >= 1024 * 1024
        ? String.format("%.1f MB", sizeBytes / (1024.0 * 1024.0))
        : Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
  }
}
