package org.casereviews.batch.reminders;

/**
 * An agency whose reminder could not be sent, with a reason for the partnership; the job skips it
 * and goes on with the other agencies.
 */
public class AgencyNotRemindedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String agency;

  public AgencyNotRemindedException(String agency, String reason, Throwable cause) {
    super(reason, cause);
    this.agency = agency;
  }

  public String getAgency() {
    return agency;
  }
}
