package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;

/**
 * Chart 2: the children who died in each year of a span, beside how many of those deaths led to a
 * case review; the last line is the span's total.
 */
public record DeathsVsReviews(Span span, List<Line> years, Line total) implements Serializable {

  /**
   * One year's deaths, the number of them that led to a review, and that as a percentage to one
   * decimal place ("" when there were no deaths).
   */
  public record Line(String year, long deaths, long reviewed, String share)
      implements Serializable {

    static Line of(String year, long deaths, long reviewed) {
      return new Line(
          year,
          deaths,
          reviewed,
          deaths == 0
              ? ""
              : String.format(java.util.Locale.UK, "%.1f%%", 100.0 * reviewed / deaths));
    }
  }
}
