package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PoissonComparisonTest {

  /** P(X <= k) for a Poisson count of mean {@code mean}, summed term by term. */
  private static double atMost(int k, double mean) {
    double term = Math.exp(-mean);
    double sum = term;
    for (int i = 1; i <= k; i++) {
      term *= mean / i;
      sum += term;
    }
    return sum;
  }

  /** The mean at which {@code probability} rises or falls to {@code target}, by bisection. */
  private static double solve(java.util.function.DoubleUnaryOperator probability, double target) {
    double low = 1e-9;
    double high = 1000;
    boolean rising = probability.applyAsDouble(high) > probability.applyAsDouble(low);
    for (int i = 0; i < 200; i++) {
      double middle = (low + high) / 2;
      if ((probability.applyAsDouble(middle) < target) == rising) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return (low + high) / 2;
  }

  @Test
  void twentySevenReviewsAgainstTwoPerCentOfEnglandsMatchTheExactInterval() {
    double expected = 1688 * 0.02;
    PoissonComparison result = PoissonComparison.of(27, expected);

    // the exact interval from first principles: the means at which 27 or more, and 27 or fewer,
    // happen with probability 2.5%
    double lower = solve(mean -> 1 - atMost(26, mean), 0.025);
    double upper = solve(mean -> atMost(27, mean), 0.025);
    assertEquals(33.76, result.expected(), 1e-9);
    assertEquals(27 / 33.76, result.ratio(), 1e-12);
    assertEquals(lower / expected, result.lower(), 1e-9);
    assertEquals(upper / expected, result.upper(), 1e-9);
    assertEquals(0.527, result.lower(), 0.0005);
    assertEquals(1.164, result.upper(), 0.0005);
    double pValue = 2 * atMost(27, expected);
    assertEquals(pValue, result.pValue(), 1e-9);
    assertEquals(PoissonComparison.Verdict.SIMILAR, result.verdict());
    assertEquals(
        "27 reviews against 33.8 expected: ratio 0.80, 95% CI 0.53-1.16: not significantly"
            + " different from England",
        result.summary("reviews", "England"));
  }

  @Test
  void aCountFarAboveExpectationIsSignificantlyHigher() {
    PoissonComparison result = PoissonComparison.of(60, 33.76);

    assertEquals(PoissonComparison.Verdict.HIGHER, result.verdict());
    assertEquals(2 * (1 - atMost(59, 33.76)), result.pValue(), 1e-12);
    assertEquals("p < 0.001", result.quotedPValue());
  }

  @Test
  void noReviewsHasALowerLimitOfZero() {
    PoissonComparison result = PoissonComparison.of(0, 2.0);

    assertEquals(0, result.lower());
    // the upper limit for 0 is -ln(0.025) = 3.689
    assertEquals(-Math.log(0.025) / 2.0, result.upper(), 1e-9);
    assertEquals(Math.min(1, 2 * Math.exp(-2.0)), result.pValue(), 1e-12);
    assertEquals(PoissonComparison.Verdict.SIMILAR, result.verdict());
  }

  @Test
  void nothingExpectedCannotBeCompared() {
    assertThrows(IllegalArgumentException.class, () -> PoissonComparison.of(3, 0));
  }
}
