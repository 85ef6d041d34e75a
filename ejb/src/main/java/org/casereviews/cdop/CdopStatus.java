package org.casereviews.cdop;

/** Where the review of one child death has got to, in the order the stages come. */
public enum CdopStatus {
  NOTIFIED("Notified"),
  INFORMATION_GATHERING("Information gathering"),
  CDR_MEETING_HELD("Child death review meeting held"),
  PANEL_REVIEWED("Reviewed by the panel"),
  CLOSED("Closed");

  private final String label;

  CdopStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
