package org.casereviews.cdop;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ten categories of death the panel records, by number; the panel uses the highest that applies
 * (the lowest number).
 */
public enum DeathCategory {
  DELIBERATE_HARM(1, "Deliberately inflicted injury, abuse or neglect"),
  SUICIDE(2, "Suicide or deliberate self-inflicted harm"),
  TRAUMA(
      3, "Trauma and other external factors, including medical or surgical complications or error"),
  MALIGNANCY(4, "Malignancy"),
  ACUTE(5, "Acute medical or surgical condition"),
  CHRONIC(6, "Chronic medical condition"),
  CONGENITAL(7, "Chromosomal, genetic and congenital anomalies"),
  PERINATAL(8, "Perinatal or neonatal event"),
  INFECTION(9, "Infection"),
  SUDDEN_UNEXPLAINED(10, "Sudden unexpected, unexplained death");

  private final int number;
  private final String label;

  DeathCategory(int number, String label) {
    this.number = number;
    this.label = label;
  }

  public int getNumber() {
    return number;
  }

  public String getLabel() {
    return label;
  }

  public static Optional<DeathCategory> ofNumber(int number) {
    return Arrays.stream(values()).filter(c -> c.number == number).findFirst();
  }
}
