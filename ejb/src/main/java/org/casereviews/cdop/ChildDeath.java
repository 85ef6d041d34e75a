package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.casereviews.shared.Ethnicity;
import org.casereviews.shared.InstantConverter;
import org.casereviews.shared.Sex;

/**
 * The Child Death Overview Panel's record of one child's death: the facts its analysis needs and
 * where the review has got to. It holds no direct identifier (name, NHS number, address): those are
 * in {@link ChildDeathIdentity}. Records are made by the import from the notifications of the
 * death, one record however many sources report it.
 */
@Entity
@Table(name = "child_death")
public class ChildDeath {

  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 13)
  private Sex sex;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(name = "date_of_death", nullable = false)
  private LocalDate dateOfDeath;

  @Column(name = "age_days", nullable = false)
  private int ageDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "place_of_death", length = 20)
  private PlaceOfDeath placeOfDeath;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private Ethnicity ethnicity;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private DeathExpectation expected;

  @Column(name = "looked_after")
  private Boolean lookedAfter;

  @Column(name = "joint_agency_response", nullable = false)
  private boolean jointAgencyResponse;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CdopStatus status;

  @Column(name = "case_review_id")
  private Long caseReviewId;

  @Column(name = "cdr_meeting_on")
  private LocalDate cdrMeetingOn;

  @Column(name = "panel_reviewed_on")
  private LocalDate panelReviewedOn;

  @Convert(converter = DeathCategoryConverter.class)
  private DeathCategory category;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Modifiable modifiable;

  @Column(name = "learning_points", length = 4000)
  private String learningPoints;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Version private long version;

  protected ChildDeath() {}

  public Long getId() {
    return id;
  }

  public Sex getSex() {
    return sex;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public LocalDate getDateOfDeath() {
    return dateOfDeath;
  }

  /** Age at death in days, worked out from the two dates. */
  public int getAgeDays() {
    return ageDays;
  }

  /** Age at death as a person says it: in whole years, months for a baby, days under a month. */
  public Period getAgeAtDeath() {
    return Period.between(dateOfBirth, dateOfDeath);
  }

  public PlaceOfDeath getPlaceOfDeath() {
    return placeOfDeath;
  }

  public Ethnicity getEthnicity() {
    return ethnicity;
  }

  public DeathExpectation getExpected() {
    return expected;
  }

  public Boolean getLookedAfter() {
    return lookedAfter;
  }

  /** Whether the death calls for a Joint Agency Response: set for every unexpected death. */
  public boolean isJointAgencyResponse() {
    return jointAgencyResponse;
  }

  public CdopStatus getStatus() {
    return status;
  }

  /** The case review commissioned after this death, if any. */
  public Long getCaseReviewId() {
    return caseReviewId;
  }

  /** The day of the child death review meeting, once held. */
  public LocalDate getCdrMeetingOn() {
    return cdrMeetingOn;
  }

  /** The day the panel reviewed the death, once it has. */
  public LocalDate getPanelReviewedOn() {
    return panelReviewedOn;
  }

  /** The panel's category of the death, once reviewed. */
  public DeathCategory getCategory() {
    return category;
  }

  /** Whether the panel found modifiable factors, once reviewed. */
  public Modifiable getModifiable() {
    return modifiable;
  }

  public String getLearningPoints() {
    return learningPoints;
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

  /** Moves the record one stage on, dating the stage reached. */
  void moveOn(CdopStatus to, LocalDate on) {
    if (to == CdopStatus.CDR_MEETING_HELD) {
      cdrMeetingOn = on;
    } else if (to == CdopStatus.CLOSED) {
      closedOn = on;
    }
    status = to;
  }

  /**
   * Moves the record one stage back: the day of the stage it leaves no longer holds, but the
   * panel's analysis stays so that it can be corrected rather than typed again.
   */
  void moveBack(CdopStatus to) {
    switch (status) {
      case CDR_MEETING_HELD -> cdrMeetingOn = null;
      case PANEL_REVIEWED -> panelReviewedOn = null;
      case CLOSED -> closedOn = null;
      default -> {
        // information gathering has no day of its own on the record: the move keeps it
      }
    }
    status = to;
  }

  void recordPanelReview(
      LocalDate on, DeathCategory category, Modifiable modifiable, String learningPoints) {
    this.panelReviewedOn = on;
    this.category = category;
    this.modifiable = modifiable;
    this.learningPoints = learningPoints;
    this.status = CdopStatus.PANEL_REVIEWED;
  }

  void setJointAgencyResponse(boolean jointAgencyResponse) {
    this.jointAgencyResponse = jointAgencyResponse;
  }

  void setCaseReviewId(Long caseReviewId) {
    this.caseReviewId = caseReviewId;
  }
}
