package org.casereviews.cdop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a list shows of a child's name and NHS number. */
class IdentityMaskTest {

  @Test
  void aFamilyNameShowsOnlyItsInitial() {
    assertEquals("S***", IdentityMask.familyName("Smith"));
    assertEquals("O***", IdentityMask.familyName("  o'Brien "));
    assertEquals("", IdentityMask.familyName(null));
    assertEquals("", IdentityMask.familyName(" "));
  }

  @Test
  void anNhsNumberShowsOnlyItsLastFourDigits() {
    assertEquals("*** *** 5919", IdentityMask.nhsNumber("9434765919"));
    assertEquals("*** *** 5919", IdentityMask.nhsNumber("943 476 5919"));
    assertEquals("***", IdentityMask.nhsNumber("12"));
    assertEquals("", IdentityMask.nhsNumber(null));
  }
}
