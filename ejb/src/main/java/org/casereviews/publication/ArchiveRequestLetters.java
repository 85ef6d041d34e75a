package org.casereviews.publication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.casereviews.review.Review;

/**
 * The e-mails that answer a request for an archived report: plain text, addressed to the person by
 * the name they gave, naming the review by its reference and pseudonym only.
 */
final class ArchiveRequestLetters {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(UK);

  private static final String SIGNATURE =
      "\nSafeguarding Children Partnership\n\n"
          + "This e-mail answers a request made on the partnership's web site. If you did not make"
          + " it, you can ignore this e-mail.\n";

  private ArchiveRequestLetters() {}

  /** A moment as the requester reads it: {@code 6 December 2026 at 14:05} (UK time). */
  static String when(Instant instant) {
    return WHEN.format(instant);
  }

  static String subject(Review review) {
    return "Your request for the archived report " + review.getReference();
  }

  static String approved(ArchiveRequest request, String link, String askAgain) {
    Review review = request.getReview();
    return "Dear "
        + request.getRequesterName()
        + ",\n\nThank you for asking for the archived report of the review "
        + named(review)
        + ". The partnership has agreed to send it to you. Download its documents here:\n\n"
        + link
        + "\n\nThe link works until "
        + when(request.getLinkExpiresAt())
        + " (UK time). It is for you alone: please do not pass it on. If it has expired, ask"
        + " again here:\n\n"
        + askAgain
        + "\n"
        + SIGNATURE;
  }

  static String declined(ArchiveRequest request) {
    return "Dear "
        + request.getRequesterName()
        + ",\n\nThank you for asking for the archived report of the review "
        + named(request.getReview())
        + ". The partnership cannot send it to you, for this reason:\n\n"
        + request.getDeclineReason()
        + "\n"
        + SIGNATURE;
  }

  private static String named(Review review) {
    return review.getReference() + " (" + review.getPseudonym() + ")";
  }
}
