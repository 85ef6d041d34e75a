package org.casereviews.publication;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a review document may be: PDF, Word and PowerPoint, recognised by their content
 * (see {@link DocumentUpload}), not by their name.
 */
public enum DocumentFileType {
  PDF("PDF document", "application/pdf", "pdf"),
  DOCX(
      "Word document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx"),
  PPTX(
      "PowerPoint presentation",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "pptx");

  private final String label;
  private final String mediaType;
  private final String extension;

  DocumentFileType(String label, String mediaType, String extension) {
    this.label = label;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String getLabel() {
    return label;
  }

  public String getMediaType() {
    return mediaType;
  }

  public String getExtension() {
    return extension;
  }

  /** The kind a file's name claims, from its extension. */
  public static Optional<DocumentFileType> claimedBy(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
  }
}
