package org.casereviews.shared;

import jakarta.ejb.ApplicationException;

/** The change clashes with what is stored: a duplicate, or an edit made on a stale version. */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String field, String message) {
    super(field, message);
  }
}
