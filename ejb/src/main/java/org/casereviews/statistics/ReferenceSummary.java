package org.casereviews.statistics;

import java.io.Serializable;

/** How much of one kind of reference data is loaded, and for which years (null when none). */
public record ReferenceSummary(String what, long count, Integer firstYear, Integer lastYear)
    implements Serializable {

  /** The years covered, as "2015 to 2024", or "" when there are none. */
  public String getYears() {
    if (firstYear == null) {
      return "";
    }
    return firstYear.equals(lastYear) ? String.valueOf(firstYear) : firstYear + " to " + lastYear;
  }
}
