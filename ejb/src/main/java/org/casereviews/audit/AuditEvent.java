package org.casereviews.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail. It has no setters: once written it is never changed, and no screen
 * or endpoint can edit or delete it.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  static final int USERNAME_LENGTH = 60;
  static final int DETAIL_LENGTH = 1000;

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = USERNAME_LENGTH)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private AuditAction action;

  @Column(name = "record_type", nullable = false, updatable = false, length = 60)
  private String recordType;

  @Column(name = "record_id", updatable = false, length = 60)
  private String recordId;

  @Column(updatable = false, length = DETAIL_LENGTH)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String username,
      AuditAction action,
      String recordType,
      String recordId,
      String detail) {
    this.occurredAt = occurredAt;
    this.username = truncate(username, USERNAME_LENGTH);
    this.action = action;
    this.recordType = recordType;
    this.recordId = recordId;
    this.detail = truncate(detail, DETAIL_LENGTH);
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public String getDetail() {
    return detail;
  }
}
