package org.casereviews.cdop;

/**
 * Whether the panel found modifiable factors: factors which may have contributed to the death and
 * which, by nationally or locally achievable interventions, could be modified to reduce the risk of
 * future child deaths.
 */
public enum Modifiable {
  YES("Modifiable factors identified"),
  NO("No modifiable factors identified"),
  INSUFFICIENT_INFORMATION("Insufficient information");

  private final String label;

  Modifiable(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
