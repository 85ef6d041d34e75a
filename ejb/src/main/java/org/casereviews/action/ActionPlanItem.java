package org.casereviews.action;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.casereviews.agency.Agency;
import org.casereviews.review.Recommendation;
import org.casereviews.shared.Today;

/**
 * One agency's action answering a recommendation: what it will do, who owns it, by when, and where
 * it stands. The RAG rating is worked out, not stored.
 */
@Entity
@Table(name = "action_item")
public class ActionPlanItem {

  @Id
  @SequenceGenerator(
      name = "action_item_seq",
      sequenceName = "action_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_item_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "recommendation_id", nullable = false, updatable = false)
  private Recommendation recommendation;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agency_id", nullable = false)
  private Agency agency;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ActionStatus status = ActionStatus.NOT_STARTED;

  @Column(name = "not_achievable_reason", length = 2000)
  private String notAchievableReason;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "assured_on")
  private LocalDate assuredOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Version private long version;

  protected ActionPlanItem() {}

  public ActionPlanItem(
      Recommendation recommendation,
      Agency agency,
      String ownerName,
      String description,
      LocalDate dueOn,
      Instant createdAt,
      String createdBy) {
    this.recommendation = Objects.requireNonNull(recommendation);
    this.agency = Objects.requireNonNull(agency);
    this.ownerName = Objects.requireNonNull(ownerName);
    this.description = Objects.requireNonNull(description);
    this.dueOn = Objects.requireNonNull(dueOn);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  public Rag rag(LocalDate today) {
    return Rag.of(status, dueOn, today);
  }

  /** The rating as it stands today in England, for screens. */
  public Rag getRag() {
    return rag(Today.inEngland());
  }

  /** Whole days past the due date of an open action; 0 when not overdue. */
  public long daysOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
  }

  void setStatus(ActionStatus status, LocalDate on) {
    this.status = status;
    switch (status) {
      case AWAITING_ASSURANCE -> completedOn = on;
      case ASSURED -> assuredOn = on;
      case CLOSED -> closedOn = on;
      default -> {
        // no date of their own
      }
    }
  }

  void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  void setNotAchievableReason(String reason) {
    this.notAchievableReason = reason;
  }

  void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  void setDescription(String description) {
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public Agency getAgency() {
    return agency;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public String getNotAchievableReason() {
    return notAchievableReason;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public LocalDate getAssuredOn() {
    return assuredOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
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
