package org.casereviews.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** References in the formats partnerships use, numbered by financial year (April to March). */
class ReferencePatternTest {

  @Test
  void theDefaultLooksLikeScp2025Dash26Slash03() {
    assertEquals("SCP 2025-26/03", new ReferencePattern(ReferencePattern.DEFAULT).format(2025, 3));
  }

  @Test
  void formatsSeenInPartnershipsArchives() {
    assertEquals("BSCB 2016-17/1", new ReferencePattern("BSCB {fy}/{seq}").format(2016, 1));
    assertEquals(
        "BDHR 2013 14/02", new ReferencePattern("BDHR {start} {end2}/{seq:2}").format(2013, 2));
    assertEquals(
        "LCSPR-1999-2000-007", new ReferencePattern("LCSPR-{start}-{end}-{seq:3}").format(1999, 7));
  }

  @Test
  void theFinancialYearStartsInApril() {
    assertEquals(2025, ReferencePattern.financialYear(LocalDate.of(2026, 3, 31)));
    assertEquals(2026, ReferencePattern.financialYear(LocalDate.of(2026, 4, 1)));
    assertEquals(2026, ReferencePattern.financialYear(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void aPatternWithoutTheNumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ReferencePattern("SCP {fy}"));
  }
}
