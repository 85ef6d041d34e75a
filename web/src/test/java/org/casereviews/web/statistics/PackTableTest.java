package org.casereviews.web.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackTableTest {

  @Test
  void aRowWithTooFewCellsIsRefusedWithItsNumber() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PackTable(
                    null,
                    List.of("Year", "Reviews"),
                    List.of(List.of("2023/24", 3L), List.of("2024/25")),
                    null));

    assertEquals("Row 2 has 1 cells but the table has 2 columns", refused.getMessage());
  }

  @Test
  void aCellOfAnotherKindIsRefusedAndAnEmptyOneKept() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PackTable(
                null, List.of("Rate"), List.of(List.of(new BigDecimal("3.1"))), List.of()));

    PackTable withGap =
        new PackTable(null, List.of("Rate"), List.of(Arrays.asList((Object) null)), null);
    assertEquals(Arrays.asList((Object) null), withGap.rows().get(0));
    assertEquals(List.of(), withGap.notes());
  }

  @Test
  void aSeriesWithAValueMissingForACategoryIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PackChart.Bars(
                "Reviews",
                "Year",
                "Reviews",
                List.of("2023/24", "2024/25"),
                List.of(new PackChart.Series("Death", List.of(4L))),
                false));
  }
}
