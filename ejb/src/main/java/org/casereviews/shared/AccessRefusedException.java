package org.casereviews.shared;

import jakarta.ejb.ApplicationException;

/**
 * The caller has a role that may use the service but not for this record, such as an agency liaison
 * officer asking for another agency's notification. Answered with 403 and audited.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AccessRefusedException(String message) {
    super(message);
  }
}
