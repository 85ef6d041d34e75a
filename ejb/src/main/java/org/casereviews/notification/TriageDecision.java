package org.casereviews.notification;

/** What the partnership decided should follow a significant-incident notification. */
public enum TriageDecision {
  IMRS("Individual management reviews (IMRs)"),
  AUDIT_OR_SILP("Small-scale audit or SILP"),
  RAPID_REVIEW("Rapid review"),
  OTHER_ACTION("Other action to promote learning"),
  NO_FURTHER_ACTION("No further action");

  private final String label;

  TriageDecision(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
