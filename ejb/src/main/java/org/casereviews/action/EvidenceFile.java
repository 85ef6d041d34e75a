package org.casereviews.action;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file of evidence an agency uploaded for an action, kept in the database with its checked type
 * and SHA-256 digest. Lists read only the details ({@link EvidenceInfo}), never the content.
 */
@Entity
@Table(name = "action_evidence")
public class EvidenceFile {

  @Id
  @SequenceGenerator(
      name = "action_evidence_seq",
      sequenceName = "action_evidence_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_evidence_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_id", nullable = false, updatable = false)
  private ActionPlanItem action;

  @Column(name = "file_name", nullable = false, updatable = false, length = 255)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_type", nullable = false, updatable = false, length = 20)
  private EvidenceType type;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 60)
  private String uploadedBy;

  protected EvidenceFile() {}

  EvidenceFile(
      ActionPlanItem action,
      String fileName,
      EvidenceType type,
      byte[] content,
      String sha256,
      Instant uploadedAt,
      String uploadedBy) {
    this.action = action;
    this.fileName = fileName;
    this.type = type;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedAt = uploadedAt;
    this.uploadedBy = uploadedBy;
  }

  public Long getId() {
    return id;
  }

  public ActionPlanItem getAction() {
    return action;
  }

  public String getFileName() {
    return fileName;
  }

  public EvidenceType getType() {
    return type;
  }

  public byte[] getContent() {
    return content;
  }
}
