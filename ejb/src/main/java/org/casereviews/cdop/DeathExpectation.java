package org.casereviews.cdop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a child's death was expected. An unexpected death calls for a Joint Agency Response, so
 * the Panel needs to know which deaths were not expected as early as possible.
 */
public enum DeathExpectation {
  EXPECTED("Y", "Expected"),
  UNEXPECTED("N", "Unexpected"),
  UNKNOWN("U", "Not known");

  private final String code;
  private final String label;

  DeathExpectation(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The code in an import file: Y, N or U. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The expectation with this code, ignoring case and surrounding spaces. */
  public static Optional<DeathExpectation> ofCode(String code) {
    String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(e -> e.code.equals(wanted)).findFirst();
  }
}
