package org.casereviews.statistics;

import java.util.List;
import java.util.Locale;
import org.casereviews.review.ReviewType;

/** The per-capita comparison in sentences a board member can read without a statistician. */
final class PerCapitaWords {

  private PerCapitaWords() {}

  static String explain(
      Area area,
      Span span,
      List<ReviewType> types,
      long observed,
      long national,
      double populationShare,
      PoissonComparison comparison) {
    String kinds = String.join(" and ", types.stream().map(Enum::name).toList());
    return String.format(
            Locale.UK,
            "From %s, %s commissioned %,d %s (%s): %.1f%% of England's %,d. It is home to %.1f%% of"
                + " England's children, so at England's rate it would have had about %.1f. ",
            span.label(),
            area.name(),
            observed,
            observed == 1 ? "review" : "reviews",
            kinds,
            100.0 * observed / national,
            national,
            100 * populationShare,
            comparison.expected())
        + verdict(comparison);
  }

  private static String verdict(PoissonComparison c) {
    String range =
        String.format(
            Locale.UK,
            "With numbers this size, any ratio from %.2f to %.2f fits the figures (the 95%%"
                + " confidence interval); ",
            c.lower(),
            c.upper());
    return switch (c.verdict()) {
      case SIMILAR ->
          String.format(
              Locale.UK,
              "The ratio of %.2f looks %s, but %sthat takes in 1, England's rate, so the"
                  + " difference could be chance alone (%s). The area's rate is not significantly"
                  + " different from England's.",
              c.ratio(),
              c.ratio() < 1 ? "lower" : c.ratio() > 1 ? "higher" : "the same",
              range,
              c.quotedPValue());
      case LOWER, HIGHER ->
          String.format(
              Locale.UK,
              "The ratio is %.2f. %sthat leaves out 1, England's rate, so chance alone is unlikely"
                  + " to explain the difference (%s). The area's rate is %s England's.",
              c.ratio(),
              range,
              c.quotedPValue(),
              c.verdict().words());
    };
  }
}
