package org.casereviews.statistics;

import java.io.Serializable;
import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * An observed count against the count expected at a reference rate: the ratio of the two, its exact
 * 95% confidence interval (the Poisson interval of the observed count, from the chi-squared
 * distribution, divided by the expected count) and the exact two-sided p-value of the hypothesis
 * that the area's rate is the reference rate (twice the smaller tail, so that the interval leaves
 * out 1 exactly when p is below 0.05).
 */
public record PoissonComparison(
    long observed, double expected, double ratio, double lower, double upper, double pValue)
    implements Serializable {

  /** What the comparison says, in words a board member can read. */
  public enum Verdict {
    LOWER("significantly lower than"),
    SIMILAR("not significantly different from"),
    HIGHER("significantly higher than");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  private static final double CONFIDENCE = 0.95;

  /**
   * @param observed the count seen, 0 or more
   * @param expected the count the reference rate gives, more than 0
   */
  public static PoissonComparison of(long observed, double expected) {
    if (observed < 0 || !(expected > 0) || Double.isInfinite(expected)) {
      throw new IllegalArgumentException(
          "observed " + observed + " and expected " + expected + " cannot be compared");
    }
    double tail = (1 - CONFIDENCE) / 2;
    double low =
        observed == 0
            ? 0
            : ChiSquaredDistribution.of(2.0 * observed).inverseCumulativeProbability(tail) / 2;
    double high =
        ChiSquaredDistribution.of(2.0 * observed + 2).inverseCumulativeProbability(1 - tail) / 2;
    return new PoissonComparison(
        observed,
        expected,
        observed / expected,
        low / expected,
        high / expected,
        pValue(observed, expected));
  }

  private static double pValue(long observed, double expected) {
    PoissonDistribution chance = PoissonDistribution.of(expected);
    int seen = Math.toIntExact(observed);
    double below = chance.cumulativeProbability(seen);
    double above = seen == 0 ? 1 : chance.survivalProbability(seen - 1);
    return Math.min(1, 2 * Math.min(below, above));
  }

  public Verdict verdict() {
    if (upper < 1) {
      return Verdict.LOWER;
    }
    return lower > 1 ? Verdict.HIGHER : Verdict.SIMILAR;
  }

  /**
   * The comparison in one line, such as "27 reviews against 33.8 expected: ratio 0.80, 95% CI
   * 0.53-1.16: not significantly different from England".
   */
  public String summary(String noun, String reference) {
    return String.format(
        Locale.UK,
        "%d %s against %.1f expected: ratio %.2f, 95%% CI %.2f-%.2f: %s %s",
        observed,
        noun,
        expected,
        ratio,
        lower,
        upper,
        verdict().words(),
        reference);
  }

  /** The p-value as people quote it: "p = 0.30", "p < 0.001". */
  public String quotedPValue() {
    return pValue < 0.001 ? "p < 0.001" : String.format(Locale.UK, "p = %.3f", pValue);
  }
}
