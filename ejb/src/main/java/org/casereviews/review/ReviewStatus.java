package org.casereviews.review;

/**
 * Where a review is in its lifecycle. Which status may follow which is {@link ReviewLifecycle}'s
 * business, never the screen's.
 */
public enum ReviewStatus {
  NOTIFIED("Notified"),
  RAPID_REVIEW("Rapid review under way"),
  SUBMITTED_TO_PANEL("Rapid review submitted to the Panel"),
  DECIDED("Panel decision received"),
  COMMISSIONED("Commissioned"),
  IN_PROGRESS("In progress"),
  DRAFT("Draft report"),
  SIGNED_OFF("Signed off"),
  SENT_BEFORE_PUBLICATION("Sent to the Panel before publication"),
  DELAYED("Publication delayed (parallel proceedings)"),
  PUBLISHED("Published"),
  SUMMARY_ONLY("Summary published"),
  NOT_PUBLISHED("Not published"),
  ARCHIVED("Archived"),
  CLOSED("Closed");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** Whether a review here still has work (and deadlines) ahead of it. */
  public boolean isOpen() {
    return !ReviewLifecycle.isFinal(this) && this != PUBLISHED && this != SUMMARY_ONLY;
  }
}
