package org.casereviews.review;

import static org.casereviews.review.ReviewStatus.ARCHIVED;
import static org.casereviews.review.ReviewStatus.CLOSED;
import static org.casereviews.review.ReviewStatus.COMMISSIONED;
import static org.casereviews.review.ReviewStatus.DECIDED;
import static org.casereviews.review.ReviewStatus.DELAYED;
import static org.casereviews.review.ReviewStatus.DRAFT;
import static org.casereviews.review.ReviewStatus.IN_PROGRESS;
import static org.casereviews.review.ReviewStatus.NOTIFIED;
import static org.casereviews.review.ReviewStatus.NOT_PUBLISHED;
import static org.casereviews.review.ReviewStatus.PUBLISHED;
import static org.casereviews.review.ReviewStatus.RAPID_REVIEW;
import static org.casereviews.review.ReviewStatus.SENT_BEFORE_PUBLICATION;
import static org.casereviews.review.ReviewStatus.SIGNED_OFF;
import static org.casereviews.review.ReviewStatus.SUBMITTED_TO_PANEL;
import static org.casereviews.review.ReviewStatus.SUMMARY_ONLY;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casereviews.shared.BusinessException;

/**
 * The lifecycle of a review (DOMAIN.md section 1) as an explicit state machine: Notified, Rapid
 * review, Submitted to Panel, Decision, Commissioned, In progress, Draft, Signed off, Sent before
 * publication, then Published (or Delayed, Not published, Summary only), then Archived. A rapid
 * review ends with the Panel's decision; a local review that follows it is a review of its own.
 */
public final class ReviewLifecycle {

  private static final Set<ReviewStatus> PUBLICATION_OUTCOMES =
      EnumSet.of(PUBLISHED, SUMMARY_ONLY, DELAYED, NOT_PUBLISHED);

  private static final Map<ReviewStatus, Set<ReviewStatus>> NEXT =
      new EnumMap<>(ReviewStatus.class);

  static {
    NEXT.put(NOTIFIED, EnumSet.of(COMMISSIONED, CLOSED));
    NEXT.put(RAPID_REVIEW, EnumSet.of(SUBMITTED_TO_PANEL, CLOSED));
    NEXT.put(SUBMITTED_TO_PANEL, EnumSet.of(DECIDED));
    NEXT.put(COMMISSIONED, EnumSet.of(IN_PROGRESS, CLOSED));
    NEXT.put(IN_PROGRESS, EnumSet.of(DRAFT, CLOSED));
    NEXT.put(DRAFT, EnumSet.of(IN_PROGRESS, SIGNED_OFF));
    NEXT.put(
        SIGNED_OFF,
        EnumSet.of(SENT_BEFORE_PUBLICATION, PUBLISHED, SUMMARY_ONLY, DELAYED, NOT_PUBLISHED));
    NEXT.put(SENT_BEFORE_PUBLICATION, EnumSet.of(PUBLISHED, SUMMARY_ONLY, DELAYED, NOT_PUBLISHED));
    NEXT.put(DELAYED, EnumSet.of(PUBLISHED, SUMMARY_ONLY, NOT_PUBLISHED));
    NEXT.put(PUBLISHED, EnumSet.of(ARCHIVED));
    NEXT.put(SUMMARY_ONLY, EnumSet.of(ARCHIVED));
    for (ReviewStatus end : List.of(DECIDED, NOT_PUBLISHED, ARCHIVED, CLOSED)) {
      NEXT.put(end, EnumSet.noneOf(ReviewStatus.class));
    }
  }

  private ReviewLifecycle() {}

  /** The statuses a review of this kind may move to from {@code from}. */
  public static Set<ReviewStatus> next(ReviewType type, ReviewStatus from) {
    Set<ReviewStatus> next = EnumSet.noneOf(ReviewStatus.class);
    next.addAll(NEXT.get(from));
    if (!type.reportsToPanelBeforePublication()) {
      next.remove(SENT_BEFORE_PUBLICATION);
    } else if (from == SIGNED_OFF) {
      // the final report goes to the Panel and the Secretary of State before it is published
      next.remove(PUBLISHED);
      next.remove(SUMMARY_ONLY);
    }
    return next;
  }

  public static boolean isFinal(ReviewStatus status) {
    return NEXT.get(status).isEmpty();
  }

  /** Moves that must be explained: going back, stopping, or not publishing in full. */
  public static boolean needsReason(ReviewStatus from, ReviewStatus to) {
    return to == CLOSED
        || to == NOT_PUBLISHED
        || to == DELAYED
        || to == SUMMARY_ONLY
        || (from == DRAFT && to == IN_PROGRESS);
  }

  public static boolean isPublicationOutcome(ReviewStatus status) {
    return PUBLICATION_OUTCOMES.contains(status);
  }

  /**
   * Refuses a move the lifecycle does not allow, naming what is allowed instead.
   *
   * @throws BusinessException about the field {@code status}
   */
  public static void check(ReviewType type, ReviewStatus from, ReviewStatus to) {
    Set<ReviewStatus> allowed = next(type, from);
    if (allowed.contains(to)) {
      return;
    }
    String instead =
        allowed.isEmpty()
            ? "it cannot move on from there."
            : "from there it can only become: "
                + String.join(", ", allowed.stream().map(ReviewStatus::getLabel).toList())
                + ".";
    String why =
        from == SIGNED_OFF
                && type.reportsToPanelBeforePublication()
                && (to == PUBLISHED || to == SUMMARY_ONLY)
            ? " The final report of "
                + (type == ReviewType.SCR ? "an SCR" : "an LCSPR")
                + " must be sent to the Panel before it is published."
            : "";
    throw new BusinessException(
        "status",
        "A "
            + type.getLabel()
            + " that is '"
            + from.getLabel()
            + "' cannot become '"
            + to.getLabel()
            + "': "
            + instead
            + why);
  }
}
