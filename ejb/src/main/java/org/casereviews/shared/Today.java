package org.casereviews.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/** The date in England, whatever time zone the server runs in: deadlines are English dates. */
public final class Today {

  public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private Today() {}

  public static LocalDate inEngland() {
    return LocalDate.now(ENGLAND);
  }
}
