package org.casereviews.publication;

/**
 * A file ready to be sent: what to call it and how big it is, and where its pieces are ({@link
 * DocumentService#chunk}). Handed out only by the methods that check who may have it.
 */
public record StoredFile(
    long documentId,
    long versionId,
    String fileName,
    String mediaType,
    long sizeBytes,
    int chunks) {

  static StoredFile of(DocumentVersion version) {
    return new StoredFile(
        version.getDocument().getId(),
        version.getId(),
        version.getFileName(),
        version.getFileType().getMediaType(),
        version.getSizeBytes(),
        version.getChunks());
  }
}
