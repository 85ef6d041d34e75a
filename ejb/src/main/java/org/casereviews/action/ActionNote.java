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
import java.time.Instant;

/**
 * A line of an action's story: the agency's progress note (with the status it reported) or the
 * partnership's assurance decision with its note.
 */
@Entity
@Table(name = "action_note")
public class ActionNote {

  /** Who wrote the note and in which capacity. */
  public enum Kind {
    PROGRESS,
    ASSURANCE
  }

  @Id
  @SequenceGenerator(
      name = "action_note_seq",
      sequenceName = "action_note_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_note_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_id", nullable = false, updatable = false)
  private ActionPlanItem action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 30)
  private AssuranceDecision decision;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 30)
  private ActionStatus status;

  @Column(nullable = false, updatable = false, length = 4000)
  private String text;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(name = "written_by", nullable = false, updatable = false, length = 60)
  private String writtenBy;

  protected ActionNote() {}

  ActionNote(
      ActionPlanItem action,
      Kind kind,
      AssuranceDecision decision,
      ActionStatus status,
      String text,
      Instant writtenAt,
      String writtenBy) {
    this.action = action;
    this.kind = kind;
    this.decision = decision;
    this.status = status;
    this.text = text;
    this.writtenAt = writtenAt;
    this.writtenBy = writtenBy;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public AssuranceDecision getDecision() {
    return decision;
  }

  /** The status the note reported or led to. */
  public ActionStatus getStatus() {
    return status;
  }

  public String getText() {
    return text;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getWrittenBy() {
    return writtenBy;
  }
}
