package org.casereviews.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * The edition of the statutory guidance "Working Together to Safeguard Children" a review ran
 * under.
 */
public enum WorkingTogether {
  WT2013("2013"),
  WT2015("2015"),
  WT2018("2018"),
  WT2023("2023");

  private final String year;

  WorkingTogether(String year) {
    this.year = year;
  }

  public String getLabel() {
    return "Working Together " + year;
  }

  public String getYear() {
    return year;
  }

  /** The edition for "2018", "WT2018" or "Working Together 2018". */
  public static Optional<WorkingTogether> parse(String text) {
    String wanted = text == null ? "" : text.trim();
    return Arrays.stream(values())
        .filter(
            e ->
                e.name().equalsIgnoreCase(wanted)
                    || e.year.equals(wanted)
                    || e.getLabel().equalsIgnoreCase(wanted))
        .findFirst();
  }
}
