package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.casereviews.shared.InstantConverter;

/** One move of a child death record from one stage to another: on which day, by whom and why. */
@Entity
@Table(name = "death_transition")
public class DeathTransition {

  @Id
  @SequenceGenerator(
      name = "death_transition_seq",
      sequenceName = "death_transition_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "death_transition_seq")
  private Long id;

  @Column(name = "child_death_id", nullable = false, updatable = false)
  private long childDeathId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false, length = 30)
  private CdopStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 30)
  private CdopStatus toStatus;

  @Column(name = "effective_on", nullable = false, updatable = false)
  private LocalDate effectiveOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  @Convert(converter = InstantConverter.class)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
  private String recordedBy;

  @Column(updatable = false, length = 1000)
  private String note;

  protected DeathTransition() {}

  DeathTransition(
      long childDeathId,
      CdopStatus fromStatus,
      CdopStatus toStatus,
      LocalDate effectiveOn,
      String recordedBy,
      String note) {
    this.childDeathId = childDeathId;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.effectiveOn = effectiveOn;
    this.recordedAt = Instant.now();
    this.recordedBy = recordedBy;
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public long getChildDeathId() {
    return childDeathId;
  }

  public CdopStatus getFromStatus() {
    return fromStatus;
  }

  public CdopStatus getToStatus() {
    return toStatus;
  }

  /** The day the stage was reached (the meeting's day, the panel's day), not the day typed in. */
  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getNote() {
    return note;
  }
}
