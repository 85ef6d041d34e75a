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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.casereviews.review.Review;

/**
 * A member of the public's request for the reports of an archived review, and the partnership's
 * answer: approved (with a download link that expires; only the hash of its token is kept) or
 * declined with the reason. The requester's network address is kept only as a keyed hash, for the
 * hourly limit.
 */
@Entity
@Table(name = "archive_request")
public class ArchiveRequest {

  @Id
  @SequenceGenerator(
      name = "archive_request_seq",
      sequenceName = "archive_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_request_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Column(name = "requester_name", nullable = false, updatable = false, length = 200)
  private String requesterName;

  @Column(nullable = false, updatable = false, length = 254)
  private String email;

  @Column(updatable = false, length = 200)
  private String organisation;

  @Column(nullable = false, updatable = false, length = 2000)
  private String reason;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "address_hash", nullable = false, updatable = false, length = 64)
  private String addressHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ArchiveRequestState state;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decline_reason", length = 2000)
  private String declineReason;

  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "link_expires_at")
  private Instant linkExpiresAt;

  @Version private long version;

  protected ArchiveRequest() {}

  ArchiveRequest(Review review, ArchiveRequestForm form, Instant receivedAt, String addressHash) {
    this.review = Objects.requireNonNull(review);
    this.requesterName = form.name().strip();
    this.email = ArchiveRequestForm.normalisedEmail(form.email());
    this.organisation =
        form.organisation() == null || form.organisation().isBlank()
            ? null
            : form.organisation().strip();
    this.reason = form.reason().strip();
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.addressHash = Objects.requireNonNull(addressHash);
    this.state = ArchiveRequestState.WAITING;
  }

  void approve(Instant at, String by, String tokenHash, Instant linkExpiresAt) {
    decide(ArchiveRequestState.APPROVED, at, by);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.linkExpiresAt = Objects.requireNonNull(linkExpiresAt);
  }

  void decline(Instant at, String by, String reason) {
    decide(ArchiveRequestState.DECLINED, at, by);
    this.declineReason = Objects.requireNonNull(reason);
  }

  private void decide(ArchiveRequestState to, Instant at, String by) {
    this.state = to;
    this.decidedAt = Objects.requireNonNull(at);
    this.decidedBy = Objects.requireNonNull(by);
  }

  /** Whether the download link no longer works at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return linkExpiresAt != null && !now.isBefore(linkExpiresAt);
  }

  public Long getId() {
    return id;
  }

  public Review getReview() {
    return review;
  }

  public String getRequesterName() {
    return requesterName;
  }

  public String getEmail() {
    return email;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getReason() {
    return reason;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public ArchiveRequestState getState() {
    return state;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public Instant getLinkExpiresAt() {
    return linkExpiresAt;
  }

  public long getVersion() {
    return version;
  }
}
