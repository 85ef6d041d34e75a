package org.casereviews.cdop.imports;

/**
 * The NHS number: ten digits, the last of which is a check digit (modulus 11). A number that fails
 * the check was mistyped or misread somewhere, and would merge one child's notifications with
 * another's, so it is never loaded.
 */
public final class NhsNumber {

  private static final int LENGTH = 10;

  private NhsNumber() {}

  /**
   * The number without the spaces people write it with ({@code 943 476 5919}), including the
   * no-break spaces spreadsheets put in; null when blank.
   */
  public static String normalise(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return typed.replaceAll("[\\s\u00A0]", "");
  }

  /**
   * Whether {@code tenDigits} is ten digits whose last one is the NHS check digit of the others.
   */
  public static boolean isValid(String tenDigits) {
    if (!isTenDigits(tenDigits)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (tenDigits.charAt(i) - '0') * (LENGTH - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    // 10 is no digit: no NHS number is issued whose first nine digits give it
    return check != 10 && check == tenDigits.charAt(LENGTH - 1) - '0';
  }

  /** Whether {@code text} is ten digits 0 to 9 (and not, say, Arabic-Indic digits). */
  static boolean isTenDigits(String text) {
    if (text == null || text.length() != LENGTH) {
      return false;
    }
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
