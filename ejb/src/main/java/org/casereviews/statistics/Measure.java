package org.casereviews.statistics;

import java.util.Arrays;
import java.util.Optional;

/** What an area's published count counts. */
public enum Measure {
  REVIEWS("Reviews", "reviews"),
  CHILD_DEATHS("Child deaths", "child deaths");

  private final String label;
  private final String noun;

  Measure(String label, String noun) {
    this.label = label;
    this.noun = noun;
  }

  public String getLabel() {
    return label;
  }

  /** The measure in a sentence: "27 reviews". */
  public String noun() {
    return noun;
  }

  /** The measure with this code or label, ignoring case, spaces and underscores. */
  public static Optional<Measure> parse(String text) {
    String wanted = text == null ? "" : text.trim().replaceAll("[\\s_]+", " ");
    return Arrays.stream(values())
        .filter(
            m ->
                m.name().replace('_', ' ').equalsIgnoreCase(wanted)
                    || m.label.equalsIgnoreCase(wanted))
        .findFirst();
  }

  static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
  }
}
