package org.casereviews.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModifiableShareTest {

  /** Deaths with modifiable factors, without, with too little known, and not yet reviewed. */
  private static ShownTable published(long yes, long no, long insufficient, long waiting) {
    CountTable counts =
        new CountTable(
            "Modifiable factors",
            CdopDimension.MODIFIABLE.rowLabels(),
            List.of("2025"),
            new long[][] {{yes}, {no}, {insufficient}, {waiting}});
    return Suppression.apply(counts, 5);
  }

  @Test
  void theShareIsGivenFromTheTotalsShown() {
    assertEquals(
        "The panel found modifiable factors in 12 of the 130 deaths it has reviewed (9%).",
        CdopStatistics.modifiableShare(published(12, 100, 18, 0)));
  }

  @Test
  void noShareWhenATotalIsHiddenSinceItWouldGiveItAway() {
    // the 2 deaths waiting are hidden, and then the 12 with them: the share would reveal the 12
    assertEquals(
        "The share with modifiable factors is not shown: the numbers are too small.",
        CdopStatistics.modifiableShare(published(12, 100, 18, 2)));
    assertEquals(
        "The share with modifiable factors is not shown: the numbers are too small.",
        CdopStatistics.modifiableShare(published(3, 100, 18, 0)));
  }

  @Test
  void nothingReviewedYet() {
    assertEquals(
        "The panel has not yet reviewed any of these deaths.",
        CdopStatistics.modifiableShare(published(0, 0, 0, 40)));
  }
}
