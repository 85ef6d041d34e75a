package org.casereviews.review;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of review a partnership runs or records. */
public enum ReviewType {
  RAPID_REVIEW("Rapid review", ReviewStatus.RAPID_REVIEW),
  LCSPR("Local Child Safeguarding Practice Review (LCSPR)", ReviewStatus.COMMISSIONED),
  SCR("Serious Case Review (SCR)", ReviewStatus.NOTIFIED),
  THEMATIC("Thematic review", ReviewStatus.COMMISSIONED),
  LOCAL_LEARNING("Local learning review", ReviewStatus.COMMISSIONED),
  SILP("Significant Incident Learning Process (SILP)", ReviewStatus.COMMISSIONED),
  IMR("Individual management review (IMR)", ReviewStatus.COMMISSIONED),
  PRACTICE_AUDIT("Single or multi-agency practice audit", ReviewStatus.COMMISSIONED),
  OTHER_PARTNERSHIP(
      "Review by another partnership concerning local children", ReviewStatus.COMMISSIONED);

  private final String label;
  private final ReviewStatus initialStatus;

  ReviewType(String label, ReviewStatus initialStatus) {
    this.label = label;
    this.initialStatus = initialStatus;
  }

  public String getLabel() {
    return label;
  }

  /** Where a new review of this kind starts. */
  public ReviewStatus initialStatus() {
    return initialStatus;
  }

  /** Kinds whose final report goes to the national Panel before it is published. */
  public boolean reportsToPanelBeforePublication() {
    return this == LCSPR || this == SCR;
  }

  /** The kind with this code (SCR, LCSPR...) or label, ignoring case. */
  public static Optional<ReviewType> parse(String text) {
    String wanted = text == null ? "" : text.trim();
    return Arrays.stream(values())
        .filter(t -> t.name().equalsIgnoreCase(wanted) || t.label.equalsIgnoreCase(wanted))
        .findFirst();
  }
}
