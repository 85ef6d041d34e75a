package org.casereviews.cdop;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list of child deaths is filtered by; every part is optional. {@code year} is the calendar
 * year of death; {@code sourceRef} is searched in the references the source systems gave the
 * record's notifications.
 */
public record ChildDeathCriteria(
    Integer year,
    DeathCategory category,
    CdopStatus status,
    AgeBand ageBand,
    DeathExpectation expected,
    Modifiable modifiable,
    String sourceRef) {

  public static ChildDeathCriteria any() {
    return new ChildDeathCriteria(null, null, null, null, null, null, null);
  }

  /** The filters as the audit trail keeps them, such as {@code year=2024, category=10}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    add(parts, "year", year);
    add(parts, "category", category == null ? null : category.getNumber());
    add(parts, "status", status);
    add(parts, "ageBand", ageBand);
    add(parts, "expected", expected);
    add(parts, "modifiable", modifiable);
    add(parts, "sourceRef", sourceRef == null || sourceRef.isBlank() ? null : sourceRef.strip());
    return parts.isEmpty() ? "no filters" : String.join(", ", parts);
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null) {
      parts.add(name + "=" + value);
    }
  }
}
