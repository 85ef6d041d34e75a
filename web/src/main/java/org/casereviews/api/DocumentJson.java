package org.casereviews.api;

import java.time.Instant;
import java.util.List;
import org.casereviews.publication.DocumentVersion;
import org.casereviews.publication.ReviewDocument;

/** The API's records of review documents and their versions. */
public final class DocumentJson {

  private DocumentJson() {}

  /** One file of a document. */
  public record VersionView(
      int number,
      String fileName,
      String fileType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {

    static VersionView of(DocumentVersion v) {
      return new VersionView(
          v.getNumber(),
          v.getFileName(),
          v.getFileType().name(),
          v.getSizeBytes(),
          v.getSha256(),
          v.getUploadedAt(),
          v.getUploadedBy());
    }
  }

  /** A document with its current file (and, when read alone, all its versions, newest first). */
  public record DocumentView(
      long id,
      String kind,
      String title,
      boolean publicDocument,
      long version,
      VersionView current,
      List<VersionView> versions) {

    static DocumentView of(ReviewDocument d, List<DocumentVersion> versions) {
      return new DocumentView(
          d.getId(),
          d.getKind().name(),
          d.getTitle(),
          d.isPublicDocument(),
          d.getVersion(),
          d.getCurrent() == null ? null : VersionView.of(d.getCurrent()),
          versions == null ? null : versions.stream().map(VersionView::of).toList());
    }
  }

  /** The changeable details of a document, with the version read. */
  public record DocumentChange(String kind, String title, Boolean publicDocument, Long version) {}
}
