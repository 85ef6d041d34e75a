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

/** A due date that moved because a date it is counted from changed, with who, when and why. */
@Entity
@Table(name = "deadline_change")
public class DeadlineChange {

  @Id
  @SequenceGenerator(
      name = "deadline_change_seq",
      sequenceName = "deadline_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_change_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Enumerated(EnumType.STRING)
  @Column(name = "deadline", nullable = false, updatable = false, length = 30)
  private DeadlineKind deadline;

  @Column(name = "previous_due", updatable = false)
  private LocalDate previousDue;

  @Column(name = "new_due", updatable = false)
  private LocalDate newDue;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 60)
  private String changedBy;

  @Column(nullable = false, updatable = false, length = 2000)
  private String reason;

  protected DeadlineChange() {}

  public DeadlineChange(
      Review review,
      DeadlineKind deadline,
      LocalDate previousDue,
      LocalDate newDue,
      Instant changedAt,
      String changedBy,
      String reason) {
    this.review = review;
    this.deadline = deadline;
    this.previousDue = previousDue;
    this.newDue = newDue;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.reason = reason;
  }

  public DeadlineKind getDeadline() {
    return deadline;
  }

  public LocalDate getPreviousDue() {
    return previousDue;
  }

  public LocalDate getNewDue() {
    return newDue;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getReason() {
    return reason;
  }
}
