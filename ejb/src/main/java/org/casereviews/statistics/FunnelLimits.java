package org.casereviews.statistics;

import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Control limits of a funnel plot for counts: the range of rates an area of a given size would show
 * by chance alone if its true rate were the reference rate. Exact Poisson quantiles, interpolated
 * between whole counts so that the funnel is a smooth curve (the method of the Association of
 * Public Health Observatories' funnel plot guidance).
 */
final class FunnelLimits {

  /** Rates are per this many children a year. */
  static final double PER = 10_000;

  private FunnelLimits() {}

  /**
   * The rate per {@value #PER} children a year below which (for {@code probability} &lt; 0.5) or
   * above which (&gt; 0.5) an area with {@code childYears} of exposure falls by chance with that
   * probability, when the true rate is {@code rate} per {@value #PER}.
   */
  static double limit(double rate, double childYears, double probability) {
    double mean = rate / PER * childYears;
    if (mean <= 0) {
      return 0;
    }
    PoissonDistribution chance = PoissonDistribution.of(mean);
    int count = chance.inverseCumulativeProbability(probability);
    double atCount = chance.cumulativeProbability(count);
    double belowCount = count == 0 ? 0 : chance.cumulativeProbability(count - 1);
    double fraction = atCount == belowCount ? 0 : (atCount - probability) / (atCount - belowCount);
    return Math.max(0, count - fraction) / childYears * PER;
  }
}
