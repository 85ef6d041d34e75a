package org.casereviews.review;

import java.time.LocalDate;

/**
 * One deadline of a review as it stands today: when it is due, when (if ever) it was met, and how
 * many working days are left (negative when overdue, or how late it was met).
 *
 * @param rule how the due date is worked out, such as "15 working days after ..."
 * @param workingDaysLeft working days from today to the due date for an open deadline; for a met
 *     one, from the date it was met to the due date (negative when met late)
 */
public record Deadline(
    DeadlineKind kind,
    String rule,
    LocalDate dueOn,
    LocalDate metOn,
    Urgency urgency,
    int workingDaysLeft) {

  /** How a deadline stands, for colouring and sorting. */
  public enum Urgency {
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    DUE("Due"),
    ON_HOLD("On hold (publication delayed)"),
    MET("Met"),
    MET_LATE("Met late"),
    NOT_NEEDED("No longer needed");

    private final String label;

    Urgency(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  public boolean isOpen() {
    return urgency == Urgency.OVERDUE || urgency == Urgency.DUE_SOON || urgency == Urgency.DUE;
  }

  /** "3 working days left", "2 working days overdue", "met 1 working day early". */
  public String getStanding() {
    int days = Math.abs(workingDaysLeft);
    String count = days == 1 ? "1 working day" : days + " working days";
    return switch (urgency) {
      case OVERDUE -> count + " overdue";
      case DUE_SOON, DUE -> workingDaysLeft == 0 ? "due today" : count + " left";
      case MET -> workingDaysLeft == 0 ? "met on the day" : "met " + count + " early";
      case MET_LATE -> "met " + count + " late";
      case ON_HOLD -> "publication delayed";
      case NOT_NEEDED -> "no longer needed";
    };
  }

  public String getLabel() {
    return kind.getLabel();
  }
}
