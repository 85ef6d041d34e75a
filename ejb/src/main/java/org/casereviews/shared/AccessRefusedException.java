package org.casereviews.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller has a role that may use the service but not for this record, such as an agency liaison
 * officer asking for another agency's notification. Answered with 403.
 *
 * <p>Services throw it before they change anything and audit the attempt in the same transaction;
 * the transaction is therefore committed, not rolled back, so that the audit record of the refusal
 * is kept on every database (a separate transaction for it did not keep the row on PostgreSQL
 * through a non-XA pool).
 */
@ApplicationException(rollback = false)
public class AccessRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessRefusedException(String message) {
    super(message);
  }
}
