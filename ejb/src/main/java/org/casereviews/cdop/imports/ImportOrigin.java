package org.casereviews.cdop.imports;

/** How a file reached the import. */
public enum ImportOrigin {
  /** Dropped in the inbox folder by another system and picked up on the schedule. */
  INBOX("Inbox folder"),
  /** Uploaded on the import screen. */
  SCREEN("Uploaded on the screen"),
  /** Sent to {@code POST /api/v1/child-deaths/imports}. */
  API("Sent to the API");

  private final String label;

  ImportOrigin(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
