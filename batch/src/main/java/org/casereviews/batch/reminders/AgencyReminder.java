package org.casereviews.batch.reminders;

import java.time.LocalDate;
import java.util.List;

/** One agency's open actions that are overdue or due soon, soonest first. */
public record AgencyReminder(long agencyId, String agencyName, List<ActionLine> actions) {

  public AgencyReminder {
    actions = List.copyOf(actions);
  }

  public List<ActionLine> overdue(LocalDate today) {
    return actions.stream().filter(action -> action.isOverdue(today)).toList();
  }

  public List<ActionLine> dueSoon(LocalDate today) {
    return actions.stream().filter(action -> !action.isOverdue(today)).toList();
  }
}
