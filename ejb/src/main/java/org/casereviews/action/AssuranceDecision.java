package org.casereviews.action;

/** The partnership's answer to an agency that says its action is complete. */
public enum AssuranceDecision {
  ACCEPTED("Accepted: the action is assured"),
  MORE_EVIDENCE_NEEDED("More evidence needed");

  private final String label;

  AssuranceDecision(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
