package org.casereviews.review;

import static org.casereviews.review.HistoryColumn.AWARE_DATE;
import static org.casereviews.review.HistoryColumn.DECISION_DATE;
import static org.casereviews.review.HistoryColumn.INCIDENT_DATE;
import static org.casereviews.review.HistoryColumn.INITIATED_DATE;
import static org.casereviews.review.HistoryColumn.NOTIFIED_DATE;
import static org.casereviews.review.HistoryColumn.PUBLISHED_DATE;
import static org.casereviews.review.HistoryColumn.SIGNED_OFF_DATE;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.casereviews.shared.BusinessException;

/**
 * The key dates of a line of a review history file: each must be a date, none may come before the
 * one it follows or lie in the future, and at least one must say when the review opened.
 */
final class HistoricDates {

  private final HistoryLine line;
  private final LocalDate today;

  HistoricDates(HistoryLine line, LocalDate today) {
    this.line = line;
    this.today = today;
  }

  ReviewDates read() {
    ReviewDates dates = new ReviewDates();
    dates.setIncidentOn(line.date(INCIDENT_DATE));
    dates.setAwareOn(line.date(AWARE_DATE));
    dates.setNotifiedOn(line.date(NOTIFIED_DATE));
    dates.setRapidReviewSentOn(line.date(HistoryColumn.RAPID_REVIEW_SENT_DATE));
    dates.setDecisionOn(line.date(DECISION_DATE));
    dates.setInitiatedOn(line.date(INITIATED_DATE));
    dates.setSignedOffOn(line.date(SIGNED_OFF_DATE));
    dates.setSentToPanelOn(line.date(HistoryColumn.SENT_TO_PANEL_DATE));
    dates.setPublishedOn(line.date(PUBLISHED_DATE));
    dates.setArchivedOn(line.date(HistoryColumn.ARCHIVED_DATE));
    if (openedOn(dates) == null) {
      throw HistoryLine.refused(
          null,
          "Give at least one date. The review is filed under its initiated_date or, when that is"
              + " empty, the first of aware_date, incident_date, notified_date, decision_date,"
              + " signed_off_date and published_date.");
    }
    try {
      dates.check(today);
    } catch (BusinessException refused) {
      throw HistoryLine.refused(
          HistoryColumn.ofDateField(refused.getField()).orElse(null), refused.getMessage());
    }
    return dates;
  }

  /** The day a review from history opened: the first of its dates in this order that is known. */
  static LocalDate openedOn(ReviewDates dates) {
    return Stream.of(
            dates.getInitiatedOn(),
            dates.getAwareOn(),
            dates.getIncidentOn(),
            dates.getNotifiedOn(),
            dates.getDecisionOn(),
            dates.getSignedOffOn(),
            dates.getPublishedOn())
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
