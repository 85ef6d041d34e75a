package org.casereviews.audit;

/** What a person (or the system) did, as recorded in the audit trail. */
public enum AuditAction {
  CREATE,
  UPDATE,
  READ,
  ENABLE,
  DISABLE,
  PASSWORD_RESET,
  UNLOCK,
  LOGIN,
  LOGIN_FAILED,
  LOGIN_REFUSED,
  ACCOUNT_LOCKED,
  LOGOUT,
  ACCESS_DENIED
}
