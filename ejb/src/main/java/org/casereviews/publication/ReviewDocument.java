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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.casereviews.review.Review;
import org.casereviews.review.ReviewStatus;

/**
 * A document of a review (its full report, a briefing ...), public or internal. Its files are its
 * {@link DocumentVersion}s; the current one is what a download gives. Once its review is archived a
 * document of a kind that does not stay public is withdrawn ({@link #withdrawnOn}) and its public
 * address answers 410 Gone.
 */
@Entity
@Table(name = "review_document")
public class ReviewDocument {

  @Id
  @SequenceGenerator(
      name = "review_document_seq",
      sequenceName = "review_document_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_document_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DocumentKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "public_document", nullable = false)
  private boolean publicDocument;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_version_id")
  private DocumentVersion current;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Version private long version;

  protected ReviewDocument() {}

  public ReviewDocument(
      Review review,
      DocumentKind kind,
      String title,
      boolean publicDocument,
      Instant createdAt,
      String createdBy) {
    this.review = Objects.requireNonNull(review);
    this.kind = Objects.requireNonNull(kind);
    this.title = Objects.requireNonNull(title);
    this.publicDocument = publicDocument;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public Long getId() {
    return id;
  }

  public Review getReview() {
    return review;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = Objects.requireNonNull(kind);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Objects.requireNonNull(title);
  }

  public boolean isPublicDocument() {
    return publicDocument;
  }

  public void setPublicDocument(boolean publicDocument) {
    this.publicDocument = publicDocument;
  }

  public DocumentVersion getCurrent() {
    return current;
  }

  void setCurrent(DocumentVersion current) {
    this.current = current;
  }

  /**
   * The day this document left the public page, or null while it is there (or never was): the day
   * its review was archived, unless its kind is one of those that stay public.
   */
  public LocalDate withdrawnOn(Set<DocumentKind> keptPublic) {
    return withdrawnOn(review, kind, keptPublic);
  }

  /** {@link #withdrawnOn(Set)} for a document of this kind on that review. */
  static LocalDate withdrawnOn(Review review, DocumentKind kind, Set<DocumentKind> keptPublic) {
    if (review.getStatus() != ReviewStatus.ARCHIVED || keptPublic.contains(kind)) {
      return null;
    }
    LocalDate on = review.getDates().getArchivedOn();
    return on != null ? on : review.getDates().getPublishedOn();
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
