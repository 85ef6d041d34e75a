package org.casereviews.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A due date of an action that moved ("slippage"): from when to when, who agreed it and why. */
@Entity
@Table(name = "action_due_change")
public class Slippage {

  @Id
  @SequenceGenerator(
      name = "action_due_change_seq",
      sequenceName = "action_due_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_due_change_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_id", nullable = false, updatable = false)
  private ActionPlanItem action;

  @Column(name = "previous_due", nullable = false, updatable = false)
  private LocalDate previousDue;

  @Column(name = "new_due", nullable = false, updatable = false)
  private LocalDate newDue;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 60)
  private String changedBy;

  @Column(nullable = false, updatable = false, length = 2000)
  private String reason;

  protected Slippage() {}

  Slippage(
      ActionPlanItem action,
      LocalDate previousDue,
      LocalDate newDue,
      Instant changedAt,
      String changedBy,
      String reason) {
    this.action = action;
    this.previousDue = previousDue;
    this.newDue = newDue;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.reason = reason;
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
