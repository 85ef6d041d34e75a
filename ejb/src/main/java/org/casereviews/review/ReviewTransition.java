package org.casereviews.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a review's lifecycle: from where to where, on which day, who recorded it and why. */
@Entity
@Table(name = "review_transition")
public class ReviewTransition {

  @Id
  @SequenceGenerator(
      name = "review_transition_seq",
      sequenceName = "review_transition_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_transition_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 30)
  private ReviewStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 30)
  private ReviewStatus toStatus;

  @Column(name = "effective_on", nullable = false, updatable = false)
  private LocalDate effectiveOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
  private String recordedBy;

  @Column(updatable = false, length = 2000)
  private String reason;

  protected ReviewTransition() {}

  public ReviewTransition(
      Review review,
      ReviewStatus fromStatus,
      ReviewStatus toStatus,
      LocalDate effectiveOn,
      Instant recordedAt,
      String recordedBy,
      String reason) {
    this.review = review;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.effectiveOn = effectiveOn;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public ReviewStatus getFromStatus() {
    return fromStatus;
  }

  public ReviewStatus getToStatus() {
    return toStatus;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getReason() {
    return reason;
  }
}
