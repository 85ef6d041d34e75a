package org.casereviews.batch.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One open action as a reminder lists it: where it comes from, what, who and by when. */
public record ActionLine(
    String reviewReference,
    int recommendationNumber,
    long actionId,
    String description,
    String owner,
    LocalDate dueOn,
    String status) {

  public boolean isOverdue(LocalDate today) {
    return dueOn.isBefore(today);
  }

  /** Whole days past the due date; 0 when not overdue. */
  public long daysOverdue(LocalDate today) {
    return isOverdue(today) ? ChronoUnit.DAYS.between(dueOn, today) : 0;
  }
}
