package org.casereviews.cdop.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Postcodes as people type them, written back as Royal Mail does. */
class UkPostcodeTest {

  @ParameterizedTest
  @CsvSource({
    "b22dr, B2 2DR",
    "SW1A1AA, SW1A 1AA",
    "' m1  1ae ', M1 1AE",
    "B33 8TH, B33 8TH",
    "CR2 6XH, CR2 6XH",
    "DN55 1PT, DN55 1PT",
    "W1A 0AX, W1A 0AX",
    "EC1A 1BB, EC1A 1BB",
    "gir 0aa, GIR 0AA"
  })
  void everyFormOfUkPostcodeIsWrittenTheRoyalMailWay(String typed, String written) {
    assertEquals(Optional.of(written), UkPostcode.normalise(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "B2", "2DR", "B2 2D", "B2 22R", "BBB2 2DR", "B2A2 2DR", "12345", "n/a"})
  void whatIsNotAUkPostcodeIsRefused(String typed) {
    assertEquals(Optional.empty(), UkPostcode.normalise(typed));
  }

  @Test
  void aHugeValueIsRefused() {
    assertEquals(Optional.empty(), UkPostcode.normalise("B".repeat(1_000_000)));
  }
}
