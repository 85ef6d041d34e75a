package org.casereviews.shared;

import jakarta.ejb.ApplicationException;

/**
 * A sender over a limit on how often something may be asked for (answered 429 by the API); the
 * message says when to try again.
 */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyRequestsException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** How long the sender should wait before asking again. */
  public long getRetryAfterSeconds() {
    return retryAfterSeconds;
  }
}
