package org.casereviews.review;

/** What the national Panel (or, for an SCR, the board) decided after a rapid review. */
public enum PanelDecision {
  NATIONAL_REVIEW("National review by the Panel"),
  LOCAL_REVIEW("Local review (LCSPR)"),
  NO_REVIEW("No further review");

  private final String label;

  PanelDecision(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
