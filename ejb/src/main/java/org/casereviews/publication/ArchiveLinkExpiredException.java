package org.casereviews.publication;

import jakarta.ejb.ApplicationException;
import java.time.Instant;
import org.casereviews.shared.BusinessException;

/**
 * A download link for an archived review's reports used after it expired (410 Gone); the message
 * says when it expired and that the requester may ask again for the same review.
 */
@ApplicationException(rollback = true)
public class ArchiveLinkExpiredException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final Instant expiredAt;
  private final long reviewId;

  ArchiveLinkExpiredException(Instant expiredAt, long reviewId) {
    super(
        "This download link expired on "
            + ArchiveRequestLetters.when(expiredAt)
            + ". Links for archived reports work for a limited time: ask for the report again and"
            + " the partnership will answer you by e-mail.");
    this.expiredAt = expiredAt;
    this.reviewId = reviewId;
  }

  public Instant getExpiredAt() {
    return expiredAt;
  }

  /** The review to ask again for. */
  public long getReviewId() {
    return reviewId;
  }
}
