package org.casereviews.cdop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casereviews.shared.InstantConverter;

/**
 * A notification that may be of the child of an existing record, but not certainly: the import
 * queues it for a person to confirm (the notification goes onto the record) or reject (it becomes a
 * record of its own), instead of merging two children's deaths by mistake.
 */
@Entity
@Table(name = "death_match")
public class DeathMatch {

  /** Whether a person has decided. */
  public enum State {
    OPEN,
    CONFIRMED,
    REJECTED
  }

  @Id private Long id;

  @Column(name = "notification_id", nullable = false)
  private long notificationId;

  @Column(name = "child_death_id", nullable = false)
  private long childDeathId;

  @Column(nullable = false, length = 300)
  private String reason;

  @Column(name = "found_at", nullable = false)
  @Convert(converter = InstantConverter.class)
  private Instant foundAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private State state;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  @Convert(converter = InstantConverter.class)
  private Instant decidedAt;

  protected DeathMatch() {}

  public Long getId() {
    return id;
  }

  public long getNotificationId() {
    return notificationId;
  }

  public long getChildDeathId() {
    return childDeathId;
  }

  /** Why the two may be one child, and why it is not certain. */
  public String getReason() {
    return reason;
  }

  public Instant getFoundAt() {
    return foundAt;
  }

  public State getState() {
    return state;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
