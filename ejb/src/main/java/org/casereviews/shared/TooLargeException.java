package org.casereviews.shared;

import jakarta.ejb.ApplicationException;

/** An upload over its size limit (answered 413 by the API); the message says what the limit is. */
@ApplicationException(rollback = true)
public class TooLargeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public TooLargeException(String field, String message) {
    super(field, message);
  }
}
