package org.casereviews.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Writes the audit trail. Services call it for every change and for every read of a record about a
 * child. {@link #record} joins the caller's transaction, so a change that is rolled back leaves no
 * trace of having happened; {@link #recordRegardless} commits on its own, for refusals and failures
 * that must be kept even though the caller's work is undone.
 */
@Stateless
@PermitAll
public class AuditTrail {

  /** The name recorded for work done by the application itself, such as start-up tasks. */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  public void record(AuditAction action, String recordType, Object recordId, String detail) {
    recordAs(callerName(), action, recordType, recordId, detail);
  }

  /** For events whose actor is known but not signed in yet, such as a sign-in attempt. */
  public void recordAs(
      String username, AuditAction action, String recordType, Object recordId, String detail) {
    em.persist(
        new AuditEvent(
            Instant.now(),
            username,
            action,
            recordType,
            recordId == null ? null : recordId.toString(),
            detail));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRegardless(
      AuditAction action, String recordType, Object recordId, String detail) {
    record(action, recordType, recordId, detail);
  }

  /** The signed-in user's name, or "anonymous" when nobody is signed in. */
  public String callerName() {
    String name = session.getCallerPrincipal().getName();
    return name == null || "ANONYMOUS".equals(name) ? "anonymous" : name;
  }
}
