package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FunnelLimitsTest {

  @Test
  void limitsNarrowAsTheAreaGrowsAndCloseOnTheRate() {
    double rate = 0.7;
    double small = FunnelLimits.limit(rate, 200_000, 0.975);
    double large = FunnelLimits.limit(rate, 20_000_000, 0.975);
    double largeLow = FunnelLimits.limit(rate, 20_000_000, 0.025);

    assertTrue(small > large, small + " should be above " + large);
    assertTrue(large > rate && largeLow < rate);
    // for a large mean the Poisson limits approach the normal ones: rate +/- 1.96 sqrt(mean)
    double mean = rate / 10_000 * 20_000_000;
    assertEquals((mean + 1.96 * Math.sqrt(mean)) / 2_000, large, 0.02);
    assertEquals((mean - 1.96 * Math.sqrt(mean)) / 2_000, largeLow, 0.02);
  }

  @Test
  void theOuterLimitsLieOutsideTheInner() {
    double rate = 3.2;
    double children = 1_000_000;
    assertTrue(
        FunnelLimits.limit(rate, children, 0.999) > FunnelLimits.limit(rate, children, 0.975));
    assertTrue(
        FunnelLimits.limit(rate, children, 0.001) < FunnelLimits.limit(rate, children, 0.025));
  }
}
