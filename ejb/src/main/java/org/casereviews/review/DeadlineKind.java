package org.casereviews.review;

/** The statutory and Panel deadlines a review is held to (DOMAIN.md section 1). */
public enum DeadlineKind {
  NATIONAL_NOTIFICATION(
      "Notify the national Panel", "5 working days after the partnership became aware"),
  RAPID_REVIEW(
      "Send the rapid review to the Panel",
      "15 working days after the Panel was notified (after becoming aware until then)"),
  SCR_DECISION("Decide whether to hold an SCR", "1 month after the notification"),
  SCR_COMPLETION("Complete the SCR", "6 months after it was commissioned"),
  PANEL_REPORT(
      "Send the final report to the Panel and the Secretary of State",
      "working days before publication"),
  PUBLICATION("Publish the LCSPR", "6 months after initiation");

  private final String label;
  private final String rule;

  DeadlineKind(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  public String getLabel() {
    return label;
  }

  /** How the due date is worked out, as shown beside it. */
  public String getRule() {
    return rule;
  }
}
