package org.casereviews.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request the application refuses for a reason the user can act on. The message is written for
 * the council officer who will read it; the transaction is rolled back so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public BusinessException(String message) {
    this(null, message);
  }

  /** A refusal about one input field, so that forms and the API can point at it. */
  public BusinessException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field the refusal is about, or {@code null} when it is about the whole request. */
  public String getField() {
    return field;
  }
}
