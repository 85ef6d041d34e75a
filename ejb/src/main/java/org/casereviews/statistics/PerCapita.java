package org.casereviews.statistics;

import java.io.Serializable;
import java.util.List;
import org.casereviews.review.ReviewType;

/**
 * The area's reviews against England's over a span: its share of England's reviews beside its share
 * of England's children, the reviews it would have had at England's rate, and whether the
 * difference is more than chance would give ({@link PoissonComparison}); with the answer in words.
 *
 * @param localChildren the area's children aged 0-17, summed over the span's years
 * @param englandChildren England's, likewise
 * @param expected the area's reviews at England's rate: each year's national reviews times the
 *     area's share of that year's children, summed
 */
public record PerCapita(
    Span span,
    List<ReviewType> types,
    Area area,
    long observed,
    long national,
    long localChildren,
    long englandChildren,
    double expected,
    PoissonComparison comparison,
    String summary,
    String explanation)
    implements Serializable {

  /** The area's reviews as a share of England's (0.016 for 1.6%). */
  public double reviewShare() {
    return national == 0 ? 0 : (double) observed / national;
  }

  /** The area's children as a share of England's over the span. */
  public double populationShare() {
    return (double) localChildren / englandChildren;
  }
}
