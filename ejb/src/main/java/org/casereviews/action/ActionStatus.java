package org.casereviews.action;

/** Where an agency action stands. Only the partnership assures or closes an action. */
public enum ActionStatus {
  NOT_STARTED("Not started"),
  IN_PROGRESS("In progress"),
  AWAITING_ASSURANCE("Completed - awaiting assurance"),
  ASSURED("Assured"),
  CLOSED("Closed"),
  NOT_ACHIEVABLE("Not achievable");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }

  /** Still to be done by the agency: reminders and "overdue" are about these. */
  public boolean isOpen() {
    return this == NOT_STARTED || this == IN_PROGRESS;
  }

  /** The statuses an agency may report on its own actions. */
  public boolean isAgencyStatus() {
    return this == NOT_STARTED
        || this == IN_PROGRESS
        || this == AWAITING_ASSURANCE
        || this == NOT_ACHIEVABLE;
  }
}
