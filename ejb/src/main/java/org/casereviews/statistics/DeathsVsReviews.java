package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * Chart 2: the children who died in each year of a span, beside how many of those deaths led to a
 * case review; the last line is the span's total.
 */
public record DeathsVsReviews(Span span, List<Line> years, Line total) implements Serializable {

  /** One year's deaths and the number of them that led to a review. */
  public record Line(String year, long deaths, long reviewed) implements Serializable {

    /** The reviewed deaths as a percentage of the deaths, to one decimal place ("" for none). */
    public String getShare() {
      return deaths == 0
          ? ""
          : String.format(java.util.Locale.UK, "%.1f%%", 100.0 * reviewed / deaths);
    }
  }
}
