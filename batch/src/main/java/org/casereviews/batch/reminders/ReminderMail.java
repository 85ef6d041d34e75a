package org.casereviews.batch.reminders;

import java.util.List;

/** The reminder to one agency, addressed to its liaison officers. */
public record ReminderMail(AgencyReminder agency, List<String> to, Letter letter) {

  public ReminderMail {
    to = List.copyOf(to);
  }
}
