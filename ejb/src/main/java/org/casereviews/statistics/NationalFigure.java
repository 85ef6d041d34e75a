package org.casereviews.statistics;

import java.io.Serializable;
import org.casereviews.review.ReviewType;

/** England's reviews of one type in one year, as loaded. */
public record NationalFigure(int year, ReviewType type, long reviews) implements Serializable {

  static NationalFigure of(Object[] row) {
    return new NationalFigure(
        ((Number) row[0]).intValue(),
        ReviewType.valueOf((String) row[1]),
        ((Number) row[2]).longValue());
  }
}
