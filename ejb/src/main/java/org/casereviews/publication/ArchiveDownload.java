package org.casereviews.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One download of an archived review's document through an approved request's link. */
@Entity
@Table(name = "archive_download")
public class ArchiveDownload {

  @Id
  @SequenceGenerator(
      name = "archive_download_seq",
      sequenceName = "archive_download_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_download_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private ArchiveRequest request;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id", nullable = false, updatable = false)
  private ReviewDocument document;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id", nullable = false, updatable = false)
  private DocumentVersion file;

  @Column(name = "downloaded_at", nullable = false, updatable = false)
  private Instant downloadedAt;

  protected ArchiveDownload() {}

  ArchiveDownload(ArchiveRequest request, ReviewDocument document, Instant downloadedAt) {
    this.request = Objects.requireNonNull(request);
    this.document = Objects.requireNonNull(document);
    this.file = Objects.requireNonNull(document.getCurrent());
    this.downloadedAt = Objects.requireNonNull(downloadedAt);
  }

  public Long getId() {
    return id;
  }

  public ArchiveRequest getRequest() {
    return request;
  }

  public ReviewDocument getDocument() {
    return document;
  }

  public DocumentVersion getFile() {
    return file;
  }

  public Instant getDownloadedAt() {
    return downloadedAt;
  }
}
