package org.casereviews.publication;

/** Where a request for an archived report is: waiting for the partnership, or answered. */
public enum ArchiveRequestState {
  WAITING("Waiting"),
  APPROVED("Approved"),
  DECLINED("Declined");

  private final String label;

  ArchiveRequestState(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
