package org.casereviews.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a review history file, as named in its first line (in any order, any case). The
 * date columns say which of the review's key dates they fill, so that a date refused by {@link
 * ReviewDates#check} is reported against the column it came from.
 */
enum HistoryColumn {
  REFERENCE(true, null),
  PSEUDONYM(true, null),
  TYPE(true, null),
  CATEGORY(true, null),
  WORKING_TOGETHER(false, null),
  INCIDENT_DATE(false, "incidentOn"),
  AWARE_DATE(false, "awareOn"),
  NOTIFIED_DATE(false, "notifiedOn"),
  RAPID_REVIEW_SENT_DATE(false, "rapidReviewSentOn"),
  DECISION_DATE(false, "decisionOn"),
  INITIATED_DATE(false, "initiatedOn"),
  SIGNED_OFF_DATE(false, "signedOffOn"),
  SENT_TO_PANEL_DATE(false, "sentToPanelOn"),
  PUBLISHED_DATE(false, "publishedOn"),
  ARCHIVED_DATE(false, "archivedOn"),
  PUBLICATION(false, null),
  STATUS(false, null),
  PANEL_DECISION(false, null),
  THEMES(false, null),
  AGENCIES(false, null),
  LEAD_REVIEWER(false, null),
  SUMMARY(false, null);

  private final boolean required;
  private final String dateField;

  HistoryColumn(boolean required, String dateField) {
    this.required = required;
    this.dateField = dateField;
  }

  /** The name in the file's first line, such as {@code signed_off_date}. */
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isRequired() {
    return required;
  }

  /** The column with this name in a file's first line, ignoring case and surrounding spaces. */
  public static Optional<HistoryColumn> named(String header) {
    String wanted = header == null ? "" : header.strip();
    return Arrays.stream(values()).filter(c -> c.header().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The column that fills a field of {@link ReviewDates}, such as {@code awareOn}. */
  static Optional<HistoryColumn> ofDateField(String field) {
    return Arrays.stream(values())
        .filter(c -> field != null && field.equals(c.dateField))
        .findFirst();
  }
}
