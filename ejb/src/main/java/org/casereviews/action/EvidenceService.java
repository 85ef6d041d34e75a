package org.casereviews.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.BusinessException;
import org.casereviews.shared.NotFoundException;
import org.casereviews.shared.TooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evidence files on actions: PDF, Word, Excel and images, checked by their content against what
 * their name claims, no larger than {@code casereviews.evidence.max-bytes} (10 MB unless set), kept
 * in the database. Who may see an action may see and add its evidence; every download is audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON, Roles.VIEWER})
public class EvidenceService {

  static final String RECORD_TYPE = "Evidence";

  @PersistenceContext private EntityManager em;

  @EJB private ActionService actions;

  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "casereviews.evidence.max-bytes", defaultValue = "10485760")
  private long maxBytes;

  @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.REVIEW_OFFICER, Roles.AGENCY_LIAISON})
  public EvidenceInfo add(long actionId, String fileName, byte[] content) {
    ActionPlanItem action = actions.get(actionId);
    String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").strip();
    EvidenceType type = check(name, content);
    String digest = sha256(content);
    Instant now = Instant.now();
    String by = audit.callerName();
    EvidenceFile file = new EvidenceFile(action, name, type, content, digest, now, by);
    em.persist(file);
    em.flush();
    audit.record(AuditAction.CREATE, RECORD_TYPE, file.getId(), "action " + actionId + ": " + name);
    return new EvidenceInfo(file.getId(), name, type, content.length, digest, now, by);
  }

  public List<EvidenceInfo> list(long actionId) {
    actions.get(actionId);
    return em.createQuery(
            "select new org.casereviews.action.EvidenceInfo(e.id, e.fileName, e.type, e.sizeBytes,"
                + " e.sha256, e.uploadedAt, e.uploadedBy) from EvidenceFile e"
                + " where e.action.id = :id order by e.uploadedAt, e.id",
            EvidenceInfo.class)
        .setParameter("id", actionId)
        .getResultList();
  }

  /** The file itself, for downloading by someone who may see its action; audited. */
  public EvidenceFile download(long evidenceId) {
    EvidenceFile file =
        Optional.ofNullable(em.find(EvidenceFile.class, evidenceId))
            .orElseThrow(
                () -> new NotFoundException("There is no evidence file " + evidenceId + "."));
    actions.get(file.getAction().getId());
    audit.record(AuditAction.READ, RECORD_TYPE, evidenceId, file.getFileName());
    return file;
  }

  public long getMaxBytes() {
    return maxBytes;
  }

  /** The size limit as people read it, such as "10 MB". */
  public String getMaxSize() {
    return megabytes(maxBytes);
  }

  private EvidenceType check(String name, byte[] content) {
    if (name.isEmpty()) {
      throw new BusinessException("file", "Give the file's name, such as audit-report.pdf.");
    }
    if (content == null || content.length == 0) {
      throw new BusinessException("file", name + " is empty.");
    }
    if (content.length > maxBytes) {
      throw new TooLargeException(
          "file",
          name + " is larger than the limit of " + megabytes(maxBytes) + " for evidence files.");
    }
    EvidenceType claimed =
        EvidenceType.claimedBy(name)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "file",
                        name
                            + " is not a kind of file accepted as evidence: send a PDF, Word, Excel,"
                            + " PNG, JPEG or GIF file."));
    EvidenceType actual = EvidenceType.of(content).orElse(null);
    if (actual != claimed) {
      throw new BusinessException(
          "file",
          name
              + " is called a "
              + claimed.getLabel()
              + " but its content is "
              + (actual == null
                  ? "not a kind of file accepted as evidence"
                  : "a " + actual.getLabel())
              + ". Send the real file.");
    }
    return actual;
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
