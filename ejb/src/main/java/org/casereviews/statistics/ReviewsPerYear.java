package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;
import org.casereviews.review.ReviewType;

/**
 * Chart 1: the reviews commissioned in each year of a span, by what happened to the child, for the
 * kinds of review chosen; the last line is the span's total.
 */
public record ReviewsPerYear(Span span, List<ReviewType> types, List<Line> years, Line total)
    implements Serializable {

  /** One year's reviews after a child's death and after serious harm, and both together. */
  public record Line(String year, long death, long seriousHarm, long total)
      implements Serializable {

    static Line of(String year, long death, long seriousHarm) {
      return new Line(year, death, seriousHarm, death + seriousHarm);
    }
  }
}
