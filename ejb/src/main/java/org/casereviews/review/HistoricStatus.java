package org.casereviews.review;

import static org.casereviews.review.HistoryLine.refused;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a review loaded from history. When the file gives none, it follows from what
 * happened last: archived, else the publication outcome, else signed off, else in progress once
 * initiated; a rapid review with the Panel's decision is decided, and one sent to the Panel is
 * submitted; otherwise the review is where its kind starts. Whatever the source, the status must be
 * one the lifecycle lets a review of that kind reach.
 */
final class HistoricStatus {

  static final Set<ReviewStatus> PUBLICATION_OUTCOMES =
      EnumSet.of(
          ReviewStatus.PUBLISHED,
          ReviewStatus.SUMMARY_ONLY,
          ReviewStatus.NOT_PUBLISHED,
          ReviewStatus.DELAYED);

  private final ReviewType type;
  private final ReviewDates dates;

  HistoricStatus(ReviewType type, ReviewDates dates) {
    this.type = type;
    this.dates = dates;
  }

  /**
   * @param given the status column, or null
   * @param publication the publication column, or null
   * @param decision the panel_decision column, or null
   */
  ReviewStatus decide(ReviewStatus given, ReviewStatus publication, PanelDecision decision) {
    HistoryColumn source = given != null ? HistoryColumn.STATUS : derivedFrom(publication);
    ReviewStatus status = given != null ? given : derived(source, publication);
    if (!reachable().contains(status)) {
      throw refused(HistoryColumn.STATUS, unreachable(status, source));
    }
    boolean published =
        status == ReviewStatus.PUBLISHED
            || status == ReviewStatus.SUMMARY_ONLY
            || publication == ReviewStatus.PUBLISHED
            || publication == ReviewStatus.SUMMARY_ONLY;
    if (published && dates.getPublishedOn() == null) {
      throw refused(
          HistoryColumn.PUBLISHED_DATE,
          "The review is marked as published but published_date is empty: give the date the"
              + " report was published.");
    }
    if (status == ReviewStatus.DECIDED && decision == null) {
      throw refused(
          HistoryColumn.PANEL_DECISION,
          "The Panel's decision is missing: give panel_decision as NATIONAL_REVIEW, LOCAL_REVIEW"
              + " or NO_REVIEW.");
    }
    return status;
  }

  /** The column the status follows from when the file gives none; null for the initial status. */
  private HistoryColumn derivedFrom(ReviewStatus publication) {
    if (dates.getArchivedOn() != null) {
      return HistoryColumn.ARCHIVED_DATE;
    }
    if (publication != null) {
      return HistoryColumn.PUBLICATION;
    }
    if (dates.getSignedOffOn() != null) {
      return HistoryColumn.SIGNED_OFF_DATE;
    }
    if (dates.getInitiatedOn() != null) {
      return HistoryColumn.INITIATED_DATE;
    }
    if (type == ReviewType.RAPID_REVIEW && dates.getDecisionOn() != null) {
      return HistoryColumn.DECISION_DATE;
    }
    if (type == ReviewType.RAPID_REVIEW && dates.getRapidReviewSentOn() != null) {
      return HistoryColumn.RAPID_REVIEW_SENT_DATE;
    }
    return null;
  }

  private ReviewStatus derived(HistoryColumn source, ReviewStatus publication) {
    if (source == null) {
      return type.initialStatus();
    }
    return switch (source) {
      case ARCHIVED_DATE -> ReviewStatus.ARCHIVED;
      case PUBLICATION -> publication;
      case SIGNED_OFF_DATE -> ReviewStatus.SIGNED_OFF;
      case INITIATED_DATE -> ReviewStatus.IN_PROGRESS;
      case DECISION_DATE -> ReviewStatus.DECIDED;
      default -> ReviewStatus.SUBMITTED_TO_PANEL;
    };
  }

  /** Every status a review of this kind can reach from where its kind starts. */
  private Set<ReviewStatus> reachable() {
    Set<ReviewStatus> reached = EnumSet.of(type.initialStatus());
    Deque<ReviewStatus> next = new ArrayDeque<>(reached);
    while (!next.isEmpty()) {
      for (ReviewStatus to : ReviewLifecycle.next(type, next.pop())) {
        if (reached.add(to)) {
          next.push(to);
        }
      }
    }
    return reached;
  }

  private String unreachable(ReviewStatus status, HistoryColumn source) {
    String which =
        source == HistoryColumn.STATUS
            ? "'" + status.getLabel() + "'"
            : "'"
                + status.getLabel()
                + "' (worked out from "
                + source.header()
                + "; give the status column to say otherwise)";
    return "A review of the kind '"
        + type.getLabel()
        + "' cannot be "
        + which
        + ". Its status can be: "
        + String.join(", ", reachable().stream().map(ReviewStatus::getLabel).toList())
        + ".";
  }
}
