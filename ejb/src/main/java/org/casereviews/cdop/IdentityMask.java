package org.casereviews.cdop;

import java.util.Locale;

/**
 * How a list shows who a child was without showing it: enough for an officer to tell two rows apart
 * and to know they have the right one when they open it (the initial of the family name, the last
 * four digits of the NHS number), never enough to identify the child from the list.
 */
public final class IdentityMask {

  private static final String HIDDEN = "***";

  private IdentityMask() {}

  /** {@code Smith}: {@code S***}; nothing for no name. */
  public static String familyName(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return name.strip().substring(0, 1).toUpperCase(Locale.UK) + HIDDEN;
  }

  /** {@code 9434765919}: {@code *** *** 5919}; nothing for no number. */
  public static String nhsNumber(String number) {
    if (number == null) {
      return "";
    }
    String digits = number.replaceAll("\\D", "");
    if (digits.length() < 4) {
      return digits.isEmpty() ? "" : HIDDEN;
    }
    return HIDDEN + " " + HIDDEN + " " + digits.substring(digits.length() - 4);
  }
}
