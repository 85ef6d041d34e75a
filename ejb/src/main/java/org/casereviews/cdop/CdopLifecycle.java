package org.casereviews.cdop;

import java.time.LocalDate;
import java.util.Optional;
import org.casereviews.shared.BusinessException;

/**
 * The order a child death review goes through (DOMAIN.md section 4): Notified, Information
 * gathering, Child death review meeting held, Reviewed by the panel, Closed. A record moves one
 * stage on at a time, or one stage back with a reason (a stage recorded by mistake), and each stage
 * is dated on a day that is neither in the future nor before the child died.
 */
public final class CdopLifecycle {

  private static final CdopStatus[] ORDER = CdopStatus.values();

  private CdopLifecycle() {}

  /** The stage after this one, or none once the record is closed. */
  public static Optional<CdopStatus> next(CdopStatus from) {
    int at = from.ordinal();
    return at + 1 < ORDER.length ? Optional.of(ORDER[at + 1]) : Optional.empty();
  }

  /** The stage before this one, or none for a record just notified. */
  public static Optional<CdopStatus> previous(CdopStatus from) {
    int at = from.ordinal();
    return at > 0 ? Optional.of(ORDER[at - 1]) : Optional.empty();
  }

  public static boolean isBack(CdopStatus from, CdopStatus to) {
    return previous(from).filter(to::equals).isPresent();
  }

  /**
   * Refuses a move that is neither the next stage nor, with a reason, the one before.
   *
   * @throws BusinessException about the field {@code status} or {@code reason}
   */
  public static void checkMove(CdopStatus from, CdopStatus to, String reason) {
    if (to == null) {
      throw new BusinessException("status", "Choose the stage the record moves to.");
    }
    if (isBack(from, to)) {
      if (reason == null || reason.isBlank()) {
        throw new BusinessException(
            "reason",
            "Say why the record goes back to '" + to.getLabel() + "': the reason is kept.");
      }
      return;
    }
    if (next(from).filter(to::equals).isEmpty()) {
      throw new BusinessException(
          "status",
          "A record that is '"
              + from.getLabel()
              + "' cannot become '"
              + to.getLabel()
              + "': "
              + next(from)
                  .map(n -> "its next stage is '" + n.getLabel() + "'.")
                  .orElse("it is closed; it can only go back to the panel's review."));
    }
  }

  /**
   * Refuses the day of a stage that lies in the future or before the child died.
   *
   * @param what the stage, as a sentence says it: "The child death review meeting"
   */
  public static void checkDay(
      String field, String what, LocalDate day, LocalDate died, LocalDate today) {
    if (day == null) {
      throw new BusinessException(field, "Enter the day of " + lower(what) + ".");
    }
    if (day.isAfter(today)) {
      throw new BusinessException(field, what + " cannot be dated in the future.");
    }
    if (day.isBefore(died)) {
      throw new BusinessException(
          field, what + " cannot be dated before the child died (" + died + ").");
    }
  }

  /** Refuses a day before the stage it follows, such as a panel review before the meeting. */
  public static void checkAfter(
      String field, String what, LocalDate day, String earlier, LocalDate earlierDay) {
    if (earlierDay != null && day.isBefore(earlierDay)) {
      throw new BusinessException(
          field, what + " cannot be dated before " + earlier + " (" + earlierDay + ").");
    }
  }

  private static String lower(String what) {
    return Character.toLowerCase(what.charAt(0)) + what.substring(1);
  }
}
