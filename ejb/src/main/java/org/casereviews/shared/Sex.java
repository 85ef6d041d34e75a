package org.casereviews.shared;

/** A child's sex as agencies record it; the codes are those of the national data sets. */
public enum Sex {
  FEMALE("F", "Female"),
  MALE("M", "Male"),
  INDETERMINATE("I", "Indeterminate"),
  UNKNOWN("U", "Not known");

  private final String code;
  private final String label;

  Sex(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }
}
