package org.casereviews.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A review held back from archiving, such as for an inquiry, with why, who and when. */
@Entity
@Table(name = "archive_hold")
public class ArchiveHold {

  @Id
  @Column(name = "review_id")
  private Long reviewId;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "placed_by", nullable = false, length = 60)
  private String placedBy;

  protected ArchiveHold() {}

  ArchiveHold(long reviewId, String reason, Instant placedAt, String placedBy) {
    this.reviewId = reviewId;
    this.reason = Objects.requireNonNull(reason);
    this.placedAt = Objects.requireNonNull(placedAt);
    this.placedBy = Objects.requireNonNull(placedBy);
  }

  public Long getReviewId() {
    return reviewId;
  }

  public String getReason() {
    return reason;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public String getPlacedBy() {
    return placedBy;
  }
}
