package org.casereviews.cdop.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NHS numbers as agencies send them: with spaces, mistyped, too short, with letters. */
class NhsNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "9434765870", "4010232137"})
  void numbersWhoseCheckDigitIsRightAreValid(String number) {
    assertTrue(NhsNumber.isValid(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765910", "9434765918", "4010232138"})
  void aWrongCheckDigitIsInvalid(String number) {
    assertFalse(NhsNumber.isValid(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"943476591", "94347659190", "943476591A", "", "943 476 5919"})
  void anythingButTenDigitsIsInvalid(String number) {
    assertFalse(NhsNumber.isValid(number));
  }

  @Test
  void aCheckOfElevenIsZeroAndACheckOfTenIsNeverANumber() {
    // 1*10 + 6*2 = 22, a multiple of 11: the check 11 - 0 is written 0
    assertTrue(NhsNumber.isValid("1000000060"));
    // 4*3 = 12, 1 more than 11: the check would be 10, which no digit can hold
    assertFalse(NhsNumber.isValid("0000000400"));
    assertFalse(NhsNumber.isValid("0000000401"));
  }

  @Test
  void spacesAreRemovedAndBlankIsNoNumber() {
    assertEquals("9434765919", NhsNumber.normalise(" 943 476 5919 "));
    assertEquals("9434765919", NhsNumber.normalise("943\u00A0476\u00A05919"));
    assertTrue(NhsNumber.isValid(NhsNumber.normalise("943 476 5919")));
    assertNull(NhsNumber.normalise("   "));
    assertNull(NhsNumber.normalise(null));
  }

  @Test
  void nullIsInvalid() {
    assertFalse(NhsNumber.isValid(null));
  }
}
