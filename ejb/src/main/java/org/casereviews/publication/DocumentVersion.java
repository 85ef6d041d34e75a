package org.casereviews.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One uploaded file of a document: its name, checked type, size, digest, who uploaded it and when.
 * Its bytes are in the {@code document_chunk} table, in pieces; they are never read as a whole.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

  @Id
  @SequenceGenerator(
      name = "document_version_seq",
      sequenceName = "document_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id", nullable = false, updatable = false)
  private ReviewDocument document;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "file_name", nullable = false, updatable = false, length = 255)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, length = 20)
  private DocumentFileType fileType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private int chunks;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 60)
  private String uploadedBy;

  protected DocumentVersion() {}

  /** A version whose content is still arriving; {@link #received} completes it. */
  DocumentVersion(
      ReviewDocument document,
      int number,
      String fileName,
      DocumentFileType claimed,
      Instant uploadedAt,
      String uploadedBy) {
    this.document = Objects.requireNonNull(document);
    this.number = number;
    this.fileName = Objects.requireNonNull(fileName);
    this.fileType = Objects.requireNonNull(claimed);
    this.sha256 = "";
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
    this.uploadedBy = Objects.requireNonNull(uploadedBy);
  }

  void received(DocumentUpload.Result content) {
    this.sizeBytes = content.sizeBytes();
    this.chunks = content.chunks();
    this.sha256 = content.sha256();
  }

  public Long getId() {
    return id;
  }

  public ReviewDocument getDocument() {
    return document;
  }

  public int getNumber() {
    return number;
  }

  public String getFileName() {
    return fileName;
  }

  public DocumentFileType getFileType() {
    return fileType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public int getChunks() {
    return chunks;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }
}
