package org.casereviews.cdop;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.casereviews.audit.AuditAction;
import org.casereviews.audit.AuditTrail;
import org.casereviews.security.Roles;
import org.casereviews.shared.NotFoundException;

/**
 * The child death records: only CDOP officers and partnership administrators see them, and every
 * read of a record, of its identity or of its notifications is audited.
 */
@Stateless
@RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.CDOP_OFFICER})
public class ChildDeathRecords {

  static final String RECORD_TYPE = "ChildDeath";

  @PersistenceContext private EntityManager em;

  @EJB private AuditTrail audit;

  /** The record, its read audited. */
  public Optional<ChildDeath> find(long id) {
    ChildDeath record = em.find(ChildDeath.class, id);
    if (record != null) {
      audit.record(AuditAction.READ, RECORD_TYPE, id, "record");
    }
    return Optional.ofNullable(record);
  }

  public ChildDeath get(long id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /** Who the child was: names, NHS number, address; its read audited. */
  public ChildDeathIdentity identity(long id) {
    ChildDeathIdentity identity = em.find(ChildDeathIdentity.class, id);
    if (identity == null) {
      throw notFound(id);
    }
    audit.record(AuditAction.READ, RECORD_TYPE, id, "identity");
    return identity;
  }

  /**
   * The notifications that reported the death, the first received first (those of one file in the
   * order of its lines); the read audited.
   */
  public List<DeathNotification> notifications(long id) {
    List<DeathNotification> notifications =
        em.createQuery(
                "SELECT n FROM DeathNotification n WHERE n.childDeathId = :id"
                    + " ORDER BY n.receivedAt, n.importId, n.importLine, n.id",
                DeathNotification.class)
            .setParameter("id", id)
            .getResultList();
    audit.record(AuditAction.READ, RECORD_TYPE, id, "notifications");
    return notifications;
  }

  /** The notification a source system sent with its reference, if it has been received. */
  public Optional<DeathNotification> notification(String sourceSystem, String sourceRef) {
    Optional<DeathNotification> found =
        em.createQuery(
                "SELECT n FROM DeathNotification n WHERE n.sourceSystem = :system"
                    + " AND n.sourceRef = :ref",
                DeathNotification.class)
            .setParameter("system", sourceSystem)
            .setParameter("ref", sourceRef)
            .getResultStream()
            .findFirst();
    found.ifPresent(
        n ->
            audit.record(
                AuditAction.READ, "DeathNotification", n.getId(), sourceSystem + " " + sourceRef));
    return found;
  }

  /** The possible matches a person has still to confirm or reject, for this notification. */
  public List<Long> openMatches(long notificationId) {
    return em.createQuery(
            "SELECT m.childDeathId FROM DeathMatch m WHERE m.notificationId = :id"
                + " AND m.state = :open ORDER BY m.childDeathId",
            Long.class)
        .setParameter("id", notificationId)
        .setParameter("open", DeathMatch.State.OPEN)
        .getResultList();
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("There is no child death record number " + id + ".");
  }
}
